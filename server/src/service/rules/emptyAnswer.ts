import { defineRule } from './rule';

/**
 * An answer heading with nothing under it before the next heading: the quick fix and the snippets
 * insert exactly that, and the question would otherwise count as answered.
 */
export const emptyAnswer = defineRule({
  code: 'empty-answer',
  defaultSeverity: 'error',
  description: { nl: 'Een antwoordkop zonder antwoordtekst.', en: 'An answer heading with no answer text under it.' },
  check(model, { messages }) {
    return model.answers.filter((answer) => answer.empty).map((answer) => ({ range: answer.range, message: messages.emptyAnswer(answer.labels) }));
  },
});
