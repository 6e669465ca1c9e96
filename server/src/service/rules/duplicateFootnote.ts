import { messages } from '../messages';
import { footnoteKey } from './footnoteKey';
import type { Finding, Rule } from './rule';

/** The same footnote number defined twice. */
export const duplicateFootnote: Rule = {
  code: 'duplicate-footnote',
  defaultSeverity: 'warning',
  check(model) {
    const firstLine = new Map<string, number>();
    const findings: Finding[] = [];
    for (const definition of model.footnoteDefinitions) {
      const key = footnoteKey(definition);
      const first = firstLine.get(key);
      if (first === undefined) {
        firstLine.set(key, definition.line);
        continue;
      }
      findings.push({
        range: definition.range,
        message: messages.duplicateFootnote(definition.series, definition.number, first),
        data: { kind: 'footnote', label: definition.label, number: definition.number, series: definition.series },
      });
    }
    return findings;
  },
};
