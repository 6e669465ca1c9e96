import { strict as assert } from 'assert';
import { withCode } from '../../helpers/draft';

describe('rule nonexistent-date', () => {
  it('reports a date that does not exist as an error, wherever it stands', () => {
    const found = withCode('Datum 31 april 2026\n(ingezonden 30 februari 2026)', 'nonexistent-date');
    assert.deepEqual(found.map((d) => [d.message, d.severity, d.range.start.line]), [
      ['De datum 31 april 2026 bestaat niet.', 1, 0],
      ['De datum 30 februari 2026 bestaat niet.', 1, 1],
    ]);
  });

  it('accepts real dates, leap days included', () => {
    assert.deepEqual(withCode('29 februari 2024, 31 januari 2026, 30 juni 2025', 'nonexistent-date'), []);
    assert.equal(withCode('29 februari 2025', 'nonexistent-date').length, 1);
  });
});
