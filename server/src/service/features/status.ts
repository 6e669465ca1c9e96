import type { DocumentModel } from '../model';
import { questionKeys } from '../model';
import { addDays, daysBetween, isRealDate, type CalendarDate } from '../dates';
import type { AnswerTerms } from '../rules/rule';
import type { Position } from '../text/lines';

/** What the status bar shows (the kamervragen/status request). */
export interface DocumentStatus {
  questions: number;
  answered: number;
  /** Where the first unanswered question's heading starts, to jump to. */
  firstUnanswered?: Position;
  /** The date the questions being answered were sent, when the text gives it. */
  sent?: CalendarDate;
  /** The end of the answer term, when the chamber has one. */
  due?: CalendarDate;
  /** Days from today to `due`; negative when late. */
  daysLeft?: number;
  hasMededeling: boolean;
  /** Questions followed by a Mededeling and no answers. */
  postponed: boolean;
}

/** The status bar's data: answer progress, and the days left to the deadline when known. */
export function documentStatus(model: DocumentModel, now: CalendarDate, answerTerms: AnswerTerms): DocumentStatus {
  const answered = new Set(model.answers.flatMap(questionKeys));
  const numbers = [...new Set(model.questionHeadings.flatMap(questionKeys))];
  const firstUnanswered = model.postponed ? undefined : model.questionHeadings.find((h) => questionKeys(h).some((key) => !answered.has(key)));
  const sent = model.letter.sent?.date && isRealDate(model.letter.sent.date) ? model.letter.sent.date : undefined;
  const term = model.letter.chamber === 'eerste-kamer' ? answerTerms.eersteKamer : answerTerms.tweedeKamer;
  const due = sent && term !== undefined ? addDays(sent, term) : undefined;
  return {
    questions: numbers.length,
    answered: numbers.filter((n) => answered.has(n)).length,
    firstUnanswered: firstUnanswered?.range.start,
    sent,
    due,
    daysLeft: due && daysBetween(now, due),
    hasMededeling: model.mededelingen.length > 0,
    postponed: model.postponed,
  };
}
