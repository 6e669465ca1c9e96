import { strict as assert } from 'assert';
import { draft, withCode } from '../../helpers/draft';

describe('rule duplicate-question', () => {
  it('warns on a question number used twice', () => {
    const found = withCode(draft('Vraag 1', 'a?', 'Antwoord 1', 'x', 'Vraag 1', 'b?', 'Antwoord 1', 'y'), 'duplicate-question');
    assert.equal(found.length, 1);
    assert.equal(found[0].range.start.line, 4);
    assert.equal(found[0].severity, 2);
    assert.match(found[0].message, /Vraagnummer 1 komt al voor op regel 1/);
  });

  it('is silent for distinct numbers', () => {
    assert.deepEqual(withCode(draft('Vraag 1', 'a?', 'Vraag 2', 'b?'), 'duplicate-question'), []);
  });
});
