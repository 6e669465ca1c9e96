import { questionKey, questionKeys } from '../model';
import { defineRule, type Finding } from './rule';

/** An answer heading that names a question the document does not have. */
export const unknownQuestion = defineRule({
  code: 'unknown-question',
  defaultSeverity: 'error',
  description: { nl: 'Een antwoordkop die een vraag noemt die het document niet heeft.', en: 'An answer heading that names a question the document does not have.' },
  check(model, { messages }) {
    const questions = new Set(model.questionHeadings.flatMap(questionKeys));
    const findings: Finding[] = [];
    for (const answer of model.answers) {
      if (!answer.hasHeading) continue;
      if (answer.numbers.length === 0) {
        findings.push({ range: answer.range, message: messages.answerWithoutQuestion() });
        continue;
      }
      answer.labels.forEach((label, i) => {
        if (!questions.has(questionKey(answer.set, label))) findings.push({ range: answer.numberRanges[i] ?? answer.range, message: messages.unknownQuestion(label) });
      });
    }
    return findings;
  },
});
