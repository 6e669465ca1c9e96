import { strict as assert } from 'assert';
import { DIAGNOSTIC_CODES } from '../../../server/src/service';
import { checkDocument } from '../../../server/src/service/check';
import { parseDocument } from '../../../server/src/service/parse/parseDocument';
import { codes, diagnostics, draft, dutch, inputs } from '../../helpers/draft';

describe('severity settings', () => {
  const text = draft(
    'Uw kenmerk 2024Z00025', '(ingezonden 3 januari 2024, 2024Z00026) en 2024Z0025',
    'Vraag 1', 'a?[1]', 'Vraag 1', 'b?', 'Antwoord 3', 'x', 'Antwoord 3', 'Zie het antwoord op vraag 9.', '[2] ongebruikt', '[2] dubbel',
  );

  it('the test draft triggers every check', () => {
    const all = checkDocument(parseDocument(`${text}\n31 februari 2024\nAntwoord op vraag 1\n\nVraag 7\nPM`), inputs({ severity: { 'unknown-zaak': 'hint' } }, { day: 1, month: 3, year: 2024 }, () => false), dutch);
    assert.deepEqual(new Set(all.map((d) => d.code)), new Set(DIAGNOSTIC_CODES));
  });

  it('turns a check off', () => {
    assert.ok(!codes(text, { severity: { 'unanswered-question': 'off' } }).includes('unanswered-question'));
  });

  it('changes a check\'s severity and keeps source and code', () => {
    const found = diagnostics(text, { severity: { 'unknown-reference': 'hint' } }).filter((d) => d.code === 'unknown-reference');
    assert.equal(found[0].severity, 4);
    assert.equal(found[0].source, 'kamervragen');
  });
});
