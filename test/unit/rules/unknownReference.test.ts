import { strict as assert } from 'assert';
import { draft, withCode } from '../../helpers/draft';

describe('rule unknown-reference', () => {
  it('warns on a reference to a question the document lacks, on the number', () => {
    const found = withCode(draft('Vraag 1', 'a?', 'Antwoord 1', 'Zie het antwoord op vraag 6.'), 'unknown-reference');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].range, { start: { line: 3, character: 26 }, end: { line: 3, character: 27 } });
    assert.equal(found[0].severity, 2);
    assert.equal(found[0].message, 'Dit document heeft geen vraag 6. Controleer de verwijzing.');
  });

  it('is silent for references to existing questions and in documents without questions', () => {
    assert.deepEqual(withCode(draft('Vraag 1', 'a?', 'Vraag 2', 'Zie het antwoord op vraag 1.'), 'unknown-reference'), []);
    assert.deepEqual(withCode('Zie het antwoord op vraag 6 in de eerdere brief.', 'unknown-reference'), []);
  });
});
