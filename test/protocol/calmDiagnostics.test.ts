import { strict as assert } from 'assert';
import { LspTestClient } from '../helpers/lspClient';

const sleep = (ms: number) => new Promise((wake) => setTimeout(wake, ms));

/**
 * A heading typed character by character at a writer's pace publishes no diagnostic for any
 * intermediate state ("Antwoord", "Antwoord o", ...): the line being typed waits for the pause.
 */
describe('calm diagnostics while a line is typed', function () {
  this.timeout(30000);
  const uri = 'file:///kalm/concept.kamervragen';
  const start = 'Vraag 1\nKlopt het?\n\nAntwoord op vraag 1\nJa.\n\nVraag 2\nWaarom?\n\n';

  async function typeLine(client: LspTestClient, line: number, text: string, msPerKey: number): Promise<number> {
    let version = 1;
    for (let i = 0; i < text.length; i++) {
      version++;
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: i }, end: { line, character: i } }, text: text[i] }],
      });
      await sleep(msPerKey);
    }
    return version;
  }

  const codesOf = (p: { diagnostics: Array<{ code?: unknown }> }) => p.diagnostics.map((d) => String(d.code)).sort().join(',');

  it('shows no intermediate state of "Antwoord op vraag 2", then the final one after the pause', async () => {
    const client = new LspTestClient();
    try {
      await client.initialize();
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text: start } });
      const opened = await client.diagnosticsWhere(uri, (p) => p.version === 1);
      assert.equal(codesOf(opened), 'unanswered-question');
      const last = await typeLine(client, 9, 'Antwoord op vraag 2', 60);
      const final = await client.diagnosticsWhere(uri, (p) => p.version === last);
      assert.deepEqual(final.diagnostics.map((d) => d.code), ['empty-answer'], 'the heading is there, its answer still to write');
      const whileTyping = client.publishedFor(uri).filter((p) => p.version !== undefined && p.version > 1 && p.version < last);
      assert.deepEqual(whileTyping.map(codesOf).filter((codes) => codes !== 'unanswered-question'), [], 'only the state before typing, until the pause');
    } finally {
      await client.shutdown();
    }
  });

  it('checks at once when the writer leaves the line, and after every keystroke with run = onType', async () => {
    const client = new LspTestClient({ run: 'onType' });
    try {
      await client.initialize();
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text: start } });
      await client.diagnosticsWhere(uri, (p) => p.version === 1);
      const last = await typeLine(client, 9, 'Antwoord', 20);
      await client.diagnosticsWhere(uri, (p) => p.version === last, 800);
    } finally {
      await client.shutdown();
    }
    const calm = new LspTestClient();
    try {
      await calm.initialize();
      await calm.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text: start } });
      await calm.diagnosticsWhere(uri, (p) => p.version === 1);
      const typed = await typeLine(calm, 9, 'Antwoord op vraag 2', 0);
      // Enter: the line is left, and its problems show at once
      await calm.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: typed + 1 }, contentChanges: [{ range: { start: { line: 9, character: 19 }, end: { line: 9, character: 19 } }, text: '\n' }] });
      const left = await calm.diagnosticsWhere(uri, (p) => p.version === typed + 1, 800);
      assert.deepEqual(left.diagnostics.map((d) => d.code), ['empty-answer']);
    } finally {
      await calm.shutdown();
    }
  });
});
