import type { TextLines } from '../text/lines';
import type { CrossReference } from '../model';
import { readNumberList } from './numberList';
import { LineRole } from './structure';

/**
 * References in running text to questions of the same document: "zie het antwoord op vraag 6",
 * "in het antwoord op vragen 4 en 5", "de beantwoording op vraag 2 en 4", "(zie antwoord vraag 3)",
 * "Zoals geantwoord onder vraag 2", "bij antwoord 7", "mijn antwoord 4, 5 en 6". PDF text breaks
 * lines anywhere, so a reference may span a line break ("het antwoord op\nvragen 4 en 5").
 */
const REFERENCE =
  /\b(?:(?:be)?antwoord(?:en|ing)?\s+(?:op|bij|onder|van)\s+(?:de\s+)?vra(?:ag|gen)|antwoord(?:en)?\s+vra(?:ag|gen)|(?:onder|bij)\s+vra(?:ag|gen)|(?:mijn|het|bij|zie)\s+antwoord(?:en)?)\s+(?=\d)/gi;

export function readCrossReferences(lines: TextLines, roles: LineRole[]): CrossReference[] {
  const text = lines.text;
  const references: CrossReference[] = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
    const line = lines.positionAt(m.index).line;
    if (roles[line] !== LineRole.Text) continue;
    const list = readNumberList(text, REFERENCE.lastIndex, false);
    if (!list) continue;
    references.push({
      numbers: list.numbers,
      numberRanges: list.spans.map(([from, to]) => lines.range(from, to)),
      range: lines.range(m.index, list.end),
    });
    REFERENCE.lastIndex = list.end;
  }
  return references;
}
