import type { FootnoteDefinition, FootnoteMarker, FootnoteSeries } from '../model';
import type { ParsedDocument } from '../parse/parseDocument';
import { renumberFootnotesFix, type Fix } from '../edits';
import type { Messages } from '../messages';
import { dataOf, type DiagnosticRef } from './rule';

/** What the footnote rules' fixes need. */
export interface FootnoteData {
  number: number;
  series: FootnoteSeries;
}

export function footnoteData(footnote: FootnoteMarker | FootnoteDefinition): FootnoteData {
  return { number: footnote.number, series: footnote.series };
}

export function footnoteDataOf(diagnostic: DiagnosticRef): FootnoteData | undefined {
  const data = dataOf<FootnoteData>(diagnostic, 'number', 'series');
  return data && typeof data.number === 'number' && ['bracket', 'paren', 'superscript'].includes(data.series) ? data : undefined;
}

/** "[n]" footnotes can be renumbered in order; a fix every footnote rule offers for them. */
export function renumberFor(parsed: ParsedDocument, data: FootnoteData, messages: Messages): Fix[] {
  const fix = data.series === 'bracket' ? renumberFootnotesFix(parsed, 'quickfix', messages) : undefined;
  return fix ? [fix] : [];
}
