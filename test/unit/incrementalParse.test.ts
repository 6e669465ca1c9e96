import { strict as assert } from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { composeLineEdits } from '../../server/src/service';
import { parseDocument } from '../../server/src/service/parse/parseDocument';
import { lineEditOf } from '../../server/src/service/text/lineEdit';
import { LineTokens } from '../../server/src/service/text/lineTokens';
import { TextLines } from '../../server/src/service/text/lines';
import { readFileSync } from 'fs';
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import { ParseWork } from '../../server/src/service/text/work';
import { annotatedDocuments, corpusText } from '../helpers/corpus';

const base = corpusText('2024Z00025-veiligheidsregio-antwoorden.txt').slice(0, 5000);

describe('parsing after an edit', () => {
  it('reads only the lines the edit touched, and gives what a fresh parse gives', () => {
    const before = parseDocument(base);
    const document = TextDocument.create('file:///d.kamervragen', 'kamervragen', 1, base);
    const change = { range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: 'Vraag 9\n' };
    TextDocument.update(document, [change], 2);
    const after = parseDocument(document.getText(), { parsed: before, edit: lineEditOf(change) });
    assert.equal(after.lineData.normalized[5], before.lineData.normalized[5], 'a line above the edit is taken over');
    assert.equal(after.lineData.normalized[12], before.lineData.normalized[11], 'a line below it is taken over, one further on');
    assert.notEqual(after.lineData.normalized[10], before.lineData.normalized[10]);
    assert.deepEqual(after.model, parseDocument(document.getText()).model);
  });

  it('reads every line again when the edit does not fit the text', () => {
    const before = parseDocument(base);
    const text = `x${base}`;
    const after = parseDocument(text, { parsed: before, edit: { start: 40, oldEnd: 40, newEnd: 40 } });
    assert.notEqual(after.lineData.normalized[0], before.lineData.normalized[0]);
    assert.deepEqual(after.model, parseDocument(text).model);
    const shorter = parseDocument(base.slice(0, 100), { parsed: before, edit: { start: 0, oldEnd: 0, newEnd: 0 } });
    assert.deepEqual(shorter.model, parseDocument(base.slice(0, 100)).model);
  });

  it('composes two edits into one that reads the same lines as both', () => {
    const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 200 }), text: fc.constantFrom('', 'x', '\n', 'a\nb\n', '\r\n', 'Vraag 3\n\nAntwoord op vraag 3\n') });
    fc.assert(
      fc.property(edit, edit, (first, second) => {
        const start = parseDocument(base);
        const document = TextDocument.create('file:///d.kamervragen', 'kamervragen', 1, base);
        const changeOf = ({ at, length, text }: typeof first) => {
          const current = document.getText();
          let from = at % (current.length + 1);
          let to = Math.min(current.length, from + length);
          // an edit never splits a \r\n pair: editors do not produce that
          if (current[from - 1] === '\r' && current[from] === '\n') from--;
          if (current[to - 1] === '\r' && current[to] === '\n') to++;
          return { range: { start: document.positionAt(from), end: document.positionAt(to) }, text };
        };
        const one = changeOf(first);
        TextDocument.update(document, [one], 2);
        const two = changeOf(second);
        TextDocument.update(document, [two], 3);
        const text = document.getText();
        const composed = parseDocument(text, { parsed: start, edit: composeLineEdits(lineEditOf(one), lineEditOf(two)) });
        const fresh = parseDocument(text);
        // (the memo of later stages may hold more for lines a parse did not visit: it is not compared)
        assert.deepEqual([composed.lineData.normalized, composed.lineData.kinds], [fresh.lineData.normalized, fresh.lineData.kinds]);
        assert.deepEqual(composed.lines, fresh.lines);
        assert.deepEqual(composed.model, fresh.model);
      }),
      { numRuns: 500 },
    );
  });
});

describe('tokens per line', () => {
  it('after an edit, are where a search of the whole new text finds them', () => {
    const finder = /antwoord(?:en)?|vra(?:ag|gen)|\b20\d\dZ ?\d{3,7}(?!\d)/gi;
    const fragment = fc.constantFrom('', 'x', '\n', 'Antwoord op vraag 3\n', 'vragen', '2024Z00025', '2024Z', '\r\n', 'antwoordvraag');
    fc.assert(
      fc.property(fc.array(fc.record({ at: fc.nat(), length: fc.nat({ max: 40 }), text: fragment }), { minLength: 1, maxLength: 8 }), (edits) => {
        const document = TextDocument.create('file:///d.kamervragen', 'kamervragen', 1, base);
        let lines = parseDocument(base).lines;
        let tokens = new LineTokens(lines);
        tokens.offsets(finder);
        tokens.settle();
        for (const { at, length, text } of edits) {
          const current = document.getText();
          let from = at % (current.length + 1);
          let to = Math.min(current.length, from + length);
          if (current[from - 1] === '\r' && current[from] === '\n') from--;
          if (current[to - 1] === '\r' && current[to] === '\n') to++;
          const change = { range: { start: document.positionAt(from), end: document.positionAt(to) }, text };
          TextDocument.update(document, [change], document.version + 1);
          const edit = lineEditOf(change);
          const after = TextLines.afterEdit(lines, document.getText(), edit);
          if (!after) return; // the parse then starts afresh
          tokens = new LineTokens(after, { tokens, edit });
          const found = tokens.offsets(finder);
          tokens.settle();
          lines = after;
          const expected = [...document.getText().matchAll(finder)].map((m) => m.index);
          assert.deepEqual(found, expected);
        }
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * The incremental contract (ARCHITECTURE.md, "The incremental parse"), counted through ParseWork:
 * after an edit only the edited lines are read (their kind, their marker candidates, each finder's
 * matches); every other line's are the same objects as before; and every finder keeps the rules
 * that make searching only the edited lines give what a search of the whole text gives.
 */
describe('the incremental contract', () => {
  const whole = corpusText('2024Z00025-veiligheidsregio-antwoorden.txt');

  function editLine(text: string, line: number, newText: string) {
    const document = TextDocument.create('file:///d.kamervragen', 'kamervragen', 1, text);
    const lineText = text.split('\n')[line];
    const change = { range: { start: { line, character: 0 }, end: { line, character: lineText.length } }, text: newText };
    return { text: TextDocument.update(document, [change], 2).getText(), edit: lineEditOf(change) };
  }

  it('a fresh parse reads every line once, and searches each with every finder once', () => {
    const work = new ParseWork();
    const parsed = parseDocument(whole, undefined, work);
    assert.equal(work.linesRead, parsed.lines.count);
    assert.ok(work.finders.size >= 10, `${work.finders.size} finders`);
    assert.equal(work.finderLinesSearched, work.finders.size * parsed.lines.count);
  });

  it('after a one-line edit, reads only that line: its kind, its marker candidates and its finder matches', () => {
    const before = parseDocument(whole);
    const line = 40;
    const { text, edit } = editLine(whole, line, 'Het Veiligheidsberaad2 heeft in 2024 besloten.');
    const work = new ParseWork();
    const after = parseDocument(text, { parsed: before, edit }, work);
    assert.equal(work.linesRead, 1, 'lines normalised and classified');
    assert.equal(work.markerLinesSearched, 1, 'lines searched for marker candidates');
    assert.equal(work.finderLinesSearched, work.finders.size, 'each finder searched the edited line only');
    for (let i = 0; i < after.lines.count; i++) {
      if (i === line) continue;
      assert.equal(after.lineData.normalized[i], before.lineData.normalized[i], `line ${i}: the same normalised line`);
      assert.equal(after.lineData.kinds[i], before.lineData.kinds[i], `line ${i}: the same kind`);
      assert.equal(after.lineData.markerCandidates[i], before.lineData.markerCandidates[i], `line ${i}: the same marker candidates`);
    }
    assert.deepEqual(after.model, parseDocument(text).model);
  });

  it('after an edit that adds lines, the lines below are taken over one further on', () => {
    const before = parseDocument(whole);
    const line = 60;
    const { text, edit } = editLine(whole, line, 'Vraag 9\n\nAntwoord op vraag 9');
    const work = new ParseWork();
    const after = parseDocument(text, { parsed: before, edit }, work);
    assert.equal(work.linesRead, 3);
    assert.equal(work.finderLinesSearched, 3 * work.finders.size);
    for (let i = line + 1; i < before.lines.count; i++) {
      assert.equal(after.lineData.kinds[i + 2], before.lineData.kinds[i], `line ${i} is line ${i + 2} now`);
      assert.equal(after.lineData.markerCandidates[i + 2], before.lineData.markerCandidates[i]);
    }
    assert.deepEqual(after.model, parseDocument(text).model);
  });

  it('every finder the stages use keeps the finder rules', () => {
    const finders = new Set<RegExp>();
    for (const document of annotatedDocuments()) {
      const work = new ParseWork();
      parseDocument(readFileSync(document.path, 'utf8'), undefined, work);
      for (const finder of work.finders) finders.add(finder);
    }
    const broken = [...finders].map((finder) => ({ finder: String(finder), why: finderRuleBroken(finder) })).filter((f) => f.why !== undefined);
    assert.deepEqual(broken, []);
  });

  it('a finder that breaks the rules is caught', () => {
    for (const [finder, rule] of [
      [/Vraag 3/, 'global'],
      [/Vraag\s+\d/g, 'line break'],
      [/[^.]+\?/g, 'line break'],
      [/Vraag[\s\S]/g, 'line break'],
      [/\D\d/g, 'line break'],
      [/Vraag.\d/gs, 'line break'],
      [/(?<=\n)Vraag/g, 'line break'],
      [/^Vraag/g, 'anchor'],
      [/vraag$/gim, 'anchor'],
      [/x*/g, 'empty'],
    ] as const) {
      assert.match(finderRuleBroken(finder) ?? 'kept', new RegExp(rule), String(finder));
    }
    assert.equal(finderRuleBroken(/\b20\d\dZ ?\d{3,7}(?!\d)/g), undefined);
    assert.equal(finderRuleBroken(/<[\p{L}][\p{L} .…/-]{0,40}>/gu), undefined);
  });
});

/**
 * Why a finder breaks the rules of ARCHITECTURE.md, or undefined: it must be global, match no line
 * break (nothing in it can: no \s, no [^…], no . with the s flag), use no ^ or $, and never match
 * the empty string. Then its matches within a line are the same in the line alone as in the whole
 * text, so searching only the edited lines gives what a search of the whole text gives.
 */
function finderRuleBroken(finder: RegExp): string | undefined {
  if (!finder.global) return 'not global';
  const flags = finder.flags.replace(/[gy]/g, '');
  const ast = new RegExpParser().parsePattern(finder.source, 0, finder.source.length, { unicode: finder.unicode });
  const problems: string[] = [];
  const admitsLineBreak = (raw: string) => {
    const atom = new RegExp(`^(?:${raw})$`, flags);
    return atom.test('\n') || atom.test('\r') || atom.test('\u2028') || atom.test('\u2029');
  };
  visitRegExpAST(ast, {
    onAssertionEnter(node) {
      if (node.kind === 'start' || node.kind === 'end') problems.push(`anchor ${node.raw}`);
    },
    onCharacterEnter(node) {
      if (node.parent.type !== 'CharacterClass' && node.parent.type !== 'CharacterClassRange' && admitsLineBreak(node.raw)) problems.push(`line break: ${node.raw}`);
    },
    onCharacterSetEnter(node) {
      if (node.parent.type !== 'CharacterClass' && admitsLineBreak(node.raw)) problems.push(`line break: ${node.raw}`);
    },
    onCharacterClassEnter(node) {
      if (admitsLineBreak(node.raw)) problems.push(`line break: ${node.raw}`);
    },
  });
  if (new RegExp(finder.source, flags).test('')) problems.push('matches the empty string');
  return problems.length > 0 ? problems.join(', ') : undefined;
}
