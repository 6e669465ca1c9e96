import { messages } from '../messages';
import type { Finding, Rule } from './rule';

/** Every question needs an answer heading that names it (or a bare "Antwoord" below it). */
export const unansweredQuestion: Rule = {
  code: 'unanswered-question',
  defaultSeverity: 'error',
  check(model) {
    const answered = new Set(model.answers.flatMap((answer) => answer.numbers));
    const findings: Finding[] = [];
    for (const heading of model.questionHeadings) {
      for (const n of heading.numbers) {
        if (answered.has(n)) continue;
        answered.add(n); // a number used twice is duplicate-question's finding, not a second one here
        findings.push({
          range: heading.range,
          message: messages.unansweredQuestion(n),
          data: { kind: 'question', question: n, headingLine: heading.line },
        });
      }
    }
    return findings;
  },
};
