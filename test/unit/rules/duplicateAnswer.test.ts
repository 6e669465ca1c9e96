import { strict as assert } from 'assert';
import { draft, withCode } from '../../helpers/draft';

describe('rule duplicate-answer', () => {
  it('warns on the second answer to the same question and names the first line', () => {
    const found = withCode(draft('Vraag 1', 'a?', 'Vraag 2', 'b?', 'Antwoord op vraag 1 en 2', 'x', 'Antwoord op vraag 2', 'y'), 'duplicate-answer');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 2);
    assert.equal(found[0].range.start.line, 6);
    assert.match(found[0].message, /Vraag 2 is al beantwoord op regel 5/);
  });

  it('is silent when each question is answered once', () => {
    assert.deepEqual(withCode(draft('Vraag 1', 'a?', 'Antwoord 1', 'x'), 'duplicate-answer'), []);
  });
});
