import { strict as assert } from 'assert';
import { draft, withCode } from '../../helpers/draft';

describe('rule undefined-footnote', () => {
  it('reports a marker without a definition, on the marker', () => {
    const found = withCode(draft('Vraag 1', 'Kent u het bericht?[1]', 'Antwoord 1', 'Ja.[2]', '', '[1] NOS'), 'undefined-footnote');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].range, { start: { line: 3, character: 3 }, end: { line: 3, character: 6 } });
    assert.equal(found[0].severity, 1);
    assert.match(found[0].message, /Voetnoot \[2\] heeft geen voetnoottekst/);
  });

  it('does not let a definition of another series resolve a marker', () => {
    assert.equal(withCode(draft('Tekst.1 en tekst[1]', '1 Bron'), 'undefined-footnote').length, 1);
  });
});
