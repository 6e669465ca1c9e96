import { messages } from '../messages';
import { footnoteKey } from './footnoteKey';
import type { Rule } from './rule';

/** A footnote marker with no definition. */
export const undefinedFootnote: Rule = {
  code: 'undefined-footnote',
  defaultSeverity: 'error',
  check(model) {
    const defined = new Set(model.footnoteDefinitions.map(footnoteKey));
    return model.footnoteMarkers
      .filter((marker) => !defined.has(footnoteKey(marker)))
      .map((marker) => ({
        range: marker.range,
        message: messages.undefinedFootnote(marker.series, marker.number),
        data: { kind: 'footnote', label: marker.label, number: marker.number, series: marker.series },
      }));
  },
};
