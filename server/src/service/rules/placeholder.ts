import { defineRule } from './rule';

/** Text still to fill in: a draft that passes the checks can go to the signing line. */
export const placeholder = defineRule({
  code: 'placeholder',
  defaultSeverity: 'error',
  description: { nl: "Nog in te vullen tekst: 'PM', 'XXX', '[...]', '<invullen>', '2026Z00000'.", en: "Text still to be filled in: 'PM', 'XXX', '[...]', '<invullen>', '2026Z00000'." },
  check(model, { messages }) {
    return model.placeholders.map((found) => ({ range: found.range, message: messages.placeholder(found.text) }));
  },
});
