import { messages } from '../messages';
import { questionNumbers } from '../model';
import type { Finding, Rule } from './rule';

/** An answer heading that names a question the document does not have. */
export const unknownQuestion: Rule = {
  code: 'unknown-question',
  defaultSeverity: 'error',
  check(model) {
    const questions = new Set(questionNumbers(model));
    const findings: Finding[] = [];
    for (const answer of model.answers) {
      if (!answer.hasHeading) continue;
      if (answer.numbers.length === 0) {
        findings.push({ range: answer.range, message: messages.answerWithoutQuestion(), data: { kind: 'answer' } });
        continue;
      }
      answer.numbers.forEach((n, i) => {
        if (questions.has(n)) return;
        findings.push({
          range: answer.numberRanges[i] ?? answer.range,
          message: messages.unknownQuestion(n),
          data: { kind: 'answer', question: n },
        });
      });
    }
    return findings;
  },
};
