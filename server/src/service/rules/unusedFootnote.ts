import { TAG_UNNECESSARY } from '../severity';
import { footnoteName } from '../messages';
import { endOfLine, type Fix } from '../edits';
import type { Range } from '../text/lines';
import { footnoteKey } from '../model';
import { footnoteData, footnoteDataOf, renumberFor, type FootnoteData } from './footnoteData';
import { defineRule } from './rule';

/** A footnote definition that no marker uses; the editor fades it. */
export const unusedFootnote = defineRule<'unused-footnote', FootnoteData>({
  code: 'unused-footnote',
  defaultSeverity: 'warning',
  description: { nl: 'Een voetnoottekst die nergens wordt gebruikt.', en: 'A footnote definition that no marker uses.' },
  check(model, { messages }) {
    const used = new Set(model.footnoteMarkers.map(footnoteKey));
    return model.footnoteDefinitions
      .filter((definition) => !used.has(footnoteKey(definition)))
      .map((definition) => ({ range: definition.range, message: messages.unusedFootnote(definition.series, definition.number), tags: [TAG_UNNECESSARY], data: footnoteData(definition) }));
  },
  /** Removes the definition's line(s), line break included. */
  fixes(parsed, diagnostic, messages) {
    const data = footnoteDataOf(diagnostic);
    if (!data) return [];
    const { model, lines } = parsed;
    const definition = model.footnoteDefinitions.find((d) => d.series === data.series && d.number === data.number && d.sectionRange.start.line === diagnostic.range.start.line);
    const fixes: Fix[] = [];
    if (definition) {
      const first = definition.sectionRange.start.line;
      const last = definition.sectionRange.end.line;
      const range: Range =
        last + 1 < lines.count
          ? { start: { line: first, character: 0 }, end: { line: last + 1, character: 0 } }
          : { start: first > 0 ? endOfLine(lines, first - 1) : { line: first, character: 0 }, end: endOfLine(lines, last) };
      fixes.push({ title: messages.removeUnusedFootnote(footnoteName(data.series, data.number)), kind: 'quickfix', edits: [{ range, newText: '' }] });
    }
    return [...fixes, ...renumberFor(parsed, data, messages)];
  },
});
