import { questionKey } from '../model';
import { defineRule, type Finding } from './rule';

/** The same question number on two question headings. */
export const duplicateQuestion = defineRule({
  code: 'duplicate-question',
  defaultSeverity: 'warning',
  description: { nl: 'Een vraagnummer dat twee keer voorkomt.', en: 'A question number used twice.' },
  check(model, { messages }) {
    const firstHeading = new Map<string, number>();
    const findings: Finding[] = [];
    for (const heading of model.questionHeadings) {
      for (const label of heading.labels) {
        const key = questionKey(heading.set, label);
        const first = firstHeading.get(key);
        if (first === undefined) firstHeading.set(key, heading.line);
        else findings.push({ range: heading.range, message: messages.duplicateQuestion(label, first) });
      }
    }
    return findings;
  },
});
