import { addDays, daysBetween, DUTCH_MONTHS, formatDutchDate, isRealDate, parseDutchDate, type CalendarDate } from '../dates';
import { messages } from '../messages';
import { ANSWER_TERM_DAYS, findSent } from '../status';
import type { Finding, Rule } from './rule';

/**
 * The answer is due three weeks after the questions were sent ("ingezonden 3 januari 2024").
 * Past that date (today, or the letter's date if that is later) without a Mededeling: a warning
 * with the days late. A date that does not exist ("31 februari 2024") is an error.
 *
 * The check is about drafts. A document that was received or published ("ontvangen ...",
 * "Beantwoord ..."), a letter dated in the past (it has been sent), and the answers to questions
 * sent more than a year ago (archive copies kept for reference) are not drafts.
 */
/** Only the 29th to 31st of a month can fail to exist: those are the dates worth checking. */
const LATE_DAY_DATE = new RegExp(`\\b(29|30|31)\\s+(${DUTCH_MONTHS.join('|')})\\s+(\\d{4})\\b`, 'gi');
const ANSWERED = /\(ontvangen\s|\bBeantwoord\s+\d{1,2}\s+\p{L}+\s+\d{4}|\bAanhangsel van de Handelingen\b/u;
const LETTER_DATE = /^\s*Datum:?\s+(\d{1,2}\s+\p{L}+\s+\d{4})/mu;
const ARCHIVE_DAYS = 365;

export const deadline: Rule = {
  code: 'deadline',
  defaultSeverity: 'warning',
  check(model, context) {
    const { lines, today } = context;
    const text = lines.text;
    const findings: Finding[] = [];
    for (const m of text.matchAll(LATE_DAY_DATE)) {
      const date = { day: Number(m[1]), month: DUTCH_MONTHS.indexOf(m[2].toLowerCase() as (typeof DUTCH_MONTHS)[number]) + 1, year: Number(m[3]) };
      if (!isRealDate(date)) findings.push({ range: lines.range(m.index, m.index + m[0].length), message: messages.nonexistentDate(m[0]), severity: 'error' });
    }
    const sentAt = findSent(text);
    const sent = sentAt?.date;
    if (!sentAt || !sent || !isRealDate(sent)) return findings;
    if (model.mededelingen.length > 0 || ANSWERED.test(text)) return findings;
    const letterDate = LETTER_DATE.exec(text);
    const dated: CalendarDate | undefined = letterDate ? parseDutchDate(letterDate[1]) : undefined;
    if (dated && daysBetween(dated, today) > 0) return findings; // dated in the past: sent
    if (daysBetween(sent, today) > ARCHIVE_DAYS) return findings;
    const due = addDays(sent, ANSWER_TERM_DAYS);
    const reference = dated && daysBetween(today, dated) > 0 ? dated : today;
    const daysLate = daysBetween(due, reference);
    if (daysLate <= 0) return findings;
    findings.push({
      range: lines.range(sentAt.start, sentAt.start + sentAt.text.length),
      message: messages.answersLate(daysLate, formatDutchDate(sent), formatDutchDate(due)),
      data: { kind: 'deadline', daysLate },
    });
    return findings;
  },
};
