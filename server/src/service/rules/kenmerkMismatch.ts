import { messages } from '../messages';
import type { Finding, Rule } from './rule';

/**
 * "Uw kenmerk" is the zaaknummer of the questions; the introduction ("(ingezonden 3 januari 2024,
 * 2024Z00025)", "uw brief van ..., nr. 2024Z00025", "met kenmerk 2024Z00025") names it too.
 */
const INTRODUCTION = /(?:\(ingezonden\s+\d{1,2}\s+\p{L}+\s+\d{4},\s*|uw brief van\s+\d{1,2}\s+\p{L}+\s+\d{4},\s*nr\.\s*|met kenmerk\s+)$/u;

export const kenmerkMismatch: Rule = {
  code: 'kenmerk-mismatch',
  defaultSeverity: 'warning',
  check(model, context) {
    const findings: Finding[] = [];
    const text = context.lines.text;
    const introduced = model.kenmerken.filter((k) => {
      if (k.kind !== 'zaaknummer' || k.problem) return false;
      const start = context.lines.offsetAt(k.range.start);
      return INTRODUCTION.test(text.slice(Math.max(0, start - 60), start).replace(/\s+/g, ' '));
    });
    for (const field of model.letterFields) {
      if (field.label !== 'Uw kenmerk') continue;
      const uwKenmerk = field.value.replace(/\s/g, '');
      if (!/^20\d\dZ\d{5}$/.test(uwKenmerk)) continue; // malformed-kenmerk speaks of that
      const other = introduced.find((k) => k.value !== uwKenmerk);
      if (other) findings.push({ range: field.range, message: messages.kenmerkMismatch(uwKenmerk, other.value, other.range.start.line) });
    }
    return findings;
  },
};
