import type { ParsedDocument } from './parse/parseDocument';
import { allRules } from './rules';
import type { RuleContext } from './rules/rule';
import { today } from './dates';
import type { CheckSettings, Diagnostic } from './diagnostics';
import { SEVERITY_NUMBER } from './diagnostics';

/** Runs every rule and applies the drafter's severity settings ('off' drops the rule). */
export function checkDocument(parsed: ParsedDocument, settings: CheckSettings = {}, context: Partial<Omit<RuleContext, 'lines'>> = {}): Diagnostic[] {
  const { model, lines } = parsed;
  const diagnostics: Diagnostic[] = [];
  const ruleContext: RuleContext = { lines, today: context.today ?? today(), isKnownZaak: context.isKnownZaak };
  for (const rule of allRules) {
    const configured = settings.severity?.[rule.code];
    if ((configured ?? rule.defaultSeverity) === 'off') continue;
    for (const { severity, ...finding } of rule.check(model, ruleContext)) {
      // turned on without a level, a rule that is off by default speaks as a hint
      const level = configured ?? severity ?? (rule.defaultSeverity === 'off' ? 'hint' : rule.defaultSeverity);
      if (level === 'off') continue;
      diagnostics.push({ ...finding, code: rule.code, severity: SEVERITY_NUMBER[level], source: 'kamervragen' });
    }
  }
  return diagnostics.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}
