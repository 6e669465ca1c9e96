import type { AnswerHeading, Placeholder } from '../model';
import { questionKeys } from '../model';
import { daysBetween, isRealDate, type CalendarDate } from '../dates';
import type { AnswerTerms } from '../rules/rule';
import { judgedTerm } from '../rules/deadline';
import type { ParsedDocument } from '../parse/parseDocument';
import type { Position } from '../text/lines';

/** What the status bar shows (the kamervragen/status request). */
export interface DocumentStatus {
  questions: number;
  /** Questions whose answer has text of its own: not only '<antwoord>' or other text still to fill in. */
  answered: number;
  /** Where the first unanswered question's heading starts, to jump to. */
  firstUnanswered?: Position;
  /** The date the questions being answered were sent, when the text gives it. */
  sent?: CalendarDate;
  /**
   * The end of the answer term, when the deadline check judges this draft: not for a letter that
   * was sent or published, nor for questions over a year old (see rules/deadline.ts).
   */
  due?: CalendarDate;
  /** Days from today to `due`; negative when late. */
  daysLeft?: number;
  hasMededeling: boolean;
  /** Questions followed by a Mededeling and no answers. */
  postponed: boolean;
}

/** Whether an answer has text besides its heading and what is still to be filled in (`holes`, by line). */
function hasText(parsed: ParsedDocument, answer: AnswerHeading, holes: Map<number, Placeholder[]>): boolean {
  if (answer.empty) return false;
  const { start, end } = answer.sectionRange;
  for (let line = start.line; line <= end.line; line++) {
    let text = parsed.lines.lineText(line);
    if (line === answer.line && answer.hasHeading) text = ' '.repeat(answer.range.end.character) + text.slice(answer.range.end.character);
    // blanked out from the last, so earlier columns stay put
    for (const hole of [...(holes.get(line) ?? [])].reverse()) text = text.slice(0, hole.range.start.character) + ' '.repeat(hole.range.end.character - hole.range.start.character) + text.slice(hole.range.end.character);
    if (/[\p{L}\d]/u.test(text)) return true;
  }
  return false;
}

/** The status bar's data: answer progress, and the days left to the deadline when it is judged. */
export function documentStatus(parsed: ParsedDocument, now: CalendarDate, answerTerms: AnswerTerms): DocumentStatus {
  const { model } = parsed;
  const holes = new Map<number, Placeholder[]>();
  for (const placeholder of model.placeholders) {
    const line = placeholder.range.start.line;
    holes.set(line, [...(holes.get(line) ?? []), placeholder]);
  }
  const answered = new Set(model.answers.filter((answer) => hasText(parsed, answer, holes)).flatMap(questionKeys));
  const numbers = [...new Set(model.questionHeadings.flatMap(questionKeys))];
  const firstUnanswered = model.postponed ? undefined : model.questionHeadings.find((h) => questionKeys(h).some((key) => !answered.has(key)));
  const term = judgedTerm(model, now, answerTerms);
  return {
    questions: numbers.length,
    answered: numbers.filter((n) => answered.has(n)).length,
    firstUnanswered: firstUnanswered?.range.start,
    sent: model.letter.sent?.date && isRealDate(model.letter.sent.date) ? model.letter.sent.date : undefined,
    due: term?.due,
    daysLeft: term && daysBetween(now, term.due),
    hasMededeling: model.mededelingen.length > 0,
    postponed: model.postponed,
  };
}
