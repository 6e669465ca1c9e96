import { defineRule } from './rule';

/** A zaaknummer, Aanhangsel or Kamerstuk citation that does not fit its format ("2024Z0025"). */
export const malformedKenmerk = defineRule({
  code: 'malformed-kenmerk',
  defaultSeverity: 'warning',
  description: { nl: 'Een zaaknummer of Aanhangsel- of Kamerstukcitaat dat niet de juiste vorm heeft.', en: 'A zaaknummer, Aanhangsel or Kamerstuk citation that does not fit its format.' },
  check(model, { messages }) {
    return model.kenmerken.flatMap((kenmerk) =>
      kenmerk.problem ? [{ range: kenmerk.range, message: messages.malformedKenmerk(kenmerk.text.replace(/\s+/g, ' '), kenmerk.problem) }] : [],
    );
  },
});
