import { messages } from '../messages';
import { defineRule, type Finding } from './rule';

/** The same question number on two question headings. */
export const duplicateQuestion = defineRule({
  code: 'duplicate-question',
  defaultSeverity: 'warning',
  description: { nl: 'Een vraagnummer dat twee keer voorkomt.', en: 'A question number used twice.' },
  check(model) {
    const firstHeading = new Map<number, number>();
    const findings: Finding[] = [];
    for (const heading of model.questionHeadings) {
      for (const n of heading.numbers) {
        const first = firstHeading.get(n);
        if (first === undefined) firstHeading.set(n, heading.line);
        else findings.push({ range: heading.range, message: messages.duplicateQuestion(n, first) });
      }
    }
    return findings;
  },
});
