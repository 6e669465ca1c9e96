import type { ParsedDocument } from './parse/parseDocument';
import { allRules } from './rules';
import type { Rule, RuleContext } from './rules/rule';
import type { Diagnostic } from './diagnostics';
import { SEVERITY_NUMBER } from './severity';
import type { CheckInputs } from './config';
import type { Messages } from './messages';

/**
 * The most problems of one rule a check gives for a document; one more diagnostic says how many
 * are left out. A real draft has a few dozen; a text of thousands of "XXX" (pasted, generated,
 * hostile) would otherwise give as many diagnostics, each kept, printed and sent to the editor:
 * 13 million of them ran the CLI out of memory, and the Problems panel is of no use beyond a few.
 */
export const MAX_FINDINGS_PER_RULE = 1000;

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
    const findings = rule.check(model, context);
    const shown = Math.min(findings.length, MAX_FINDINGS_PER_RULE);
    for (let i = 0; i < shown; i++) {
      diagnostics.push({ ...findings[i], code: rule.code as Diagnostic['code'], severity: SEVERITY_NUMBER[level], source: 'kamervragen' });
    }
    if (findings.length > shown) {
      // where the first one left out stands, without its fixes: it speaks for all of them
      const more = findings.length - shown;
      diagnostics.push({ range: findings[shown].range, message: messages.moreFindings(more, rule.code, shown), code: rule.code as Diagnostic['code'], severity: SEVERITY_NUMBER[level], source: 'kamervragen' });
    }
  }
  return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
