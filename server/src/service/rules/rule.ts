import type { Range } from '../text/lines';
import type { DocumentModel } from '../model';
import type { DiagnosticCode, DiagnosticData, SeverityName } from '../diagnostics';

/** One problem a rule found; the checker adds code, severity and source. */
export interface Finding {
  range: Range;
  message: string;
  tags?: Array<1 | 2>;
  data?: DiagnosticData;
}

/** One check: pure, reads the model only, never the text. */
export interface Rule {
  code: DiagnosticCode;
  defaultSeverity: SeverityName;
  check(model: DocumentModel): Finding[];
}
