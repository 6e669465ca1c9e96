import { strict as assert } from 'assert';
import { DEFAULT_ANSWER_TERMS } from '../../server/src/service/config';
import { addDays, daysBetween, formatDutchDate, isRealDate, parseDutchDate } from '../../server/src/service/dates';
import { mededelingText } from '../../server/src/service/edits';
import { documentStatus } from '../../server/src/service/features/status';
import { parseDocument } from '../../server/src/service/parse/parseDocument';
import { draft } from '../helpers/draft';

describe('Dutch dates', () => {
  it('parses and formats dates as letters write them', () => {
    assert.deepEqual(parseDutchDate('ingezonden 3 januari 2024'), { day: 3, month: 1, year: 2024 });
    assert.equal(formatDutchDate({ day: 22, month: 11, year: 2026 }), '22 november 2026');
    assert.equal(parseDutchDate('3 jan 2024'), undefined);
  });

  it('knows which dates exist and counts days across months and years', () => {
    assert.equal(isRealDate({ day: 31, month: 2, year: 2024 }), false);
    assert.equal(isRealDate({ day: 29, month: 2, year: 2024 }), true);
    assert.deepEqual(addDays({ day: 20, month: 12, year: 2025 }, 21), { day: 10, month: 1, year: 2026 });
    assert.equal(daysBetween({ day: 1, month: 3, year: 2024 }, { day: 1, month: 2, year: 2024 }), -29);
  });
});

describe('document status', () => {
  const text = draft('Vragen van het lid Jansen (VVD) over camera\'s (ingezonden 3 januari 2026, 2026Z00025).', '', 'Vraag 1', 'a?', 'Antwoord 1', 'x', 'Vraag 2', 'b?', 'Vraag 3', 'c?');

  it('counts answered questions, finds the first unanswered one and the days to the deadline', () => {
    const status = documentStatus(parseDocument(text), { day: 20, month: 1, year: 2026 }, DEFAULT_ANSWER_TERMS);
    assert.equal(status.questions, 3);
    assert.equal(status.answered, 1);
    assert.deepEqual(status.firstUnanswered, { line: 6, character: 0 });
    assert.deepEqual(status.due, { day: 24, month: 1, year: 2026 });
    assert.equal(status.daysLeft, 4);
    assert.equal(status.hasMededeling, false);
    assert.equal(status.postponed, false);
  });

  it('says a set of questions with a Mededeling and no answers is postponed, with no question to jump to', () => {
    const parsed = parseDocument(draft('Vraag 1', 'a?', 'Vraag 2', 'b?', '', 'Mededeling', 'De vragen kunnen niet binnen drie weken worden beantwoord.'));
    const status = documentStatus(parsed, { day: 20, month: 1, year: 2026 }, DEFAULT_ANSWER_TERMS);
    assert.equal(status.postponed, true);
    assert.equal(status.firstUnanswered, undefined);
  });

  it('gives no deadline for Eerste Kamer questions unless a term is set', () => {
    const ek = parseDocument(draft('Aan de Voorzitter van de Eerste Kamer der Staten-Generaal', text));
    assert.equal(documentStatus(ek, { day: 20, month: 1, year: 2026 }, DEFAULT_ANSWER_TERMS).due, undefined);
    assert.deepEqual(documentStatus(ek, { day: 20, month: 1, year: 2026 }, { eersteKamer: 42 }).due, { day: 14, month: 2, year: 2026 });
  });

  it('gives negative days when the deadline has passed', () => {
    assert.equal(documentStatus(parseDocument(text), { day: 27, month: 1, year: 2026 }, DEFAULT_ANSWER_TERMS).daysLeft, -3);
  });

  it('counts an answer only when it has text of its own, not a placeholder', () => {
    const placeholders = draft(
      'Vraag 1', 'a?', '', 'Antwoord op vraag 1', '<antwoord>', '',
      'Vraag 2', 'b?', '', 'Antwoord op vraag 2', 'PM', '',
      'Vraag 3', 'c?', '', 'Antwoord op vraag 3: <invullen>', '',
      'Vraag 4', 'd?', '', 'Antwoord op vraag 4', 'Ja, zie <bron>.', '',
      'Vraag 5', 'e?', '', 'Antwoord op vraag 5', '<antwoord>', '', '[1] <invullen>',
    );
    const status = documentStatus(parseDocument(placeholders), { day: 20, month: 1, year: 2026 }, DEFAULT_ANSWER_TERMS);
    assert.equal(status.questions, 5);
    assert.equal(status.answered, 1, 'only the answer to question 4 has text');
    assert.deepEqual(status.firstUnanswered, { line: 0, character: 0 });
  });

  it('judges no term where the deadline check does not: questions over a year old, a letter that was sent', () => {
    const old = draft("Vragen van het lid Jansen (VVD) over camera's (ingezonden 3 januari 2024, 2024Z00025).", '', 'Vraag 1', 'a?');
    const status = documentStatus(parseDocument(old), { day: 20, month: 1, year: 2026 }, DEFAULT_ANSWER_TERMS);
    assert.equal(status.daysLeft, undefined);
    assert.equal(status.due, undefined);
    assert.deepEqual(status.sent, { day: 3, month: 1, year: 2024 });
    const sent = draft('Datum 10 januari 2026', text);
    assert.equal(documentStatus(parseDocument(sent), { day: 27, month: 1, year: 2026 }, DEFAULT_ANSWER_TERMS).daysLeft, undefined);
  });
});

describe('the Mededeling', () => {

  it('writes the Mededeling for those questions, with placeholders for what it does not know', () => {
    const known = mededelingText(parseDocument("Vragen van het lid Jansen (VVD) aan de minister van Justitie en Veiligheid over camera's (ingezonden 3 januari 2026, 2026Z00025).").model, 'snippet');
    assert.match(known, /De vragen van het lid Jansen \(VVD\) over camera's \(ingezonden 3 januari 2026, 2026Z00025\) kunnen niet binnen de gebruikelijke termijn/);
    assert.match(mededelingText(parseDocument('Vraag 1').model, 'snippet'), /De vragen van \$\{1:<het lid naam \(partij\)>\} over \$\{2:<onderwerp>\}/);
  });

  it('as plain text (the quick fix) leaves what it does not know as <invullen>', () => {
    const plain = mededelingText(parseDocument('Vraag 1').model, 'plain');
    assert.match(plain, /^Mededeling\n\nDe vragen van <invullen> over <invullen> \(ingezonden <invullen>\)/);
    assert.doesNotMatch(plain, /\$\{/);
  });

  it('escapes snippet syntax in text it copies', () => {
    assert.match(mededelingText(parseDocument('Vragen van het lid A (B) aan de minister over $100 en {x} (ingezonden 3 januari 2026).').model, 'snippet'), /over \\\$100 en \{x\\\}/);
  });
});
