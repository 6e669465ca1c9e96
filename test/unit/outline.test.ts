import { strict as assert } from 'assert';
import { documentSymbols, foldingSections } from '../../server/src/service/features/outline';
import { draft, dutch, model } from '../helpers/draft';

describe('outline and folding', () => {
  const text = draft('Vraag 1', 'Klopt het?', '', 'Vraag 2', 'En dit?', '', 'Antwoord op vragen 1 en 2', 'Ja.', 'Zeker.', '', 'Mededeling', 'Later meer.');

  it('lists every question, answer and Mededeling in order', () => {
    const symbols = documentSymbols(model(text), dutch);
    assert.deepEqual(symbols.map((s) => s.name), ['Vraag 1', 'Vraag 2', 'Antwoord op vragen 1 en 2', 'Mededeling']);
    assert.equal(symbols[0].detail, 'Klopt het?');
    assert.deepEqual(symbols[2].selectionRange.start, { line: 6, character: 0 });
  });

  it('folds each question and answer over its text', () => {
    assert.deepEqual(foldingSections(model(text)).map((f) => [f.startLine, f.endLine]), [[0, 1], [3, 4], [6, 8], [10, 11]]);
  });
});
