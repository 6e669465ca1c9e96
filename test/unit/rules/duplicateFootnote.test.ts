import { strict as assert } from 'assert';
import { draft, withCode } from '../../helpers/draft';

describe('rule duplicate-footnote', () => {
  it('warns on the second definition of the same number', () => {
    const found = withCode(draft('Tekst[1].', '[1] NOS', '[1] Nu.nl'), 'duplicate-footnote');
    assert.equal(found.length, 1);
    assert.equal(found[0].range.start.line, 2);
    assert.match(found[0].message, /op regel 2/);
  });

  it('is silent for distinct numbers', () => {
    assert.deepEqual(withCode(draft('Tekst[1][2].', '[1] NOS', '[2] Nu.nl'), 'duplicate-footnote'), []);
  });
});
