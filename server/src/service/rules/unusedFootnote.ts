import { TAG_UNNECESSARY } from '../diagnostics';
import { messages } from '../messages';
import { footnoteKey } from './footnoteKey';
import type { Rule } from './rule';

/** A footnote definition that no marker uses; faded in the editor as unnecessary. */
export const unusedFootnote: Rule = {
  code: 'unused-footnote',
  defaultSeverity: 'warning',
  check(model) {
    const used = new Set(model.footnoteMarkers.map(footnoteKey));
    return model.footnoteDefinitions
      .filter((definition) => !used.has(footnoteKey(definition)))
      .map((definition) => ({
        range: definition.sectionRange,
        message: messages.unusedFootnote(definition.series, definition.number),
        tags: [TAG_UNNECESSARY],
        data: { kind: 'footnote', label: definition.label, number: definition.number, series: definition.series },
      }));
  },
};
