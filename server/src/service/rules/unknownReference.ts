import { messages } from '../messages';
import { questionNumbers } from '../model';
import type { Finding, Rule } from './rule';

/**
 * "zie het antwoord op vraag 6" where the document has no question 6. A document without any
 * question (a cover letter alone, an article) may cite other documents' questions: not checked.
 */
export const unknownReference: Rule = {
  code: 'unknown-reference',
  defaultSeverity: 'warning',
  check(model) {
    const questions = new Set(questionNumbers(model));
    if (questions.size === 0) return [];
    const findings: Finding[] = [];
    for (const reference of model.crossReferences) {
      reference.numbers.forEach((n, i) => {
        if (questions.has(n)) return;
        findings.push({
          range: reference.numberRanges[i] ?? reference.range,
          message: messages.unknownReference(n),
          data: { kind: 'reference', question: n },
        });
      });
    }
    return findings;
  },
};
