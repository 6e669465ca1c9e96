import { strict as assert } from 'assert';
import fc from 'fast-check';
import { corpusText } from '../helpers/corpus';
import { LspTestClient } from '../helpers/lspClient';

const RUNS = Number(process.env.KAMERVRAGEN_PROPERTY_RUNS ?? 1);

/**
 * Through the real server: a document edited by random incremental changes reports exactly
 * what the same text reports when opened fresh (diagnostics and outline), and no diagnostic
 * ever lies outside the document.
 */
describe('property: the server stays in sync under random incremental edits', function () {
  this.timeout(600000);
  let client: LspTestClient;
  before(async () => {
    client = new LspTestClient();
    await client.initialize();
  });
  after(async () => {
    assert.ok(client.alive, 'the server is still running');
    await client.shutdown();
  });

  const base = corpusText('2024Z00025-veiligheidsregio-antwoorden.txt').slice(0, 4000);
  const edit = fc.record({
    at: fc.nat(),
    length: fc.nat({ max: 30 }),
    text: fc.constantFrom('', 'x', '\n', 'Vraag 9\n', 'Antwoord op vraag 9\n', '[1]', '\n[1] Bron\n', '€', '\r\n', 'vraag 3'),
  });
  let sequence = 0;

  it('edited and fresh documents give the same diagnostics and outline', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 15 }), async (edits) => {
        sequence++;
        const edited = `file:///sync/bewerkt-${sequence}.kamervragen`;
        const fresh = `file:///sync/vers-${sequence}.kamervragen`;
        await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: edited, languageId: 'kamervragen', version: 1, text: base } });
        let text = base;
        let version = 1;
        const positionAt = (offset: number) => {
          const before = text.slice(0, offset).split(/\r\n|\r|\n/);
          return { line: before.length - 1, character: before[before.length - 1].length };
        };
        for (const { at, length, text: inserted } of edits) {
          let start = at % (text.length + 1);
          let end = Math.min(text.length, start + length);
          // an edit never splits a \r\n pair: editors do not produce that either
          if (text[start - 1] === '\r' && text[start] === '\n') start--;
          if (text[end - 1] === '\r' && text[end] === '\n') end++;
          version++;
          await client.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: edited, version },
            contentChanges: [{ range: { start: positionAt(start), end: positionAt(end) }, text: inserted }],
          });
          text = text.slice(0, start) + inserted + text.slice(end);
        }
        await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fresh, languageId: 'kamervragen', version: 1, text } });
        const fromEdits = await client.diagnosticsWhere(edited, (p) => p.version === version);
        const fromFresh = await client.diagnosticsWhere(fresh, (p) => p.version === 1);
        assert.deepEqual(fromEdits.diagnostics, fromFresh.diagnostics);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const d of fromEdits.diagnostics) assert.ok(d.range.end.line < lineCount, 'inside the document');
        const symbols = (uri: string) => client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
        assert.deepEqual(await symbols(edited), await symbols(fresh));
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: edited } });
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: fresh } });
      }),
      { numRuns: 10000 * RUNS },
    );
  });
});
