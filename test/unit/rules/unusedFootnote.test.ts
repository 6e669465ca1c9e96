import { strict as assert } from 'assert';
import { draft, withCode } from '../../helpers/draft';

describe('rule unused-footnote', () => {
  it('warns on a definition no marker uses, and fades it as unnecessary', () => {
    const found = withCode(draft('Tekst[1].', '', '[1] NOS', '[2] Nu.nl'), 'unused-footnote');
    assert.equal(found.length, 1);
    assert.equal(found[0].range.start.line, 3);
    assert.equal(found[0].severity, 2);
    assert.deepEqual(found[0].tags, [1]);
  });

  it('is silent when every definition is used', () => {
    assert.deepEqual(withCode(draft('Tekst[1].', '[1] NOS'), 'unused-footnote'), []);
  });
});
