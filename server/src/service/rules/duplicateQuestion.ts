import { messages } from '../messages';
import type { Finding, Rule } from './rule';

/** The same question number on two question headings. */
export const duplicateQuestion: Rule = {
  code: 'duplicate-question',
  defaultSeverity: 'warning',
  check(model) {
    const firstHeading = new Map<number, number>();
    const findings: Finding[] = [];
    for (const heading of model.questionHeadings) {
      for (const n of heading.numbers) {
        const first = firstHeading.get(n);
        if (first === undefined) {
          firstHeading.set(n, heading.line);
          continue;
        }
        findings.push({
          range: heading.range,
          message: messages.duplicateQuestion(n, first),
          data: { kind: 'question', question: n, headingLine: heading.line },
        });
      }
    }
    return findings;
  },
};
