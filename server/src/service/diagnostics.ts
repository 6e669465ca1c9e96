import type { Range } from './text/lines';

/** The stable codes; editors, the CLI and settings all use these names. */
export const DIAGNOSTIC_CODES = [
  'unanswered-question',
  'unknown-question',
  'duplicate-answer',
  'duplicate-question',
  'undefined-footnote',
  'unused-footnote',
  'duplicate-footnote',
  'unknown-reference',
  'malformed-kenmerk',
  'kenmerk-mismatch',
  'unknown-zaak',
  'deadline',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = SeverityName | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/** LSP's numbering, so diagnostics pass through the server unchanged. */
export const SEVERITY_NUMBER: Record<SeverityName, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };
export const SEVERITY_NAME: Record<1 | 2 | 3 | 4, SeverityName> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

/** LSP's DiagnosticTag.Unnecessary: the editor fades the text. */
export const TAG_UNNECESSARY = 1 as const;

/** What a quick fix needs to know, carried on the diagnostic (LSP `data`). */
export type DiagnosticData =
  | { kind: 'question'; question: number; headingLine: number }
  | { kind: 'footnote'; label: string; number: number; series: string }
  | { kind: 'answer'; question?: number }
  | { kind: 'reference'; question: number }
  | { kind: 'deadline'; daysLate: number };

/** Shaped like an LSP Diagnostic, without depending on the protocol package. */
export interface Diagnostic {
  range: Range;
  severity: 1 | 2 | 3 | 4;
  code: DiagnosticCode;
  source: 'kamervragen';
  message: string;
  tags?: Array<1 | 2>;
  data?: DiagnosticData;
}

export interface CheckSettings {
  severity?: Partial<Record<DiagnosticCode, SeveritySetting>>;
}
