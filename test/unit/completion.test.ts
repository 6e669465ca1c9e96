import { strict as assert } from 'assert';
import { applyEdits, parseDocument, snippetCompletions } from '../../server/src/service';
import { draft, dutch } from '../helpers/draft';

describe('snippet completions from the server', () => {
  const text = draft('Vraag 1', 'a?[1]', '', 'Antwoord op vraag 1', 'x', '', 'vr', '', '[1] NOS');

  it('offers the next question number at the start of a line, replacing the typed word', () => {
    const items = snippetCompletions(parseDocument(text), { line: 6, character: 2 }, dutch);
    const question = items.find((i) => i.label === 'Vraag 2 met antwoord')!;
    assert.ok(question);
    assert.deepEqual(question.textEdit.range, { start: { line: 6, character: 0 }, end: { line: 6, character: 2 } });
    assert.equal(question.textEdit.newText, 'Vraag 2\n${1:<vraag>}\n\nAntwoord op vraag 2\n${2:<antwoord>}\n$0', 'the question text is the first tab stop');
  });

  it('does not offer a question in the middle of a sentence', () => {
    const items = snippetCompletions(parseDocument('Zie het antwoord'), { line: 0, character: 16 }, dutch);
    assert.ok(!items.some((i) => i.label.startsWith('Vraag')));
  });

  it('offers the next footnote with its definition after the others', () => {
    const parsed = parseDocument(text);
    const footnote = snippetCompletions(parsed, { line: 4, character: 1 }, dutch).find((i) => i.label.startsWith('Voetnoot'))!;
    assert.equal(footnote.label, 'Voetnoot [2] met voetnoottekst');
    assert.equal(applyEdits(parsed.lines, footnote.additionalTextEdits!), text + '\n[2] <invullen>');
  });
});
