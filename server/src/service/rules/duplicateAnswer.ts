import { messages } from '../messages';
import type { Finding, Rule } from './rule';

/** A question answered by two answer headings. */
export const duplicateAnswer: Rule = {
  code: 'duplicate-answer',
  defaultSeverity: 'warning',
  check(model) {
    const firstAnswer = new Map<number, number>();
    const findings: Finding[] = [];
    for (const answer of model.answers) {
      answer.numbers.forEach((n, i) => {
        const first = firstAnswer.get(n);
        if (first === undefined) {
          firstAnswer.set(n, answer.line);
          return;
        }
        findings.push({
          range: answer.numberRanges[i] ?? answer.range,
          message: messages.duplicateAnswer(n, first),
          data: { kind: 'answer', question: n },
        });
      });
    }
    return findings;
  },
};
