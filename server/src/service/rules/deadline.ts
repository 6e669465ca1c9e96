import { addDays, daysBetween, formatDutchDate, isRealDate, type CalendarDate } from '../dates';
import type { DocumentModel } from '../model';
import { endOfLine, insertAt, joinLines, mededelingText } from '../edits';
import { dataOf, defineRule, type AnswerTerms } from './rule';

/**
 * The answer is due a term after the questions were sent (three weeks for the Tweede Kamer; the
 * Eerste Kamer has no fixed term unless the settings give one). Past that date (today, or the
 * letter's date if that is later) without a Mededeling: a warning with the days late.
 *
 * The check is about drafts. A document that was received or published, a letter dated in the
 * past (it has been sent), and the answers to questions sent more than a year ago (archive
 * copies kept for reference) are not drafts.
 */
const ARCHIVE_DAYS = 365;

/** The answer term of a draft, when there is one to judge (see above); the Mededeling aside. */
export interface JudgedTerm {
  sent: CalendarDate;
  due: CalendarDate;
  /** The day lateness is counted to: today, or the letter's date when that is later. */
  reference: CalendarDate;
}

export function judgedTerm(model: DocumentModel, today: CalendarDate, answerTerms: AnswerTerms): JudgedTerm | undefined {
  const { letter } = model;
  const term = letter.chamber === 'eerste-kamer' ? answerTerms.eersteKamer : answerTerms.tweedeKamer;
  const sent = letter.sent?.date;
  if (term === undefined || !sent || !isRealDate(sent)) return undefined;
  if (letter.received || letter.published) return undefined;
  const dated = letter.letterDate?.date && isRealDate(letter.letterDate.date) ? letter.letterDate.date : undefined;
  if (dated && daysBetween(dated, today) > 0) return undefined; // dated in the past: sent
  if (daysBetween(sent, today) > ARCHIVE_DAYS) return undefined;
  return { sent, due: addDays(sent, term), reference: dated && daysBetween(today, dated) > 0 ? dated : today };
}

export const deadline = defineRule<'deadline', { daysLate: number }>({
  code: 'deadline',
  defaultSeverity: 'warning',
  description: { nl: 'De termijn voor de antwoorden is verstreken en er is geen Mededeling.', en: 'The answer term has passed and there is no Mededeling.' },
  check(model, { messages, today, answerTerms }) {
    if (model.mededelingen.length > 0 || !model.letter.sent) return [];
    const term = judgedTerm(model, today, answerTerms);
    if (!term) return [];
    const daysLate = daysBetween(term.due, term.reference);
    if (daysLate <= 0) return [];
    return [{ range: model.letter.sent.range, message: messages.answersLate(daysLate, formatDutchDate(term.sent), formatDutchDate(term.due)), data: { daysLate } }];
  },
  /** The Mededeling at the end of the document, as plain text any editor can apply. */
  fixes({ model, lines }, diagnostic, messages) {
    if (!dataOf<{ daysLate: number }>(diagnostic, 'daysLate')) return [];
    const end = endOfLine(lines, lines.count - 1);
    const text = mededelingText(model, 'plain').split('\n');
    return [{ title: messages.insertMededeling(), kind: 'quickfix', isPreferred: true, edits: [insertAt(end, joinLines(lines, '', '', ...text))] }];
  },
});
