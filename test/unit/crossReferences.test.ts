import { strict as assert } from 'assert';
import { draft, model, withCode } from '../helpers/draft';

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

describe('short references to questions (issue 9, pattern 3)', () => {
  const document = (...answerText: string[]) =>
    draft('Vraag 1', 'Hoeveel?', 'Antwoord op vraag 1', 'Tien.', 'Vraag 2', 'Waarom?', 'Antwoord op vraag 2', 'Daarom.', 'Vraag 3', 'Wanneer?', 'Antwoord op vraag 3', ...answerText);
  const unknown = (text: string) => withCode(text, 'unknown-reference').map((d) => d.message);

  it('reads the short forms and checks their numbers', () => {
    assert.deepEqual(references('Zie vraag 11.'), [[11]]);
    assert.deepEqual(references('In antwoord 9 ben ik ingegaan op'), [[9]]);
    assert.deepEqual(references('Dat is bekend (zie vraag 3).'), [[3]]);
    assert.deepEqual(references('zoals in mijn antwoord op de vragen 2 en 3'), [[2, 3]]);
    assert.deepEqual(references('zie de antwoorden op vragen 2 t/m 4'), [[2, 3, 4]]);
    assert.equal(unknown(document('Zie vraag 11.')).length, 1);
    assert.equal(unknown(document('In antwoord 9 ben ik daarop ingegaan.')).length, 1);
    assert.equal(unknown(document('Dat is bekend (zie vraag 7).')).length, 1);
    assert.equal(unknown(document('Zie mijn antwoord op de vragen 2 en 4.')).length, 1);
    assert.equal(unknown(document('Zie de antwoorden op vragen 2 t/m 5.')).length, 2);
    assert.deepEqual(unknown(document('Zie vraag 2 en (zie vraag 1) en mijn antwoord op de vragen 2 en 3.')), []);
  });

  it('does not check references into another document', () => {
    for (const sentence of [
      'Ik verwijs naar het antwoord op vraag 9 van het lid Jansen.',
      'Zie het antwoord op vraag 4 van de vragen van het lid De Vries (Aanhangsel Handelingen II 2025/26, nr. 812).',
      'Zoals in mijn antwoorden op eerdere vragen van het lid Bakker is gemeld, vraag 8, is dat zo.',
      'Zie het antwoord op vraag 12 (Kamerstuk 31 839, nr. 4).',
    ]) {
      assert.deepEqual(unknown(document(sentence)), [], sentence);
    }
  });
});

describe('cross-references at a paragraph end', () => {
  it('reads "zie het antwoord op vraag 3." as ended by its paragraph, whatever the next one names', () => {
    const text = draft('1', 'Klopt het?', '', 'Antwoord', 'Zie het antwoord op vraag 3.', '', '2', 'Waarom?', '', '[2] Kamerstuk 30 821, nr. 124');
    assert.deepEqual(model(text).crossReferences.map((r) => r.labels), [['3']]);
  });
});
