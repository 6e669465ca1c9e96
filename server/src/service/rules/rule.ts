import type { Range, TextLines } from '../text/lines';
import type { DocumentModel } from '../model';
import type { DiagnosticCode, DiagnosticData, SeverityName } from '../diagnostics';

/** One problem a rule found; the checker adds code, severity and source. */
export interface Finding {
  range: Range;
  message: string;
  tags?: Array<1 | 2>;
  data?: DiagnosticData;
}

/** What some rules need besides the model. */
export interface RuleContext {
  lines: TextLines;
}

/** One check: pure, reads the model (and, where it must, the context). */
export interface Rule {
  code: DiagnosticCode;
  defaultSeverity: SeverityName;
  check(model: DocumentModel, context: RuleContext): Finding[];
}
