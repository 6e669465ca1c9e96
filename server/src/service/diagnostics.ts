import type { Range } from './text/lines';
import type { DiagnosticCode } from './rules';

export type { DiagnosticCode } from './rules';
export { DIAGNOSTIC_CODES } from './rules';

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
