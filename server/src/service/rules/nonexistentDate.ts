import { defineRule } from './rule';

/** "31 februari 2024": a date that does not exist is a typo in a letter that will be signed. */
export const nonexistentDate = defineRule({
  code: 'nonexistent-date',
  defaultSeverity: 'error',
  description: { nl: "Een datum die niet bestaat ('31 februari 2024').", en: "A date that does not exist ('31 februari 2024')." },
  check(model, { messages }) {
    return model.nonexistentDates.map((date) => ({ range: date.range, message: messages.nonexistentDate(date.text.replace(/\s+/g, ' ')) }));
  },
});
