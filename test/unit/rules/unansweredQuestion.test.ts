import { strict as assert } from 'assert';
import { checkDocument } from '../../../server/src/service/check';
import { applyEdits } from '../../../server/src/service/edits';
import { quickFixes } from '../../../server/src/service/features/codeActions';
import { parseDocument } from '../../../server/src/service/parse/parseDocument';
import { draft, dutch, inputs, withCode } from '../../helpers/draft';

describe('rule unanswered-question', () => {
  it('reports a question without an answer, on its heading, in Dutch with what to do', () => {
    const found = withCode(draft('Vraag 1', 'Klopt het?', 'Antwoord op vraag 1', 'Ja.', 'Vraag 2', 'Waarom?'), 'unanswered-question');
    assert.equal(found.length, 1);
    assert.equal(found[0].message, "Vraag 2 heeft geen antwoord. Voeg 'Antwoord op vraag 2' toe.");
    assert.deepEqual(found[0].range, { start: { line: 4, character: 0 }, end: { line: 4, character: 7 } });
    assert.equal(found[0].severity, 1);
    assert.deepEqual(found[0].data, { question: '2', headingLine: 4 });
  });

  it('accepts grouped, ranged and out-of-order answers', () => {
    const text = draft('Vraag 7', 'a?', 'Vraag 8', 'b?', 'Vraag 10', 'c?', 'Antwoord vraag 7, 8 en 10', 'x', 'Vraag 9', 'd?', 'Antwoord 9', 'y');
    assert.deepEqual(withCode(text, 'unanswered-question'), []);
    assert.deepEqual(withCode(draft('Vraag 2 t/m 4', 'a?', 'Antwoord 2-4', 'x'), 'unanswered-question'), []);
  });

  it('does not report questions postponed by a Mededeling in place of the answers', () => {
    assert.deepEqual(withCode(draft('Vraag 1', 'a?', 'Vraag 2', 'b?', 'Mededeling', 'De vragen worden later beantwoord.'), 'unanswered-question'), []);
    // a Mededeling among answers postpones nothing
    assert.equal(withCode(draft('Vraag 1', 'a?', 'Antwoord op vraag 1', 'x', 'Vraag 2', 'b?', 'Mededeling', 'Later.'), 'unanswered-question').length, 1);
  });

  it('reports each unanswered question of a grouped heading', () => {
    const found = withCode(draft('Vraag 3, 4 en 5', 'a?', 'Antwoord op vraag 3', 'x'), 'unanswered-question');
    assert.deepEqual(found.map((d) => d.message.split(' ')[1]), ['4', '5']);
  });
});

describe('rule unanswered-question, its fix in a web rendering', () => {
  it('adds the answer paragraph to fill in, not a heading that would end every other answer', () => {
    const text = draft('• Vraag 1', 'Klopt het?', '', '• Vraag 2', 'Waarom?', '', 'Daarom, zie de brief.', '', '[1] NOS');
    const parsed = parseDocument(text);
    const [unanswered] = checkDocument(parsed, inputs(), dutch).filter((d) => d.code === 'unanswered-question');
    assert.match(unanswered.message, /Vraag 1 heeft geen antwoord/);
    const [fix] = quickFixes(parsed, unanswered, dutch);
    assert.equal(fix.title, 'Voeg een antwoord op vraag 1 toe');
    const after = applyEdits(parsed.lines, fix.edits);
    assert.equal(after, draft('• Vraag 1', 'Klopt het?', '', '<invullen>', '', '• Vraag 2', 'Waarom?', '', 'Daarom, zie de brief.', '', '[1] NOS'));
    assert.deepEqual(checkDocument(parseDocument(after), inputs(), dutch).map((d) => d.code).filter((c) => c !== 'unused-footnote'), ['placeholder']);
  });
});
