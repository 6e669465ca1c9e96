import type { Range } from './text/lines';
import type { DiagnosticCode } from './rules';

export type { DiagnosticCode } from './rules';
export { DIAGNOSTIC_CODES } from './rules';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = SeverityName | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/** LSP's numbering, so diagnostics pass through the server unchanged. */
export const SEVERITY_NUMBER: Record<SeverityName, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };
export const SEVERITY_NAME: Record<1 | 2 | 3 | 4, SeverityName> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

/** LSP's DiagnosticTag.Unnecessary: the editor fades the text. */
export const TAG_UNNECESSARY = 1 as const;

/** Shaped like an LSP Diagnostic, without depending on the protocol package. */
export interface Diagnostic {
  range: Range;
  severity: 1 | 2 | 3 | 4;
  code: DiagnosticCode;
  source: 'kamervragen';
  message: string;
  tags?: Array<1 | 2>;
  /** What the rule's quick fixes need (LSP `data`). */
  data?: unknown;
}
