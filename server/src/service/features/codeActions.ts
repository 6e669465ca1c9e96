import type { ParsedDocument } from '../parse/parseDocument';
import { ruleFor } from '../rules';
import type { DiagnosticRef } from '../rules/rule';
import { FIX_ALL_KIND, renumberFootnotesFix, type Fix } from '../edits';
import type { Messages } from '../messages';
import type { Range } from '../text/lines';
import { convertFootnotesFix } from './convertFootnotes';

/** A fix with the diagnostics it resolves. */
export interface CodeActionFix extends Fix {
  diagnostics?: DiagnosticRef[];
}

/**
 * The code actions for a request: each kamervragen diagnostic's quick fixes (from its rule), one
 * of each title (one "renumber" for all footnote diagnostics), the conversion of pasted footnotes
 * to "[n]" where `range` (the request's) touches one, and the fix-all when asked for. `only` is
 * the LSP request's filter of kinds.
 */
export function codeActions(parsed: ParsedDocument, diagnostics: DiagnosticRef[], messages: Messages, only?: string[], range?: Range): CodeActionFix[] {
  const wants = (kind: string) => !only || only.some((asked) => asked !== '' && (kind === asked || kind.startsWith(`${asked}.`)));
  const actions: CodeActionFix[] = [];
  if (wants('quickfix')) {
    const seen = new Set<string>();
    for (const diagnostic of diagnostics) {
      if (diagnostic.source !== undefined && diagnostic.source !== 'kamervragen') continue;
      for (const fix of ruleFor(diagnostic.code)?.fixes?.(parsed, diagnostic, messages) ?? []) {
        if (seen.has(fix.title)) continue;
        seen.add(fix.title);
        actions.push({ ...fix, diagnostics: [diagnostic] });
      }
    }
    const convert = range && convertFootnotesFix(parsed, range, messages);
    if (convert) actions.push(convert);
  }
  if (only && wants(FIX_ALL_KIND)) {
    const fixAll = renumberFootnotesFix(parsed, FIX_ALL_KIND, messages);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

/** The quick fixes for one diagnostic. */
export function quickFixes(parsed: ParsedDocument, diagnostic: DiagnosticRef, messages: Messages): Fix[] {
  return ruleFor(diagnostic.code)?.fixes?.(parsed, diagnostic, messages) ?? [];
}
