import { strict as assert } from 'assert';
import { applyEdits } from '../../server/src/service/edits';
import { definitionRanges, hoverText, occurrences, prepareRename, renameEdits, targetAt } from '../../server/src/service/features/navigation';
import { parseDocument } from '../../server/src/service/parse/parseDocument';
import { corpusText } from '../helpers/corpus';
import { draft, dutch } from '../helpers/draft';

const text = draft(
  'Vraag 1', 'Kent u het bericht?[1]', '', 'Antwoord op vraag 1', 'Ja.[2]', '',
  'Vraag 2', 'Waarom?', '', 'Vraag 3', 'En dan?', '', 'Antwoord op vragen 2 en 3', 'Zie het antwoord op vraag 1.[1]', '',
  '[1] NOS, 2 januari 2026', '[2] Nu.nl',
);
const parsed = parseDocument(text);

describe('navigation', () => {
  it('hovers a footnote marker with its text and a referenced question with its text', () => {
    assert.equal(hoverText(parsed, targetAt(parsed, { line: 1, character: 20 })!, dutch), '**Voetnoot [1]**\n\nNOS, 2 januari 2026');
    assert.equal(hoverText(parsed, targetAt(parsed, { line: 13, character: 26 })!, dutch), '**Vraag 1**\n\nKent u het bericht?[1]');
  });

  it('hovers the words of a reference too ("vraag" in "het antwoord op vraag 1")', () => {
    assert.equal(hoverText(parsed, targetAt(parsed, { line: 13, character: 21 })!, dutch), '**Vraag 1**\n\nKent u het bericht?[1]');
  });

  it('goes from a marker to its definition and from a reference to the question', () => {
    assert.deepEqual(definitionRanges(parsed, targetAt(parsed, { line: 4, character: 4 })!), [{ start: { line: 16, character: 0 }, end: { line: 16, character: 3 } }]);
    assert.deepEqual(definitionRanges(parsed, targetAt(parsed, { line: 12, character: 24 })!), [{ start: { line: 9, character: 6 }, end: { line: 9, character: 7 } }]);
  });

  it('finds every use of a footnote and of a question number', () => {
    assert.deepEqual(occurrences(parsed, targetAt(parsed, { line: 15, character: 1 })!).map((o) => [o.range.start.line, o.isDefinition]), [[15, true], [1, false], [13, false]]);
    assert.deepEqual(occurrences(parsed, targetAt(parsed, { line: 0, character: 6 })!).map((o) => o.range.start.line), [0, 3, 13]);
  });

  it('renames a question number in its heading, its answer and the references to it', () => {
    const edits = renameEdits(parsed, { line: 0, character: 6 }, '7', dutch);
    assert.ok(Array.isArray(edits));
    const renamed = applyEdits(parsed.lines, edits);
    assert.match(renamed, /^Vraag 7\n/);
    assert.match(renamed, /Antwoord op vraag 7\n/);
    assert.match(renamed, /Zie het antwoord op vraag 7\./);
  });

  it('renames a footnote number in its markers and definition, changing nothing else', () => {
    const edits = renameEdits(parsed, { line: 1, character: 20 }, '9', dutch) as Array<{ range: unknown; newText: string }>;
    const renamed = applyEdits(parsed.lines, edits as never);
    assert.equal(renamed, text.replace(/\[1\]/g, '[9]'));
  });

  it('refuses to rename anything but footnote and question numbers', () => {
    assert.equal(prepareRename(parsed, { line: 1, character: 3 }), undefined);
    assert.deepEqual(prepareRename(parsed, { line: 1, character: 20 }), { range: { start: { line: 1, character: 20 }, end: { line: 1, character: 21 } }, placeholder: '1' });
    assert.deepEqual(renameEdits(parsed, { line: 1, character: 20 }, 'x', dutch), { error: "'x' is geen nummer." });
  });

  it('works on a real document: footnotes and grouped answers of the cameras answers', () => {
    const real = parseDocument(corpusText('ah-tk-2021-2022-cameras-antwoorden.txt'));
    const question10 = real.model.questionHeadings.find((h) => h.numbers.includes(10))!;
    const uses = occurrences(real, targetAt(real, question10.numberRanges[0].start)!);
    assert.equal(uses.length, 2, 'the heading and "Antwoord vraag 7, 8 en 10"');
    const marker = real.model.footnoteMarkers.find((m) => m.label === '[2]')!;
    assert.match(hoverText(real, targetAt(real, marker.range.start)!, dutch)!, /Nu\.nl, 17 februari 2022/);
  });
});
