import type { ParsedDocument } from '../parse/parseDocument';
import type { Messages } from '../messages';
import type { Position } from '../text/lines';
import type { CompletionEntry } from './completionItems';
import { referenceCompletions, type CompletionSources } from './referenceCompletion';
import { snippetCompletions, snippetPrefixStarted } from './snippets';

/** Shaped like an LSP CompletionList. */
export interface CompletionList {
  items: CompletionEntry[];
  isIncomplete: boolean;
}

/**
 * What completion offers where the cursor is. Prose never gets a suggestion: the server's lists
 * come only after the words that ask for them ("antwoord op vraag ", "Uw kenmerk ", "minister
 * van ", "[") and hold only what starts with what was typed since; the snippets come only at the
 * start of a line after "kv", or on Ctrl+Space. VS Code's fuzzy filter could find a match in a
 * list kept from an earlier key ("brief" in "kv-brief"), so a list is never kept: it is marked
 * incomplete and asked for again at the next key, and the server's own filter decides. An empty
 * list too: an answer that arrives after more keys were typed ("k" answered when "kv-kop" stands
 * there) is then asked again for what stands there now, instead of hiding the list until the next key.
 *
 * `afterSpace`: a typed space asked (a trigger character); then only the lists that follow words.
 */
export function completions(parsed: ParsedDocument, position: Position, sources: CompletionSources, messages: Messages, afterSpace: boolean): CompletionList {
  const references = referenceCompletions(parsed, position, sources, messages);
  if (references.length > 0 || afterSpace) return { items: references, isIncomplete: true };
  const snippets = snippetCompletions(parsed, position, sources.today, messages);
  const started = snippets.length === 0 ? snippetPrefixStarted(parsed, position) : undefined;
  return { items: started ? [started] : snippets, isIncomplete: true };
}
