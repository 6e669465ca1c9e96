import type { Position, TextLines } from './text/lines';
import type { DocumentModel } from './model';
import { questionNumbers } from './model';
import { addDays, daysBetween, parseDutchDate, today, type CalendarDate } from './dates';

/** What the status bar shows: answer progress, and the days left to the deadline when known. */
export interface DocumentStatus {
  questions: number;
  answered: number;
  /** Where the first unanswered question's heading starts, to jump to. */
  firstUnanswered?: Position;
  /** The date the questions were sent ("ingezonden 3 januari 2024"), when the text gives it. */
  sent?: CalendarDate;
  /** Three weeks after `sent`. */
  due?: CalendarDate;
  /** Days from today to `due`; negative when late. */
  daysLeft?: number;
  hasMededeling: boolean;
}

const SENT = /\b(?:ingezonden|ingediend)\s+(?:op\s+)?(\d{1,2}\s+\p{L}+\s+\d{4})/iu;

/** Where the text says when the questions were sent: "(ingezonden 3 januari 2024", "Ingediend 9 november 2021". */
export function findSent(text: string): { date: CalendarDate | undefined; text: string; start: number } | undefined {
  const match = SENT.exec(text);
  if (!match) return undefined;
  return { date: parseDutchDate(match[1]), text: match[1], start: match.index + match[0].length - match[1].length };
}

/** The date the questions were sent, when the text gives it. */
export function sentDate(lines: TextLines): CalendarDate | undefined {
  return findSent(lines.text)?.date;
}

export const ANSWER_TERM_DAYS = 21;

export function documentStatus(model: DocumentModel, lines: TextLines, now: CalendarDate = today()): DocumentStatus {
  const answered = new Set(model.answers.flatMap((a) => a.numbers));
  const numbers = [...new Set(questionNumbers(model))];
  const firstUnanswered = model.questionHeadings.find((h) => h.numbers.some((n) => !answered.has(n)));
  const sent = sentDate(lines);
  const due = sent && addDays(sent, ANSWER_TERM_DAYS);
  return {
    questions: numbers.length,
    answered: numbers.filter((n) => answered.has(n)).length,
    firstUnanswered: firstUnanswered?.range.start,
    sent,
    due,
    daysLeft: due && daysBetween(now, due),
    hasMededeling: model.mededelingen.length > 0,
  };
}
