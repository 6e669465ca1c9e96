import type { Range, TextLines } from '../text/lines';
import type { DocumentModel } from '../model';
import type { CalendarDate } from '../dates';
import type { DiagnosticCode, DiagnosticData, SeverityName, SeveritySetting } from '../diagnostics';

/** One problem a rule found; the checker adds code, severity and source. */
export interface Finding {
  range: Range;
  message: string;
  /** This finding's own default, where a rule has a graver case ("31 februari" is an error). */
  severity?: SeverityName;
  tags?: Array<1 | 2>;
  data?: DiagnosticData;
}

/** What some rules need besides the model. */
export interface RuleContext {
  lines: TextLines;
  today: CalendarDate;
  /** Whether a zaaknummer is in the workspace or a register; undefined when neither is loaded. */
  isKnownZaak?: (zaaknummer: string) => boolean;
}

/** One check: pure, reads the model (and, where it must, the context). */
export interface Rule {
  code: DiagnosticCode;
  /** 'off' for checks the drafter turns on (unknown-zaak). */
  defaultSeverity: SeveritySetting;
  check(model: DocumentModel, context: RuleContext): Finding[];
}
