import { footnoteName } from '../messages';
import { applyEdits, definitionInsertion, type TextEdit } from '../edits';
import { footnoteKey } from '../model';
import { parseDocument, type ParsedDocument } from '../parse/parseDocument';
import { footnoteData, footnoteDataOf, renumberFor, type FootnoteData } from './footnoteData';
import { defineRule } from './rule';

/**
 * A footnote marker with no definition. Only a certain marker is reported: the canonical "[1]",
 * or a pasted one in a series whose texts the document prints (see FootnoteMarker.certain); a
 * digit glued to a word elsewhere may be a number and nothing more.
 */
export const undefinedFootnote = defineRule<'undefined-footnote', FootnoteData>({
  code: 'undefined-footnote',
  defaultSeverity: 'error',
  description: { nl: 'Een voetnootverwijzing zonder voetnoottekst.', en: 'A footnote marker without a definition.' },
  check(model, { messages }) {
    const defined = new Set(model.footnoteDefinitions.map(footnoteKey));
    return model.footnoteMarkers
      .filter((marker) => marker.certain && !defined.has(footnoteKey(marker)))
      .map((marker) => ({ range: marker.range, message: messages.undefinedFootnote(marker.series, marker.number), data: footnoteData(marker) }));
  },
  fixes(parsed, diagnostic, messages) {
    const data = footnoteDataOf(diagnostic);
    if (!data) return [];
    const edit = definitionInsertion(parsed, data.series, data.number);
    const add = { title: messages.addFootnoteDefinition(footnoteName(data.series, data.number)), kind: 'quickfix' as const, isPreferred: true, edits: [edit] };
    // A pasted series is read from the text around it: its new text line is offered only where it
    // would be read as this footnote's, and as nothing else (a "1)" line may read as a question).
    if (data.series !== 'bracket' && !readsAsDefinition(parsed, data, edit)) return renumberFor(parsed, data, messages);
    return [add, ...renumberFor(parsed, data, messages)];
  },
});

/** Whether the text with `edit` defines the footnote and has the same questions and answers. */
function readsAsDefinition(parsed: ParsedDocument, data: FootnoteData, edit: TextEdit): boolean {
  const after = parseDocument(applyEdits(parsed.lines, [edit])).model;
  const key = `${data.series}:${data.number}`;
  return (
    after.footnoteDefinitions.some((d) => footnoteKey(d) === key) &&
    after.questionHeadings.length === parsed.model.questionHeadings.length &&
    after.answers.length === parsed.model.answers.length
  );
}
