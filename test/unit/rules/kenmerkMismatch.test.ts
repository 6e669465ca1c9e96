import { strict as assert } from 'assert';
import { draft, withCode } from '../../helpers/draft';

describe('rule kenmerk-mismatch', () => {
  it('warns when Uw kenmerk differs from the zaaknummer in the introduction', () => {
    const text = draft('Uw kenmerk', '2024Z00025', '', 'de antwoorden op de vragen van het lid X (ingezonden 3 januari 2024, 2024Z00026).');
    const found = withCode(text, 'kenmerk-mismatch');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: 10 } });
    assert.match(found[0].message, /Uw kenmerk 2024Z00025 verschilt van zaaknummer 2024Z00026 op regel 4/);
  });

  it('is silent when they agree, as in the real letter', () => {
    const text = draft('Uw kenmerk 2024Z00025', 'In antwoord op uw brief van 3 januari 2024, nr. 2024Z00025, deel ik u mede', '(ingezonden 3 januari 2024, 2024Z00025)');
    assert.deepEqual(withCode(text, 'kenmerk-mismatch'), []);
  });

  it('ignores zaaknummers elsewhere, such as earlier questions cited in the text', () => {
    assert.deepEqual(withCode(draft('Uw kenmerk 2024Z00025', 'Zie ook de vragen 2023Z11111.'), 'kenmerk-mismatch'), []);
  });
});
