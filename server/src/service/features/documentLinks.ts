import type { Range } from '../text/lines';
import type { ParsedDocument } from '../parse/parseDocument';
import type { WorkspaceIndex } from '../lookup/workspaceIndex';
import type { Messages } from '../messages';

/**
 * A citation of an earlier answer (an Aanhangsel citation or id), or a zaaknummer, that names
 * another draft of the workspace: a link that opens that draft.
 */
export interface DocumentLink {
  range: Range;
  /** The draft's URI. */
  target: string;
  tooltip: string;
}

export function documentLinks(parsed: ParsedDocument, index: WorkspaceIndex, uri: string, messages: Messages): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const kenmerk of parsed.model.kenmerken) {
    if (kenmerk.problem) continue;
    const holder = kenmerk.kind === 'zaaknummer' ? index.byZaak(kenmerk.value) : kenmerk.kind === 'aanhangsel' || (kenmerk.kind === 'document-id' && kenmerk.value.startsWith('ah-')) ? index.byCitation(kenmerk.value) : undefined;
    if (!holder || holder.uri === uri) continue;
    links.push({ range: kenmerk.range, target: holder.uri, tooltip: messages.openDraft(decodeURIComponent(holder.uri.split('/').pop() ?? holder.uri)) });
  }
  return links;
}
