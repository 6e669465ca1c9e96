import type { ParsedDocument } from './parse/parseDocument';
import { allRules } from './rules';
import type { Rule, RuleContext } from './rules/rule';
import type { Diagnostic } from './diagnostics';
import { SEVERITY_NUMBER } from './severity';
import type { CheckInputs } from './config';
import type { Messages } from './messages';

/**
 * Runs every rule and applies the severity settings ('off' drops the rule). Every entry point
 * (editor, workspace check, CLI) passes the same inputs for the same file, so a draft's problems
 * never depend on the path that published them; `messages` are the file's language.
 */
export function checkDocument(parsed: ParsedDocument, inputs: CheckInputs, messages: Messages): Diagnostic[] {
  const { model } = parsed;
  const diagnostics: Diagnostic[] = [];
  const context: RuleContext = { messages, today: inputs.today, answerTerms: inputs.answerTerms, isKnownZaak: inputs.isKnownZaak };
  for (const rule of allRules as readonly Rule[]) {
    const level = inputs.severity[rule.code as keyof CheckInputs['severity']] ?? rule.defaultSeverity;
    if (level === 'off') continue;
    for (const finding of rule.check(model, context)) {
      diagnostics.push({ ...finding, code: rule.code as Diagnostic['code'], severity: SEVERITY_NUMBER[level], source: 'kamervragen' });
    }
  }
  return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
