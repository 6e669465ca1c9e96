import { strict as assert } from 'assert';
import { draft, withCode } from '../../helpers/draft';

describe('rule unknown-question', () => {
  it('reports an answer heading that names a question the document lacks, on that number', () => {
    const found = withCode(draft('Vraag 1', 'a?', 'Antwoord op vragen 1 en 3', 'x'), 'unknown-question');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /geen vraag 3/);
    assert.deepEqual(found[0].range, { start: { line: 2, character: 24 }, end: { line: 2, character: 25 } });
    assert.equal(found[0].severity, 1);
  });

  it('reports a bare Antwoord with no question above it', () => {
    const found = withCode(draft('Vraag 1', 'a?', 'Antwoord', 'x', 'Antwoord', 'y'), 'unknown-question');
    assert.equal(found.length, 1);
    assert.equal(found[0].range.start.line, 4);
  });

  it('is silent when every answered question exists', () => {
    assert.deepEqual(withCode(draft('Vraag 1', 'a?', 'Antwoord 1', 'x'), 'unknown-question'), []);
  });
});
