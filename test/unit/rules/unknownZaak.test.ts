import { strict as assert } from 'assert';
import { checkDocument } from '../../../server/src/service/check';
import { parseDocument } from '../../../server/src/service/parse/parseDocument';
import { dutch, inputs, TEST_TODAY } from '../../helpers/draft';

const text = 'Uw kenmerk 2026Z00025\nZie ook de vragen 2021Z16201 en 2021Z99999.';
const known = new Set(['2021Z16201']);
const findings = (severity?: 'hint', isKnownZaak?: (z: string) => boolean) =>
  checkDocument(parseDocument(text), inputs({ severity: severity ? { 'unknown-zaak': severity } : {} }, TEST_TODAY, isKnownZaak), dutch).filter((d) => d.code === 'unknown-zaak');

describe('rule unknown-zaak', () => {
  it('is off by default', () => {
    assert.deepEqual(findings(undefined, (z) => known.has(z)), []);
  });

  it('when on, hints at zaaknummers neither the workspace nor a register knows, but not the document\'s own', () => {
    const found = findings('hint', (z) => known.has(z));
    assert.deepEqual(found.map((d) => [d.message, d.severity]), [['Zaak 2021Z99999 staat niet in de werkmap of in een register. Controleer het nummer.', 4]]);
  });

  it('is silent when nothing is known to compare with', () => {
    assert.deepEqual(findings('hint'), []);
  });
});
