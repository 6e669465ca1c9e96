import { messages } from '../messages';
import type { Rule } from './rule';

/** A zaaknummer, Aanhangsel or Kamerstuk citation that does not fit its format ("2024Z0025"). */
export const malformedKenmerk: Rule = {
  code: 'malformed-kenmerk',
  defaultSeverity: 'warning',
  check(model) {
    return model.kenmerken
      .filter((kenmerk) => kenmerk.problem !== undefined)
      .map((kenmerk) => ({ range: kenmerk.range, message: messages.malformedKenmerk(kenmerk.text.replace(/\s+/g, ' '), kenmerk.problem!) }));
  },
};
