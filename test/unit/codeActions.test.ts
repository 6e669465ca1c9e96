import { strict as assert } from 'assert';
import { checkDocument } from '../../server/src/service/check';
import { applyEdits, renumberFootnotes } from '../../server/src/service/edits';
import { quickFixes } from '../../server/src/service/features/codeActions';
import { parseDocument } from '../../server/src/service/parse/parseDocument';
import { draft, dutch, inputs } from '../helpers/draft';

/** Applies the first quick fix for the first diagnostic with `code`; returns the new text. */
function fix(text: string, code: string, title?: RegExp): string {
  const parsed = parseDocument(text);
  const diagnostic = checkDocument(parsed, inputs(), dutch).find((d) => d.code === code);
  assert.ok(diagnostic, `a ${code} diagnostic`);
  const fixes = quickFixes(parsed, diagnostic, dutch);
  const chosen = title ? fixes.find((f) => title.test(f.title)) : fixes[0];
  assert.ok(chosen, `a quick fix for ${code}`);
  return applyEdits(parsed.lines, chosen.edits);
}

/** What is still reported after a fix, besides the text the fix leaves to fill in. */
const codesAfter = (text: string) => checkDocument(parseDocument(text), inputs(), dutch).map((d) => d.code).filter((code) => code !== 'placeholder');

describe('quick fixes', () => {
  it('inserts the missing answer heading after the question text', () => {
    const text = draft('Vraag 1', 'Klopt het?', '', 'Antwoord op vraag 1', 'Ja.', '', 'Vraag 2', 'Waarom?', 'Echt?', '', 'Vraag 3', 'En dit?', '', 'Antwoord op vraag 3', 'Dat.');
    const fixed = fix(text, 'unanswered-question');
    assert.equal(fixed, draft('Vraag 1', 'Klopt het?', '', 'Antwoord op vraag 1', 'Ja.', '', 'Vraag 2', 'Waarom?', 'Echt?', '', 'Antwoord op vraag 2', '', '', 'Vraag 3', 'En dit?', '', 'Antwoord op vraag 3', 'Dat.'));
    assert.deepEqual(codesAfter(fixed), ['empty-answer'], 'the heading is there; its answer is still to be written');
  });

  it('inserts a bare Antwoord where the document uses bare answers', () => {
    const fixed = fix(draft('1', 'Klopt het?', '', 'Antwoord', 'Ja.', '', '2', 'Waarom?'), 'unanswered-question');
    assert.match(fixed, /Waarom\?\n\nAntwoord\n$/);
    assert.deepEqual(codesAfter(fixed), ['empty-answer'], 'the heading is there; its answer is still to be written');
  });

  it('adds a definition for an undefined footnote after the others', () => {
    const fixed = fix(draft('Tekst[1] en[2] en[3].', '', '[1] NOS', '[3] Nu.nl'), 'undefined-footnote');
    assert.equal(fixed, draft('Tekst[1] en[2] en[3].', '', '[1] NOS', '[2] <invullen>', '[3] Nu.nl'));
    assert.deepEqual(codesAfter(fixed), []);
  });

  it('adds a superscript footnote text at a page foot below its marker, and the report goes', () => {
    const page1 = ['Vraag 1', 'Kent u het bericht?1', 'Antwoord 1', 'Ja.2', '', '1 NOS, 1 juni 2026', '2 Kamerstuk 31 839, nr. 1', ''];
    const page2 = ['Vraag 2', 'En het verslag?3', 'Antwoord 2', 'Ja, en het besluit.4', '', '4 Kamerstuk 31 839, nr. 4'];
    const text = draft(...page1, ...page2);
    const fixed = fix(text, 'undefined-footnote');
    assert.equal(fixed, draft(...page1, ...page2.slice(0, 5), '3 <invullen>', page2[5]));
    assert.deepEqual(codesAfter(fixed).filter((c) => c.endsWith('footnote')), []);
    const last = fix(draft(...page1, 'Vraag 2', 'En het verslag?3', 'Antwoord 2', 'Ja.'), 'undefined-footnote');
    assert.match(last, /Ja\.\n\n3 <invullen>$/);
    assert.deepEqual(codesAfter(last).filter((c) => c.endsWith('footnote')), []);
  });

  it('adds the first definition at the end of the document', () => {
    assert.equal(fix('Tekst[1].', 'undefined-footnote'), 'Tekst[1].\n\n[1] <invullen>');
    assert.equal(fix('Tekst[1].\n', 'undefined-footnote'), 'Tekst[1].\n\n[1] <invullen>\n');
  });

  it('removes an unused definition, and only that line', () => {
    const fixed = fix(draft('Tekst[1].', '[1] NOS', '[2] Nu.nl', 'Slot.'), 'unused-footnote', /Verwijder/);
    assert.equal(fixed, draft('Tekst[1].', '[1] NOS', 'Slot.'));
    assert.equal(fix(draft('Tekst[1].', '[1] NOS', '[2] Nu.nl'), 'unused-footnote', /Verwijder/), draft('Tekst[1].', '[1] NOS'));
  });

  it('renumbers footnotes in order of appearance, changing only the digits', () => {
    const text = draft('Eerst[3] dan[1] en weer[3].', '', '[1] Een', '[3] Drie', '[7] Ongebruikt');
    const parsed = parseDocument(text);
    assert.equal(applyEdits(parsed.lines, renumberFootnotes(parsed)), draft('Eerst[1] dan[2] en weer[1].', '', '[2] Een', '[1] Drie', '[3] Ongebruikt'));
    assert.deepEqual(renumberFootnotes(parseDocument(draft('A[1] B[2]', '[1] x', '[2] y'))), []);
  });
});
