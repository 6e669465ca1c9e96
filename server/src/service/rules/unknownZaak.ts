import { normalizeZaaknummer } from '../parse/letter';
import { defineRule } from './rule';

/**
 * A zaaknummer that is neither in the workspace nor in a register: perhaps a typo. Off by
 * default, and silent when no workspace or register is known (the CLI). The document's own
 * zaaknummer (Uw kenmerk) is not checked.
 */
export const unknownZaak = defineRule({
  code: 'unknown-zaak',
  defaultSeverity: 'off',
  description: { nl: 'Een zaaknummer dat niet in de werkmap of in een register staat.', en: 'A zaaknummer that is neither in the workspace nor in a register.' },
  check(model, { messages, isKnownZaak: isKnown }) {
    if (!isKnown) return [];
    const own = model.letter.uwKenmerk && normalizeZaaknummer(model.letter.uwKenmerk.value);
    return model.kenmerken
      .filter((k) => k.kind === 'zaaknummer' && !k.problem && k.value !== own && !isKnown(k.value))
      .map((k) => ({ range: k.range, message: messages.unknownZaak(k.value) }));
  },
});
