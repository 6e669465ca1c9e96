import { questionKey, questionKeys } from '../model';
import { defineRule, type Finding } from './rule';

/**
 * "zie het antwoord op vraag 6" where the document has no question 6. A document without any
 * question (a cover letter alone, an article) may cite other documents' questions: not checked.
 */
export const unknownReference = defineRule({
  code: 'unknown-reference',
  defaultSeverity: 'warning',
  description: { nl: "Een verwijzing als 'zie het antwoord op vraag 6' naar een vraag die er niet is.", en: "A reference like 'zie het antwoord op vraag 6' to a question that does not exist." },
  check(model, { messages }) {
    const questions = new Set(model.questionHeadings.flatMap(questionKeys));
    if (questions.size === 0) return [];
    const findings: Finding[] = [];
    for (const reference of model.crossReferences) {
      reference.labels.forEach((label, i) => {
        if (!questions.has(questionKey(reference.set, label))) findings.push({ range: reference.numberRanges[i] ?? reference.range, message: messages.unknownReference(label) });
      });
    }
    return findings;
  },
});
