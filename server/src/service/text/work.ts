/**
 * What a parse did, counted, for the tests that hold it to its contracts: after an edit it reads only
 * the lines the edit touched, and its work grows no faster than the text. A parse given no counter
 * counts nothing (every count stands behind `work?.`), so the editor's parse pays nothing for it.
 */
export class ParseWork {
  /** Lines normalised and classified (parse/lineKinds). */
  linesRead = 0;
  /** Lines searched for superscript-marker candidates (the others' are taken over from the memo). */
  markerLinesSearched = 0;
  /** Lines a finder searched (text/lineTokens), once per finder and line; a search of the whole text counts every line. */
  finderLinesSearched = 0;
  /** Full patterns tried at a finder's match (text/scan). */
  patternTries = 0;
  /** Steps of the loops over lines, candidates and characters: a measure of the whole parse's work. */
  steps = 0;
  /** Every finder a stage asked for, so that a test can hold each to the finder rules (ARCHITECTURE.md). */
  readonly finders = new Set<RegExp>();

  /** All the work in one number, for comparing the work on two texts. */
  get total(): number {
    return this.linesRead + this.markerLinesSearched + this.finderLinesSearched + this.patternTries + this.steps;
  }
}
