import { strict as assert } from 'assert';
import { checkDocument } from '../../../server/src/service/check';
import { applyEdits } from '../../../server/src/service/edits';
import { quickFixes } from '../../../server/src/service/features/codeActions';
import { parseDocument } from '../../../server/src/service/parse/parseDocument';
import { draft, dutch, inputs, withCode } from '../../helpers/draft';

describe('rule undefined-footnote', () => {
  it('reports a marker without a definition, on the marker', () => {
    const found = withCode(draft('Vraag 1', 'Kent u het bericht?[1]', 'Antwoord 1', 'Ja.[2]', '', '[1] NOS'), 'undefined-footnote');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].range, { start: { line: 3, character: 3 }, end: { line: 3, character: 6 } });
    assert.equal(found[0].severity, 1);
    assert.match(found[0].message, /Voetnoot \[2\] heeft geen voetnoottekst/);
  });

  it('does not let a definition of another series resolve a marker', () => {
    assert.equal(withCode(draft('Tekst.1 en tekst[1]', '1 Bron'), 'undefined-footnote').length, 1);
  });
});

describe('rule undefined-footnote on pasted footnotes', () => {
  it('reports nothing for a glued digit or " 1)" in a text that prints no footnote texts of that series', () => {
    assert.deepEqual(withCode(draft('Vraag 1', 'Kent u het bericht1?', 'Antwoord op vraag 1', 'Ja.'), 'undefined-footnote'), []);
    assert.deepEqual(withCode(draft('Vraag 1', 'Kent u het bericht? 1)', 'Antwoord op vraag 1', 'Ja.'), 'undefined-footnote'), []);
  });

  it('reports a pasted marker where the document prints its series\' texts', () => {
    const found = withCode(draft('Vraag 1', 'Kent u het bericht? 1) En het rapport? 2)', 'Antwoord op vraag 1', 'Ja.', '', '1) NOS'), 'undefined-footnote');
    assert.deepEqual(found.map((d) => d.message), ["Voetnoot 2) heeft geen voetnoottekst. Voeg een regel '2) …' met de bron toe."]);
  });

  it('offers a new text line for a pasted marker only where it reads as that footnote and as nothing else', () => {
    // "2) <invullen>" after "1) NOS" in a numbered layout: not question 2, because the questions are "1." items
    const text = draft('1. Kent u het bericht? 1)', '', 'Antwoord', 'Ja.', '', '2. Wat vindt u van het rapport? 2)', '', 'Antwoord', 'Nee.', '', '1) NOS');
    const parsed = parseDocument(text);
    const [undefinedTwo] = checkDocument(parsed, inputs(), dutch).filter((d) => d.code === 'undefined-footnote');
    const [fix] = quickFixes(parsed, undefinedTwo, dutch);
    assert.equal(fix.title, 'Voeg voetnoottekst 2) toe');
    const after = parseDocument(applyEdits(parsed.lines, fix.edits));
    assert.deepEqual(after.model.questionHeadings.map((h) => h.labels[0]), ['1', '2']);
    assert.deepEqual(checkDocument(after, inputs(), dutch).map((d) => d.code), ['placeholder']);
  });
});
