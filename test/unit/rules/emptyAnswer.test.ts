import { strict as assert } from 'assert';
import { draft, withCode } from '../../helpers/draft';

describe('rule empty-answer', () => {
  it('reports an answer heading with nothing under it before the next heading', () => {
    const found = withCode(draft('Vraag 1', 'a?', 'Antwoord op vraag 1', '', 'Vraag 2', 'b?', 'Antwoord op vraag 2', 'Ja.'), 'empty-answer');
    assert.deepEqual(found.map((d) => [d.range.start.line, d.message, d.severity]), [[2, 'Onder deze antwoordkop staat nog geen antwoord op vraag 1. Schrijf het antwoord.', 1]]);
  });

  it('reports the last answer heading of the document when nothing follows it', () => {
    assert.equal(withCode(draft('Vraag 1', 'a?', '', 'Antwoord op vragen 1 en 2', ''), 'empty-answer').length, 1);
  });

  it('accepts an answer on the heading line itself, and answers in every layout', () => {
    assert.deepEqual(withCode(draft('1. Klopt het?', 'Antwoord vraag 1: Ja, dat klopt.'), 'empty-answer'), []);
    assert.deepEqual(withCode(draft('1', 'Klopt het?', '', 'Antwoord', '', 'Ja.'), 'empty-answer'), []);
  });
});
