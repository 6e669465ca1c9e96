import type { FootnoteDefinition, FootnoteMarker } from '../model';

/** Markers resolve definitions of their own series only: "[1]" is not "1)" is not "1". */
export function footnoteKey(footnote: FootnoteMarker | FootnoteDefinition): string {
  return `${footnote.series}:${footnote.number}`;
}
