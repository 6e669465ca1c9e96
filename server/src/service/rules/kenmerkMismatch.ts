import { normalizeZaaknummer, ZAAKNUMMER_SHAPE } from '../parse/letter';
import { defineRule } from './rule';

/**
 * "Uw kenmerk" is the zaaknummer of the questions being answered; the letter names that set too
 * ("(ingezonden 3 januari 2024, 2024Z00025)", "uw brief van ..., nr. 2024Z00025").
 */
export const kenmerkMismatch = defineRule({
  code: 'kenmerk-mismatch',
  defaultSeverity: 'warning',
  description: { nl: 'Uw kenmerk verschilt van het zaaknummer van de vragen.', en: 'Uw kenmerk differs from the zaaknummer of the questions.' },
  check(model, { messages }) {
    const { uwKenmerk, setZaaknummer } = model.letter;
    if (!uwKenmerk || !setZaaknummer) return [];
    const value = normalizeZaaknummer(uwKenmerk.value);
    if (!ZAAKNUMMER_SHAPE.test(value) || value === setZaaknummer.value) return []; // malformed-kenmerk speaks of a bad shape
    return [{ range: uwKenmerk.range, message: messages.kenmerkMismatch(value, setZaaknummer.value, setZaaknummer.range.start.line) }];
  },
});
