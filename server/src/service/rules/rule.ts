import type { Range } from '../text/lines';
import type { DocumentModel } from '../model';
import type { CalendarDate } from '../dates';
import type { ParsedDocument } from '../parse/parseDocument';
import type { Fix } from '../edits';
import type { SeveritySetting } from '../severity';
import type { Messages } from '../messages';

/**
 * A rule is one check with everything known about it: its code, its default severity, what it
 * checks (for the settings and the docs, in Dutch and English), the check itself and its quick
 * fixes. The settings in package.json, the README's table and the code list are generated from
 * the rules, so adding a check is its rule file, its messages and its test.
 */

/** One problem a rule found; the checker adds code, severity and source. */
export interface Finding<Data = unknown> {
  range: Range;
  message: string;
  tags?: Array<1 | 2>;
  /** What the rule's quick fixes need, carried on the diagnostic (LSP `data`). */
  data?: Data;
}

/** How long the answer term is, in days, per chamber; undefined: no term (nothing is judged). */
export interface AnswerTerms {
  tweedeKamer?: number;
  eersteKamer?: number;
}

/** What rules need besides the model. The caller gives the date (the service has no clock) and the language. */
export interface RuleContext {
  messages: Messages;
  today: CalendarDate;
  answerTerms: AnswerTerms;
  /** Whether a zaaknummer is in the workspace or a register; undefined when neither is loaded. */
  isKnownZaak?: (zaaknummer: string) => boolean;
}

/** A diagnostic as it comes back from the editor for a quick fix: its data is not to be trusted. */
export interface DiagnosticRef {
  code?: string | number;
  /** 'kamervragen' for ours; other extensions' diagnostics get no fixes here. */
  source?: string;
  range: Range;
  data?: unknown;
}

export interface Rule<Code extends string = string, Data = unknown> {
  code: Code;
  /** 'off' for checks the drafter turns on (unknown-zaak). */
  defaultSeverity: SeveritySetting;
  /** One sentence for the settings and the docs. */
  description: { nl: string; en: string };
  check(model: DocumentModel, context: RuleContext): Array<Finding<Data>>;
  fixes?(parsed: ParsedDocument, diagnostic: DiagnosticRef, messages: Messages): Fix[];
}

/** Keeps the rule's code as a literal type, so the list of codes is derived from the rules. */
export function defineRule<Code extends string, Data = unknown>(rule: Rule<Code, Data>): Rule<Code, Data> {
  return rule;
}

/** The diagnostic's data when it has the shape a fix expects (it round-trips through the editor). */
export function dataOf<Data extends object>(diagnostic: DiagnosticRef, ...keys: Array<keyof Data>): Data | undefined {
  const data = diagnostic.data;
  if (typeof data !== 'object' || data === null) return undefined;
  return keys.every((key) => key in data) ? (data as Data) : undefined;
}
