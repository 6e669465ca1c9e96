import { strict as assert } from 'assert';
import { LspTestClient } from '../helpers/lspClient';

/** The built server, started over stdio as any LSP editor starts it. */
describe('language server over stdio', function () {
  this.timeout(20000);
  const uri = 'file:///tmp/concept.kamervragen';
  const text = 'Vraag 1\nKlopt het?\n\nAntwoord op vraag 1\nJa.\n\nVraag 2\nWaarom?\n';
  let client: LspTestClient;

  beforeEach(async () => {
    client = new LspTestClient();
    await client.initialize();
  });
  afterEach(async () => {
    await client.shutdown();
  });

  it('publishes diagnostics after open, and clears them after an incremental edit adds the answer', async () => {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text } });
    const opened = await client.diagnosticsWhere(uri, (p) => p.version === 1);
    assert.deepEqual(opened.diagnostics.map((d) => [d.code, d.source, d.range.start.line]), [['unanswered-question', 'kamervragen', 6]]);

    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: '\nAntwoord op vraag 2\nDaarom.\n' }],
    });
    const edited = await client.diagnosticsWhere(uri, (p) => p.version === 2);
    assert.deepEqual(edited.diagnostics, []);
  });

  it('serves the outline and folding ranges', async () => {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text } });
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as Array<{ name: string }>;
    assert.deepEqual(symbols.map((s) => s.name), ['Vraag 1', 'Antwoord op vraag 1', 'Vraag 2']);
    const folds = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as Array<{ startLine: number; endLine: number }>;
    assert.deepEqual(folds.map((f) => [f.startLine, f.endLine]), [[0, 1], [3, 4], [6, 7]]);
  });

  it('serves hover, definition, references, highlights and rename for footnotes and questions', async () => {
    const draft = 'Vraag 1\nKlopt het?[1]\n\nAntwoord op vraag 1\nZie het antwoord op vraag 1.\n\n[1] NOS\n';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text: draft } });
    const at = (line: number, character: number) => ({ textDocument: { uri }, position: { line, character } });
    const hover = (await client.connection.sendRequest('textDocument/hover', at(1, 11))) as { contents: { value: string } };
    assert.equal(hover.contents.value, '**Voetnoot [1]**\n\nNOS');
    const definition = (await client.connection.sendRequest('textDocument/definition', at(4, 26))) as Array<{ range: { start: { line: number } } }>;
    assert.equal(definition[0].range.start.line, 0);
    const references = (await client.connection.sendRequest('textDocument/references', { ...at(0, 6), context: { includeDeclaration: true } })) as unknown[];
    assert.equal(references.length, 3);
    const highlights = (await client.connection.sendRequest('textDocument/documentHighlight', at(6, 1))) as Array<{ kind: number }>;
    assert.deepEqual(highlights.map((h) => h.kind), [3, 2]);
    assert.equal(await client.connection.sendRequest('textDocument/prepareRename', at(1, 2)), null, 'ordinary words are refused');
    const rename = (await client.connection.sendRequest('textDocument/rename', { ...at(0, 6), newName: '4' })) as { changes: Record<string, unknown[]> };
    assert.equal(rename.changes[uri].length, 3);
    await assert.rejects(client.connection.sendRequest('textDocument/rename', { ...at(0, 6), newName: 'vier' }), /geen nummer/);
  });

  it('offers the Mededeling as the quick fix of a late answer', async () => {
    const dated = new LspTestClient({}, { KAMERVRAGEN_TODAY: '2026-02-10' });
    try {
      await dated.initialize();
      const late = 'file:///tmp/te-laat.kamervragen';
      const draft = "Vragen van het lid A (B) aan de minister van C over D (ingezonden 3 januari 2026, 2026Z00025).\n";
      await dated.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: late, languageId: 'kamervragen', version: 1, text: draft } });
      const published = await dated.diagnosticsWhere(late, (p) => p.version === 1);
      const deadline = published.diagnostics.filter((d) => d.code === 'deadline');
      assert.equal(deadline.length, 1);
      assert.match(String(deadline[0].message), /17 dagen te laat/);
      const actions = (await dated.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: late }, range: deadline[0].range, context: { diagnostics: deadline },
      })) as Array<{ title: string; edit?: { changes: Record<string, Array<{ newText: string; range: { start: { line: number } } }>> } }>;
      // a plain edit, which any LSP editor applies (Neovim has no workspace/executeCommand for it)
      assert.deepEqual(actions.map((a) => a.title), ['Mededeling (uitstelbericht) invoegen']);
      const [edit] = actions[0].edit!.changes[late];
      assert.equal(edit.range.start.line, 1);
      assert.match(edit.newText, /^\n\nMededeling\n\nDe vragen van het lid A \(B\) over D \(ingezonden 3 januari 2026, 2026Z00025\) kunnen niet/);
    } finally {
      await dated.shutdown();
    }
  });

  it('publishes only diagnostics of the newest version after a burst of edits', async () => {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text: '' } });
    for (let version = 2; version <= 101; version++) {
      // a burst that deletes as it goes: stale results would point past the end of the text
      const change = version % 3 === 0 ? { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '' } : { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: version % 3 === 1 ? 'x\n[9]' : 'y' };
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [version === 101 ? { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Vraag 9\nOnbeantwoord?\n' } : change],
      });
    }
    const last = await client.diagnosticsWhere(uri, (p) => p.version === 101);
    assert.deepEqual(last.diagnostics.filter((d) => d.code === 'unanswered-question').map((d) => d.range.start.line), [0]);
    const versions = client.allPublished.filter((p) => p.uri === uri).map((p) => p.version!);
    // How many intermediate versions get checked depends on how the edits arrive; what matters is
    // that the newest text is checked last and no result ever goes back to an older version.
    assert.deepEqual([...versions].sort((a, b) => a - b), versions, 'never an older version after a newer one');
    assert.equal(versions[versions.length - 1], 101);
    for (const published of client.allPublished.filter((p) => p.uri === uri)) {
      for (const d of published.diagnostics) assert.ok(d.range.start.line >= 0 && d.range.end.character >= 0, 'a sane range');
    }
  });
});

describe('language server settings', function () {
  this.timeout(20000);
  it('applies the severity settings it pulls from the editor', async () => {
    const client = new LspTestClient({ severity: { 'unanswered-question': 'off', 'unknown-question': 'warning' }, run: 'onType' });
    try {
      await client.initialize();
      const uri = 'file:///tmp/instellingen.kamervragen';
      await client.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'kamervragen', version: 1, text: 'Vraag 1\nKlopt het?\nAntwoord op vraag 3\nJa.\n' },
      });
      const published = await client.diagnosticsWhere(uri, (p) => p.version === 1);
      assert.deepEqual(published.diagnostics.map((d) => [d.code, d.severity]), [['unknown-question', 2]]);
    } finally {
      await client.shutdown();
    }
  });
});

describe('language server: checking on save', function () {
  this.timeout(20000);
  it('with run = onSave, checks on open and save but not while typing', async () => {
    const client = new LspTestClient({ run: 'onSave' });
    try {
      await client.initialize();
      const uri = 'file:///tmp/opslaan.kamervragen';
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text: 'Vraag 1\nKlopt het?\n' } });
      await client.diagnosticsWhere(uri, (p) => p.version === 1);
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'Antwoord op vraag 1\nJa.\n' }],
      });
      await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
      const saved = await client.diagnosticsWhere(uri, (p) => p.version === 2);
      assert.deepEqual(saved.diagnostics, []);
      assert.equal(client.allPublished.filter((p) => p.uri === uri).length, 2, 'one check on open, one on save');
    } finally {
      await client.shutdown();
    }
  });
});

describe('language server: extreme input', function () {
  this.timeout(120000);
  it('never dies on empty, huge, binary or absurd drafts', async () => {
    const client = new LspTestClient();
    try {
      await client.initialize();
      const inputs = [
        '', '\ufeff', 'x'.repeat(10_000_000), Array.from({ length: 100_000 }, (_, i) => `Vraag ${(i % 999) + 1}\nKlopt het?`).join('\n'),
        '\u0000\u0001\u0002'.repeat(1000), 'Vraag 1\r\nKlopt?\rAntwoord 1\nJa.\r\n', '\ud800\udc00\ud800 Vraag \udfff', 'Vraag 123456789012345678901234567890\n[123456789012345678901234567890]',
        'Vraag\nAntwoord op vraag\n[',
      ];
      for (const [i, text] of inputs.entries()) {
        const uri = `file:///extreem/${i}.kamervragen`;
        await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text } });
        await client.diagnosticsWhere(uri, (p) => p.version === 1, 60000);
        await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }
      assert.ok(client.alive);
    } finally {
      await client.shutdown();
    }
  });
});
