import { questionKey } from '../model';
import { defineRule, type Finding } from './rule';

/** A question answered by two answer headings. */
export const duplicateAnswer = defineRule({
  code: 'duplicate-answer',
  defaultSeverity: 'warning',
  description: { nl: 'Een vraag die twee keer wordt beantwoord.', en: 'A question answered twice.' },
  check(model, { messages }) {
    const firstAnswer = new Map<string, number>();
    const findings: Finding[] = [];
    for (const answer of model.answers) {
      answer.labels.forEach((label, i) => {
        const key = questionKey(answer.set, label);
        const first = firstAnswer.get(key);
        if (first === undefined) firstAnswer.set(key, answer.line);
        else findings.push({ range: answer.numberRanges[i] ?? answer.range, message: messages.duplicateAnswer(label, first) });
      });
    }
    return findings;
  },
});
