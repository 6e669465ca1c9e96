import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { checkDocument } from '../../server/src/service/check';
import { applyEdits } from '../../server/src/service/edits';
import { codeActions } from '../../server/src/service/features/codeActions';
import { convertFootnotes } from '../../server/src/service/features/convertFootnotes';
import { footnoteKey, type FootnoteDefinition } from '../../server/src/service/model';
import { parseDocument } from '../../server/src/service/parse/parseDocument';
import { annotatedDocuments } from '../helpers/corpus';
import { draft, dutch, inputs } from '../helpers/draft';
import { LspTestClient } from '../helpers/lspClient';

/** "Voetnoten omzetten naar [n]": the footnotes of pasted text in the canonical form, then fully checked. */
const converted = (text: string) => {
  const parsed = parseDocument(text);
  return applyEdits(parsed.lines, convertFootnotes(parsed));
};
const footnoteCodes = (text: string) => checkDocument(parseDocument(text), inputs(), dutch).map((d) => d.code).filter((c) => c.endsWith('footnote'));

describe('converting pasted footnotes to [n]', () => {
  it('turns superscripts and their page-foot texts into "[n]" markers and "[n] text" lines at the end', () => {
    const text = draft(
      'Vraag 1',
      'Kent u het rapport «Zorg voor later»1 van de inspectie?',
      '',
      'Antwoord op vraag 1',
      'Ja, en de brief van de minister2 ook.',
      '',
      '1 Rapport «Zorg voor later», oktober 2025.',
      '2 Kamerstuk 36 100, nr. 3.',
      '',
      'Het rapport gaat verder.',
    );
    assert.equal(converted(text), draft(
      'Vraag 1',
      'Kent u het rapport «Zorg voor later»[1] van de inspectie?',
      '',
      'Antwoord op vraag 1',
      'Ja, en de brief van de minister[2] ook.',
      '',
      '',
      'Het rapport gaat verder.',
      '',
      '[1] Rapport «Zorg voor later», oktober 2025.',
      '[2] Kamerstuk 36 100, nr. 3.',
      '',
    ));
  });

  it('turns Word\'s " 1)" into "[n]", after the draft\'s own "[n]"', () => {
    const text = draft('Vraag 1', 'Kent u het bericht[1] en het rapport? 1)', '', 'Antwoord op vraag 1', 'Ja.', '', '[1] NOS', '1) Rapport van de inspectie');
    assert.equal(converted(text), draft('Vraag 1', 'Kent u het bericht[1] en het rapport?[2]', '', 'Antwoord op vraag 1', 'Ja.', '', '[1] NOS', '', '[2] Rapport van de inspectie', ''));
  });

  it('leaves digits that are not surely markers, and offers nothing where there is nothing to convert', () => {
    const text = draft('Vraag 1', 'Kregen 3 van de 12 scholen in regio2 subsidie?', '', 'Antwoord op vraag 1', 'Ja.');
    assert.deepEqual(convertFootnotes(parseDocument(text)), []);
  });

  it('is offered as a quick fix where the drafter stands on a pasted footnote', () => {
    const text = draft('Vraag 1', 'Kent u het bericht1?', '', 'Antwoord op vraag 1', 'Ja.', '', '1 NOS, 3 maart 2025.');
    const parsed = parseDocument(text);
    const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 0 } });
    assert.deepEqual(codeActions(parsed, [], dutch, undefined, at(1)).map((a) => a.title), ['Voetnoten omzetten naar [n]']);
    assert.deepEqual(codeActions(parsed, [], dutch, undefined, at(6)).map((a) => a.title), ['Voetnoten omzetten naar [n]']);
    assert.deepEqual(codeActions(parsed, [], dutch, undefined, at(4)).map((a) => a.title), []);
  });

  it('after it the footnotes are fully checked: a text deleted is an error', () => {
    const text = draft('Vraag 1', 'Kent u het bericht1 en het rapport2?', '', 'Antwoord op vraag 1', 'Ja.', '', '1 NOS, 3 maart 2025.', '2 Rapport, 2025.');
    const after = converted(text);
    assert.deepEqual(footnoteCodes(after), []);
    assert.deepEqual(footnoteCodes(after.replace('[2] Rapport, 2025.\n', '')), ['undefined-footnote']);
    // the same deletion before converting: pasted text, not certain to be footnotes... yet their series is printed
    assert.deepEqual(footnoteCodes(text.replace('2 Rapport, 2025.', '')), ['undefined-footnote']);
  });

  for (const document of annotatedDocuments()) {
    it(`converts ${document.file}: each footnote keeps its text, and is checked as before`, () => {
      const text = readFileSync(document.path, 'utf8');
      const before = parseDocument(text);
      const after = parseDocument(converted(text));
      const textsOf = (definitions: FootnoteDefinition[]) => definitions.map((d) => d.text).sort();
      assert.deepEqual(textsOf(after.model.footnoteDefinitions), textsOf(before.model.footnoteDefinitions), 'every text kept');
      assert.ok(after.model.footnoteMarkers.every((m) => m.series === 'bracket' || !m.certain), 'every marker with a text is "[n]"');
      const resolved = (parsed: typeof before) => {
        const keys = new Set(parsed.model.footnoteDefinitions.map(footnoteKey));
        return parsed.model.footnoteMarkers.filter((m) => keys.has(footnoteKey(m))).length;
      };
      assert.equal(resolved(after), resolved(before), 'the same markers have their text');
      assert.deepEqual(footnoteCodes(converted(text)), footnoteCodes(text), 'the same footnote problems, now of "[n]"');
      assert.deepEqual(after.model.questionHeadings.map((h) => h.labels), before.model.questionHeadings.map((h) => h.labels));
      assert.deepEqual(after.model.answers.map((a) => a.labels), before.model.answers.map((a) => a.labels));
    });
  }
});

describe('after converting, every footnote text deleted is reported', () => {
  // flattened PDF text is checked only where its reading is certain; converted, it is checked fully
  for (const document of annotatedDocuments()) {
    it(`in ${document.file}: deleting any one "[n] text" gives undefined-footnote`, () => {
      const after = converted(readFileSync(document.path, 'utf8'));
      const problems = footnoteCodes(after).filter((c) => c === 'undefined-footnote').length;
      const texts = parseDocument(after).model.footnoteDefinitions.filter((d) => d.series === 'bracket' && d.label.startsWith('['));
      // every text the document had is now a "[n] text" (23 in the corpus; 17 of their deletions were reported before converting)
      assert.equal(texts.length, parseDocument(readFileSync(document.path, 'utf8')).model.footnoteDefinitions.length);
      for (const definition of texts) {
        const lines = after.split('\n');
        lines.splice(definition.line, 1);
        const left = footnoteCodes(lines.join('\n')).filter((c) => c === 'undefined-footnote').length;
        // the marker of a text used twice is one problem more, never less
        assert.ok(left > problems, `${definition.label} deleted: ${left} undefined-footnote, as before`);
      }
    });
  }
});

describe('converting pasted footnotes, through the language server', function () {
  this.timeout(30000);

  it('offers the quick fix on a pasted marker, and answers the command\'s request with the same edits', async () => {
    const client = new LspTestClient();
    try {
      await client.initialize();
      const uri = 'file:///tmp/geplakt.kamervragen';
      const text = draft('Vraag 1', 'Kent u het bericht1?', '', 'Antwoord op vraag 1', 'Ja.', '', '1 NOS, 3 maart 2025.');
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kamervragen', version: 1, text } });
      await client.diagnosticsWhere(uri, (p) => p.version === 1);
      const range = { start: { line: 1, character: 18 }, end: { line: 1, character: 18 } };
      const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } })) as Array<{ title: string; kind: string; edit: { changes: Record<string, unknown[]> } }>;
      assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Voetnoten omzetten naar [n]', 'quickfix']]);
      const edits = await client.connection.sendRequest('kamervragen/convertFootnotes', { uri });
      assert.deepEqual(edits, actions[0].edit.changes[uri]);
      assert.deepEqual(await client.connection.sendRequest('kamervragen/convertFootnotes', { uri: 'file:///tmp/niet-open.kamervragen' }), []);
    } finally {
      await client.shutdown();
    }
  });
});
