import type { Messages } from '../service';

/**
 * What can be wrong with a Word file the product reads (a questions file, a template), as data:
 * the Word process reports these, and the side that speaks to the drafter words them
 * (`describeWordProblem`), so no library's own message ever reaches the drafter.
 */
export type WordProblemDetail =
  | { kind: 'pdf' }
  | { kind: 'old-word' }
  | { kind: 'not-a-zip' }
  | { kind: 'encrypted' }
  | { kind: 'damaged'; part?: string }
  | { kind: 'part-too-large'; part: string; megabytes: number }
  | { kind: 'total-too-large'; megabytes: number }
  | { kind: 'too-many-parts'; count: number }
  | { kind: 'not-a-document' }
  | { kind: 'macros' }
  /** a stack overflow, a string or heap beyond V8's limits: the input is too big or too deep */
  | { kind: 'too-complex' }
  | { kind: 'timeout'; seconds: number }
  /** the Word process ended without an answer */
  | { kind: 'failed' };

export class WordProblem extends Error {
  constructor(readonly detail: WordProblemDetail) {
    super(detail.kind);
  }
}

/** The limits on one Word job: reading a .docx, or writing a letter (with its template). */
export interface WordLimits {
  /** inflated size of one part of the zip */
  partBytes: number;
  /** inflated size of all parts read together */
  totalBytes: number;
  /** entries in the zip's directory */
  entries: number;
  /** the Word process's JavaScript heap */
  memoryMegabytes: number;
  /** wall time of one job, after which the Word process is stopped */
  seconds: number;
}

/**
 * A questions document of 10,000 questions has a document.xml of about 10 MB; a ministry's
 * template with its logo a few MB. These limits are far above that, and far below what would
 * take minutes or gigabytes.
 */
export const WORD_LIMITS: WordLimits = {
  partBytes: 25 * 1024 * 1024,
  totalBytes: 50 * 1024 * 1024,
  entries: 5000,
  memoryMegabytes: 1024,
  seconds: 60,
};

/** The reason, in the drafter's language, to follow "X kan niet worden gelezen: ". */
export function describeWordProblem(detail: WordProblemDetail, messages: Messages): string {
  switch (detail.kind) {
    case 'pdf':
      return messages.wordIsPdf();
    case 'old-word':
      return messages.wordIsOldWord();
    case 'not-a-zip':
      return messages.wordNotAZip();
    case 'encrypted':
      return messages.wordEncrypted();
    case 'damaged':
      return detail.part ? messages.wordDamagedPart(detail.part) : messages.wordDamaged();
    case 'part-too-large':
      return messages.wordPartTooLarge(detail.part, detail.megabytes);
    case 'total-too-large':
      return messages.wordTotalTooLarge(detail.megabytes);
    case 'too-many-parts':
      return messages.wordTooManyParts(detail.count);
    case 'not-a-document':
      return messages.wordNotADocument();
    case 'macros':
      return messages.wordMacros();
    case 'too-complex':
      return messages.wordTooComplex();
    case 'timeout':
      return messages.wordTimeout(detail.seconds);
    case 'failed':
      return messages.wordFailed();
  }
}
