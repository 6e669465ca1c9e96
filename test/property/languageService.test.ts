import { strict as assert } from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument } from '../../server/src/service/check';
import { applyEdits } from '../../server/src/service/edits';
import { quickFixes } from '../../server/src/service/features/codeActions';
import { completions } from '../../server/src/service/features/completion';
import { renameEdits, targetAt } from '../../server/src/service/features/navigation';
import { documentSymbols, foldingSections } from '../../server/src/service/features/outline';
import { snippetCompletions } from '../../server/src/service/features/snippets';
import { parseDocument } from '../../server/src/service/parse/parseDocument';
import { lineEditOf } from '../../server/src/service/text/lineEdit';
import { ParseWork } from '../../server/src/service/text/work';
import { dutch, inputs, TEST_TODAY } from '../helpers/draft';
import { corpusText } from '../helpers/corpus';

/**
 * Robustness of the language service, property-based: it never throws, it treats an edited
 * document exactly like the same text opened fresh, and its edits touch nothing outside the
 * ranges they name. KAMERVRAGEN_PROPERTY_RUNS raises the number of runs for a longer run by hand.
 */
const RUNS = Number(process.env.KAMERVRAGEN_PROPERTY_RUNS ?? 1);

/** Fragments drafts are made of, so that random text hits the parser's real paths. */
const fragment = fc.oneof(
  fc.constantFrom(
    'Vraag 1', 'Vraag 2', 'Vraag 3, 4 en 5', 'Vraag 2 t/m 6', '• Vraag 7', 'Antwoord op vraag 1', 'Antwoord 2', 'Antwoord op vragen 4 en 5',
    'Antwoord vraag 4-7:', 'Antwoord', 'Antwoord:', 'Mededeling', '1', '2', '12', '1. Klopt het?', '2. Waarom?', '[1]', '[2] NOS', '1) Bron', ' 1)',
    'vertoont.1', '2021.2', 'Actoren 23', 'zie het antwoord op vraag 6', 'Uw kenmerk 2024Z00025', 'Ons kenmerk', '2024Z0025',
    'Aanhangsel Handelingen, vergaderjaar 2022-203, nr. 1', '(ingezonden 31 februari 2024, 2024Z00025)', 'Datum 3 januari 2026',
    'Pagina 2 van 5', 'Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel', '\f', '\r\n', '\n', '\r', '\u00a0', '\ufeff', '\u0000', '\ud800', '\udc00',
    '123456789012345678901234567890', 'Vraag 123456789012345678901234567890', '?', ' ', '', '«', '’',
  ),
  fc.string({ maxLength: 12 }),
);
const draftText = fc.tuple(fc.array(fragment, { maxLength: 60 }), fc.constantFrom('\n', ' ', '')).map(([parts, separator]) => parts.join(separator));

function exerciseEverything(text: string): void {
  const parsed = parseDocument(text);
  const diagnostics = checkDocument(parsed, inputs({ severity: { 'unknown-zaak': 'hint' } }, TEST_TODAY, () => false), dutch);
  documentSymbols(parsed.model, dutch);
  foldingSections(parsed.model);
  const lineCount = parsed.lines.count;
  for (const d of diagnostics) {
    assert.ok(d.range.start.line >= 0 && d.range.end.line < lineCount, 'diagnostic range inside the document');
    quickFixes(parsed, d, dutch);
  }
  for (let line = 0; line < Math.min(lineCount, 20); line++) {
    const position = { line, character: parsed.lines.lineText(line).length };
    completions(parsed, position, { today: TEST_TODAY }, dutch, false);
    completions(parsed, position, { today: TEST_TODAY }, dutch, true);
    snippetCompletions(parsed, { line, character: 0 }, TEST_TODAY, dutch);
    targetAt(parsed, { line, character: 0 });
  }
}

describe('property: the language service never throws', function () {
  this.timeout(600000);

  it('on random drafts built from real fragments and random strings', () => {
    fc.assert(fc.property(draftText, (text) => exerciseEverything(text)), { numRuns: 2000 * RUNS });
  });

  it('on random unicode, control characters and lone surrogates', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => exerciseEverything(text)), { numRuns: 1000 * RUNS });
  });

  it('on the extreme inputs: empty, a 10 MB single line, 100,000 questions, mixed line breaks', () => {
    for (const text of [
      '',
      '\ufeff',
      'x'.repeat(10_000_000),
      Array.from({ length: 100_000 }, (_, i) => `Vraag ${(i % 999) + 1}\nKlopt het?`).join('\n'),
      'Vraag 1\r\nKlopt het?\rAntwoord 1\nJa.\r\n',
      'Vraag\nAntwoord op vraag\n[',
      'Vraag 123456789012345678901234567890\nAntwoord 99999999999999999999999999999999',
      '\u0000'.repeat(1000),
    ]) {
      exerciseEverything(text);
    }
  });
});

describe('property: no input takes more than linear time', function () {
  this.timeout(600000);

  /**
   * Doubling the input may at most about double the parse's work: the lines read, the characters
   * its loops and searches visit, the patterns tried (counted by ParseWork, not timed: a clock on a
   * shared machine makes a flaky test; the benchmark times the parse).
   */
  function assertLinear(unit: string): void {
    const work = (text: string) => {
      const counted = new ParseWork();
      checkDocument(parseDocument(text, undefined, counted), inputs(), dutch);
      return counted.total;
    };
    const small = unit.repeat(Math.ceil(200_000 / unit.length));
    const w1 = work(small);
    const w2 = work(small + small);
    assert.ok(w2 <= w1 * 2.2 + 1000, `${JSON.stringify(unit.slice(0, 40))}: work ${w1} for 200 KB, ${w2} for 400 KB`);
  }

  for (const unit of [
    'a', '1', '1 ', '1.', 'Vraag 1, ', 'antwoord op vraag ', '[1', '((((1) ', 'ingezonden ', '2024Z', '.1.1.1', '\u00a0', '\n', '3 januari 2024 ',
    'Aanhangsel Handelingen, vergaderjaar 2021-2022, ',
    // the same in lines: headings, answers and footnotes line after line
    'Vraag 1\n', 'Vraag 1\nAntwoord op vraag 2\n', 'Vraag 3\nKlopt het?\nAntwoord\n', '1\nKlopt het?\n\n', '1. Klopt het?\n', 'Nederland1 en\n',
    'woord2.\n1 Bron\n', 'tekst (zie 1) en 2)\n', '[1] bron\n', '\n\n\n1\n', 'Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel\n\n2\n',
  ]) {
    it(`on a run of ${JSON.stringify(unit)}`, () => assertLinear(unit));
  }
});

describe('property: incremental edits give exactly the fresh result', function () {
  this.timeout(600000);
  const base = corpusText('ah-tk-2021-2022-cameras-antwoorden.txt').slice(0, 3000);
  const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 20 }), text: fc.oneof(fragment, fc.constantFrom('\n', 'Vraag 9\n', '[3]', '')) });

  it('after any sequence of edits, the document and its diagnostics equal those of the text opened fresh', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        let document = TextDocument.create('file:///d.kamervragen', 'kamervragen', 1, base);
        let expected = base;
        // parsed after every edit from the parse before it, reading only the lines the edit touched
        let incremental = parseDocument(base);
        for (const { at, length, text } of edits) {
          let start = at % (expected.length + 1);
          let end = Math.min(expected.length, start + length);
          // an edit never splits a \r\n pair: editors do not produce that
          if (expected[start - 1] === '\r' && expected[start] === '\n') start--;
          if (expected[end - 1] === '\r' && expected[end] === '\n') end++;
          const range = { start: document.positionAt(start), end: document.positionAt(end) };
          document = TextDocument.update(document, [{ range, text }], document.version + 1);
          expected = expected.slice(0, start) + text + expected.slice(end);
          incremental = parseDocument(document.getText(), { parsed: incremental, edit: lineEditOf({ range, text }) });
        }
        assert.equal(document.getText(), expected);
        const fresh = parseDocument(expected);
        assert.deepEqual(incremental.model, fresh.model);
        // (the memo of later stages may hold more for lines a parse did not visit: it is not compared)
        assert.deepEqual([incremental.lineData.normalized, incremental.lineData.kinds], [fresh.lineData.normalized, fresh.lineData.kinds]);
        assert.deepEqual(incremental.lines, fresh.lines);
        assert.deepEqual(checkDocument(incremental, inputs(), dutch), checkDocument(fresh, inputs(), dutch));
      }),
      { numRuns: 10000 * RUNS },
    );
  });
});

describe('property: quick fixes and rename change only the ranges they name', function () {
  this.timeout(600000);

  it('every quick fix and rename on random drafts leaves the rest byte-identical', () => {
    fc.assert(
      fc.property(draftText, fc.nat({ max: 99 }), (text, newNumber) => {
        const parsed = parseDocument(text);
        const offsetAt = (p: { line: number; character: number }) => parsed.lines.offsetAt(p);
        const editSets = checkDocument(parsed, inputs(), dutch).flatMap((d) => quickFixes(parsed, d, dutch).map((fix) => fix.edits));
        for (const line of [0, 1, 2, 3]) {
          if (line >= parsed.lines.count) break;
          for (let character = 0; character < Math.min(12, parsed.lines.lineText(line).length); character++) {
            const edits = renameEdits(parsed, { line, character }, String(newNumber + 1), dutch);
            if (Array.isArray(edits)) editSets.push(edits);
          }
        }
        for (const edits of editSets) {
          const after = applyEdits(parsed.lines, edits);
          // in offsets: the text before with each edited range cut out equals the text after
          // with each inserted text cut out
          const spans = edits.map((e) => ({ start: offsetAt(e.range.start), end: offsetAt(e.range.end), length: e.newText.length })).sort((a, b) => a.start - b.start);
          let shift = 0;
          const afterRanges: Array<[number, number]> = spans.map((span) => {
            const range: [number, number] = [span.start + shift, span.start + shift + span.length];
            shift += span.length - (span.end - span.start);
            return range;
          });
          const cut = (source: string, ranges: Array<[number, number]>) => {
            let rest = source;
            for (const [from, to] of [...ranges].sort((a, b) => b[0] - a[0])) rest = rest.slice(0, from) + '\u0001' + rest.slice(to);
            return rest;
          };
          assert.equal(cut(after, afterRanges), cut(text, spans.map((span) => [span.start, span.end] as [number, number])));
        }
      }),
      { numRuns: 1000 * RUNS },
    );
  });
});
