import { questionKey, questionKeys } from '../model';
import { endOfLine, FILL_IN, insertAt, joinLines, type Fix } from '../edits';
import { dataOf, defineRule, type Finding } from './rule';

interface QuestionData {
  /** The label as printed: "3", "2b". */
  question: string;
  headingLine: number;
}

/**
 * Every question needs an answer heading that names it (or a bare "Antwoord" below it). Questions
 * followed by a Mededeling and no answers are postponed, not forgotten.
 */
export const unansweredQuestion = defineRule<'unanswered-question', QuestionData>({
  code: 'unanswered-question',
  defaultSeverity: 'error',
  description: { nl: 'Een vraag zonder antwoordkop.', en: 'A question that no answer heading answers.' },
  check(model, { messages }) {
    if (model.postponed) return [];
    const answered = new Set(model.answers.flatMap(questionKeys));
    const findings: Array<Finding<QuestionData>> = [];
    for (const heading of model.questionHeadings) {
      for (const label of heading.labels) {
        const key = questionKey(heading.set, label);
        if (answered.has(key)) continue;
        answered.add(key); // a number used twice is duplicate-question's finding, not a second one here
        findings.push({ range: heading.range, message: messages.unansweredQuestion(label), data: { question: label, headingLine: heading.line } });
      }
    }
    return findings;
  },
  /**
   * "Antwoord op vraag N" after the question's text, in the document's own style. In a web
   * rendering, whose answers are the paragraphs after each question, a heading would end that
   * reading for every other answer: there the fix adds the answer's paragraph to fill in.
   */
  fixes({ model, lines }, diagnostic, messages) {
    const data = dataOf<QuestionData>(diagnostic, 'question', 'headingLine');
    const heading = data && model.questionHeadings.find((h) => h.line === data.headingLine && h.labels.includes(String(data.question)));
    if (!data || !heading) return [];
    if (model.answers.length > 0 && model.answers.every((a) => !a.hasHeading)) {
      const questionEnd = heading.textLines.length > 0 ? heading.textLines[heading.textLines.length - 1] : heading.line;
      const edits = [insertAt(endOfLine(lines, questionEnd), joinLines(lines, '', '', FILL_IN))];
      return [{ title: messages.addAnswerText(data.question), kind: 'quickfix', isPreferred: true, edits }];
    }
    const bareStyle = model.answers.length > 0 && model.answers.every((a) => !a.numbered);
    const title = bareStyle ? 'Antwoord' : `Antwoord op vraag ${data.question}`;
    const fix: Fix = {
      title: messages.addAnswerHeading(title),
      kind: 'quickfix',
      isPreferred: true,
      edits: [insertAt(endOfLine(lines, heading.sectionRange.end.line), joinLines(lines, '', '', title, ''))],
    };
    return [fix];
  },
});
