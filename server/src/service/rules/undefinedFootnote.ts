import { footnoteName, messages } from '../messages';
import { definitionInsertion } from '../edits';
import { footnoteKey } from '../model';
import { footnoteData, footnoteDataOf, renumberFor, type FootnoteData } from './footnoteData';
import { defineRule } from './rule';

/** A footnote marker with no definition. */
export const undefinedFootnote = defineRule<'undefined-footnote', FootnoteData>({
  code: 'undefined-footnote',
  defaultSeverity: 'error',
  description: { nl: 'Een voetnootverwijzing zonder voetnoottekst.', en: 'A footnote marker without a definition.' },
  check(model) {
    const defined = new Set(model.footnoteDefinitions.map(footnoteKey));
    return model.footnoteMarkers
      .filter((marker) => !defined.has(footnoteKey(marker)))
      .map((marker) => ({ range: marker.range, message: messages.undefinedFootnote(marker.series, marker.number), data: footnoteData(marker) }));
  },
  fixes(parsed, diagnostic) {
    const data = footnoteDataOf(diagnostic);
    if (!data) return [];
    const add = { title: messages.addFootnoteDefinition(footnoteName(data.series, data.number)), kind: 'quickfix' as const, isPreferred: true, edits: [definitionInsertion(parsed, data.series, data.number)] };
    return [add, ...renumberFor(parsed, data)];
  },
});
