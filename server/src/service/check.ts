import type { ParsedDocument } from './parse/parseDocument';
import { allRules } from './rules';
import type { CheckSettings, Diagnostic } from './diagnostics';
import { SEVERITY_NUMBER } from './diagnostics';

/** Runs every rule and applies the drafter's severity settings ('off' drops the rule). */
export function checkDocument(parsed: ParsedDocument, settings: CheckSettings = {}): Diagnostic[] {
  const { model, lines } = parsed;
  const diagnostics: Diagnostic[] = [];
  for (const rule of allRules) {
    const setting = settings.severity?.[rule.code] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    for (const finding of rule.check(model, { lines })) {
      diagnostics.push({ ...finding, code: rule.code, severity: SEVERITY_NUMBER[setting], source: 'kamervragen' });
    }
  }
  return diagnostics.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}
