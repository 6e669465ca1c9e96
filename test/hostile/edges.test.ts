import { strict as assert } from 'assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Document, LevelFormat, Packer, Paragraph } from 'docx';
import { runCli } from '../helpers/cli';
import { LspTestClient } from '../helpers/lspClient';

/**
 * Edges are never silent (issue 18.10), on the built CLI and server: question numbers past 999 are
 * read, and a quick fix on a pasted layout removes its problem and adds none.
 */
describe('hostile edges: question numbers past 999, quick fixes on pasted layouts', function () {
  this.timeout(120000);
  const folder = mkdtempSync(join(tmpdir(), 'kamervragen-edges-'));

  it('check reports an unanswered "Vraag 1000" (exit 1), and reads "Vraag 12345"', () => {
    const questions = Array.from({ length: 1000 }, (_, i) => `Vraag ${i + 1}\nKlopt het?\n\n${i < 999 ? `Antwoord op vraag ${i + 1}\nJa.\n` : ''}`).join('\n');
    writeFileSync(join(folder, 'duizend.kamervragen'), questions);
    const run = runCli(['check', join(folder, 'duizend.kamervragen')]);
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /duizend\.kamervragen:\d+:1 error unanswered-question Vraag 1000 heeft geen antwoord/);
    writeFileSync(join(folder, 'groot.kamervragen'), 'Vraag 12345\nKlopt het?\n');
    assert.match(runCli(['check', join(folder, 'groot.kamervragen')]).stdout, /Vraag 12345 heeft geen antwoord/);
  });

  it('new reads every question of a 10,000-question Word file, each with its own text', async () => {
    const word = await Packer.toBuffer(
      new Document({
        numbering: { config: [{ reference: 'vragen', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }] },
        sections: [{
          children: [
            new Paragraph('Vragen van het lid Bakker (SP) aan de minister van Financiën over banken (ingezonden 2 maart 2026).'),
            ...Array.from({ length: 10000 }, (_, i) => new Paragraph({ text: `Wat is het antwoord op vraagstuk ${i + 1}?`, numbering: { reference: 'vragen', level: 0 } })),
          ],
        }],
      }),
    );
    writeFileSync(join(folder, 'vragen.docx'), word);
    const made = runCli(['new', join(folder, 'vragen.docx'), '-o', join(folder, 'vragen.kamervragen')], { KAMERVRAGEN_TODAY: '2026-03-03' });
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stderr, /concept met 10000 vragen/);
    const draft = readFileSync(join(folder, 'vragen.kamervragen'), 'utf8');
    const numbers = [...draft.matchAll(/^Vraag (\d+)$/gm)].map((m) => Number(m[1]));
    assert.deepEqual(numbers, Array.from({ length: 10000 }, (_, i) => i + 1));
    assert.match(draft, /\nVraag 999\nWat is het antwoord op vraagstuk 999\?\n\nAntwoord op vraag 999\n/);
    assert.match(draft, /\nVraag 1000\nWat is het antwoord op vraagstuk 1000\?\n\nAntwoord op vraag 1000\n/);
    assert.match(draft, /\nVraag 10000\nWat is het antwoord op vraagstuk 10000\?\n/);
  });

  it('the server reports no Word footnote " 1)" in a text that prints no footnote texts, and offers no fix to add one', async () => {
    const client = new LspTestClient();
    try {
      await client.initialize();
      const uri = 'file:///tmp/geplakt-zonder-voetnoten.kamervragen';
      const text = '1. Kent u het bericht over de wachtlijsten? 1)\n\nAntwoord\nJa.\n';
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text } });
      const opened = await client.diagnosticsWhere(uri, (p) => p.version === 1);
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } }, context: { diagnostics: opened.diagnostics },
      })) as Array<{ title: string }>;
      assert.deepEqual([opened.diagnostics.map((d) => d.code), actions.map((a) => a.title)], [[], []]);
    } finally {
      await client.shutdown();
    }
  });

  it('the server\'s quick fix for a Word footnote "2)" in a numbered layout adds its text and no question', async () => {
    const client = new LspTestClient();
    try {
      await client.initialize();
      const uri = 'file:///tmp/geplakt.kamervragen';
      const text = '1. Kent u het bericht? 1)\n\nAntwoord\nJa.\n\n2. Wat vindt u van het rapport? 2)\n\nAntwoord\nNee.\n\n1) NOS, 8 februari 2022\n';
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text } });
      const opened = await client.diagnosticsWhere(uri, (p) => p.version === 1);
      assert.deepEqual(opened.diagnostics.map((d) => d.code), ['undefined-footnote']);
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri }, range: opened.diagnostics[0].range, context: { diagnostics: opened.diagnostics },
      })) as Array<{ title: string; edit: { changes: Record<string, Array<{ range: unknown; newText: string }>> } }>;
      assert.deepEqual(actions.map((a) => a.title), ['Voeg voetnoottekst 2) toe', 'Voetnoten omzetten naar [n]']);
      const [edit] = actions[0].edit.changes[uri];
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: edit.range, text: edit.newText }] });
      const fixed = await client.diagnosticsWhere(uri, (p) => p.version === 2);
      assert.deepEqual(fixed.diagnostics.map((d) => [d.code, d.message]), [['placeholder', "'<invullen>' is nog niet ingevuld. Vul het in voordat de brief ter ondertekening gaat."]]);
    } finally {
      await client.shutdown();
    }
  });

  /**
   * Pasted layouts where a quick fix misfired (found by test/property/quickFixes.test.ts on the code
   * before 18.10): the server's every fix for them removes its problem and adds none, but the
   * '<invullen>' it writes to fill in and the answer heading it inserts (empty until answered).
   */
  const PASTED: Array<{ layout: string; text: string }> = [
    // a web rendering: an answer heading would end the reading of every answer after it
    { layout: 'a web page\'s bullets', text: '• Vraag 1\nBent u bekend met het bericht?\n\n• Vraag 2\nKlopt het dat de regio dit heeft besloten?\n\nDat is zo, zie ook de brief.\n\n' },
    // a PDF's superscripts: "3 <invullen>" after "3 Trouw" was never read as footnote 3's text
    { layout: 'PDF superscripts', text: 'Vraag 1\nBent u bekend met het bericht1?\n\nVraag 2\nKlopt het dat de regio dit heeft besloten2?\n\nAntwoord op vraag 2\nDat is zo.\n\nVraag 3\nWaarom is dat zo gegaan3?\n\n3 Trouw, 1 maart 2026\n' },
    // bare numbers: a reference to a question that does not exist, silent until an answer heading is added
    { layout: 'bare numbers', text: '1\nBent u bekend met het bericht?\n\nAntwoord\nZie het antwoord op vraag 6.\n\n2\nKlopt het dat de regio dit heeft besloten?\n\n3\nWaarom is dat zo gegaan?\n\n2) Kamerstuk 30 821, nr. 124\n' },
  ];

  type Published = { code: string; severity: number; range: { start: { line: number; character: number }; end: { line: number; character: number } } };
  type Edit = { range: Published['range']; newText: string };
  const counts = (diagnostics: Published[]) => diagnostics.filter((d) => d.severity <= 2).reduce((m, d) => m.set(d.code, (m.get(d.code) ?? 0) + 1), new Map<string, number>());
  function applied(text: string, edits: Edit[]): string {
    const lines = text.split('\n');
    const offset = (p: Edit['range']['start']) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)).reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
  }

  for (const { layout, text } of PASTED) {
    it(`the server's every quick fix on ${layout} removes its problem and adds none`, async () => {
      const client = new LspTestClient({}, { KAMERVRAGEN_TODAY: '2026-03-03' });
      try {
        await client.initialize();
        const uri = 'file:///tmp/geplakt.kamervragen';
        await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text } });
        const before = (await client.diagnosticsWhere(uri, (p) => p.version === 1)).diagnostics as unknown as Published[];
        let tried = 0;
        for (const diagnostic of before) {
          const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } })) as Array<{ title: string; isPreferred?: boolean; edit?: { changes: Record<string, Edit[]> } }>;
          for (const action of actions) {
            const edits = action.edit?.changes[uri] ?? [];
            const fixedUri = `file:///tmp/fix-${++tried}.kamervragen`;
            await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: fixedUri, languageId: 'kamervragen', version: 1, text: applied(text, edits) } });
            const after = counts((await client.diagnosticsWhere(fixedUri, (p) => p.version === 1)).diagnostics as unknown as Published[]);
            const was = counts(before);
            const written = edits.reduce((n, e) => n + e.newText.split('<invullen>').length - 1, 0);
            const headings = edits.reduce((n, e) => n + (e.newText.match(/^Antwoord(?: op vraag \S+)?$/gm)?.length ?? 0), 0);
            const where = `'${action.title}' for ${diagnostic.code} gave ${JSON.stringify([...after])}, was ${JSON.stringify([...was])}`;
            for (const [code, n] of after) assert.ok(n <= (was.get(code) ?? 0) + (code === 'placeholder' ? written : code === 'empty-answer' ? headings : 0), `adds ${code}: ${where}`);
            if (action.isPreferred) assert.ok((after.get(diagnostic.code) ?? 0) < (was.get(diagnostic.code) ?? 0), `${diagnostic.code} stays: ${where}`);
          }
        }
        assert.ok(tried > 0, 'the server offered a fix');
      } finally {
        await client.shutdown();
      }
    });
  }
});
