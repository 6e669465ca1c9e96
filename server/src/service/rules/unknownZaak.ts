import { messages } from '../messages';
import type { Rule } from './rule';

/**
 * A zaaknummer that is neither in the workspace nor in a register: perhaps a typo. Off by
 * default (a hint when on), and silent when no workspace or register is known (the CLI).
 * The document's own zaaknummer ("Uw kenmerk", the heading) is not checked.
 */
export const unknownZaak: Rule = {
  code: 'unknown-zaak',
  defaultSeverity: 'off',
  check(model, context) {
    const isKnown = context.isKnownZaak;
    if (!isKnown) return [];
    const own = new Set(model.letterFields.filter((f) => f.label === 'Uw kenmerk').map((f) => f.value.replace(/\s/g, '')));
    return model.kenmerken
      .filter((k) => k.kind === 'zaaknummer' && !k.problem && !own.has(k.value) && !isKnown(k.value))
      .map((k) => ({ range: k.range, message: messages.unknownZaak(k.value) }));
  },
};
