import { strict as assert } from 'assert';
import { draft, withCode } from '../../helpers/draft';

describe('rule malformed-kenmerk', () => {
  it('reports a zaaknummer with the wrong number of digits, on the zaaknummer', () => {
    const found = withCode(draft('Uw kenmerk 2024Z0025'), 'malformed-kenmerk');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].range, { start: { line: 0, character: 11 }, end: { line: 0, character: 20 } });
    assert.match(found[0].message, /^2024Z0025 klopt niet: 4 cijfers na de Z/);
  });

  it('reports a citation whose vergaderjaar is not two consecutive years', () => {
    const found = withCode('Zie ook Aanhangsel Handelingen, vergaderjaar 2022-203, nr. 12.', 'malformed-kenmerk');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /vergaderjaar 2022-203: verwacht 2022-2023/);
    assert.equal(withCode('Kamerstukken II, 2022-2024, 30 821, nr. 175', 'malformed-kenmerk').length, 1);
  });

  it('accepts the real formats, a stray space included', () => {
    const text = draft(
      '2024Z 17972 en 2021Z16201, 2024Z15585/2024D37938',
      'Aanhangsel Handelingen, vergaderjaar 2021-2022, nr. 2273; Aanhangsel Handelingen II 2014/15, nr. 12',
      'Kamerstuk 21 501-02, nr. 2733; Kamerstuk 36 200 IV, nr. 25; Kamerstukken II 2024/25, 19 637, nr. 3308; (Kamerstuk 33529, nr. 1219)',
    );
    assert.deepEqual(withCode(text, 'malformed-kenmerk'), []);
  });
});
