import { messages } from '../messages';
import { defineRule, type Finding } from './rule';

/** A question answered by two answer headings. */
export const duplicateAnswer = defineRule({
  code: 'duplicate-answer',
  defaultSeverity: 'warning',
  description: { nl: 'Een vraag die twee keer wordt beantwoord.', en: 'A question answered twice.' },
  check(model) {
    const firstAnswer = new Map<number, number>();
    const findings: Finding[] = [];
    for (const answer of model.answers) {
      answer.numbers.forEach((n, i) => {
        const first = firstAnswer.get(n);
        if (first === undefined) firstAnswer.set(n, answer.line);
        else findings.push({ range: answer.numberRanges[i] ?? answer.range, message: messages.duplicateAnswer(n, first) });
      });
    }
    return findings;
  },
});
