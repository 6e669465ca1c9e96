import { strict as assert } from 'assert';
import { draft, model } from '../helpers/draft';

const references = (text: string) => model(text).crossReferences.map((r) => r.numbers);

describe('cross-references', () => {
  it('reads the phrasings drafters use', () => {
    assert.deepEqual(references('zie het antwoord op vraag 6.'), [[6]]);
    assert.deepEqual(references('Zoals in het antwoord op vragen 4 en 5 wordt geschetst'), [[4, 5]]);
    assert.deepEqual(references('(zie onder meer de beantwoording op vraag 2 en 4)'), [[2, 4]]);
    assert.deepEqual(references('(zie antwoord vraag 3)'), [[3]]);
    assert.deepEqual(references('Zoals geantwoord onder vraag 2 is er'), [[2]]);
    assert.deepEqual(references('Kunt u bij antwoord 7 de maatregelen betrekken'), [[7]]);
    assert.deepEqual(references('in mijn antwoord 4, 5 en 6 heb'), [[4, 5, 6]]);
  });

  it('follows a reference across a line break', () => {
    assert.deepEqual(references(draft('Zoals in het antwoord op', 'vragen 4 en 5 wordt geschetst')), [[4, 5]]);
    assert.deepEqual(references(draft('Zoals ook in het antwoord op vraag 4 ', 'en 5 wordt geschetst')), [[4, 5]]);
  });

  it('ignores headings and phrases without a question number', () => {
    assert.deepEqual(references(draft('Antwoord op vraag 1', 'In antwoord op uw brief van 3 januari 2024', 'de antwoorden op vragen van de leden Dekker')), []);
  });

  it('gives the range of each referenced number', () => {
    const reference = model('zie het antwoord op vraag 12.').crossReferences[0];
    assert.deepEqual(reference.numberRanges[0], { start: { line: 0, character: 26 }, end: { line: 0, character: 28 } });
  });
});
