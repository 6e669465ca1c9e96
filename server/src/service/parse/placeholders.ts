import type { TextLines } from '../text/lines';
import type { Placeholder } from '../model';
import { LineTokens } from '../text/lineTokens';

/**
 * The snippets, quick fixes and `new` leave every default as "<words>" ("<naam>", "<het lid naam
 * (partij)>", "<controleer: voetnoottekst niet gevonden>"), so one shape finds them all; drafters
 * themselves write "PM", "XXX" or "[...]".
 */
const PLACEHOLDER = /<[\p{L}][\p{L}\d .…/():,'’-]{0,80}>|<\.{3}>|\bX{3,}\b|\bPM\b|\[(?:\.{3}|…)\]|\b(?:19|20)\d\dZ00000\b/gu;
/** An elision inside a quotation ("«De minister [...] stelt»") is the quoted text's, not a gap. */
const QUOTE_OPEN = /[«“‘"]/;

export function readPlaceholders(lines: TextLines, tokens = new LineTokens(lines)): Placeholder[] {
  const found: Placeholder[] = [];
  const text = lines.text;
  // no placeholder spans a line break: its own matches are the tokens
  for (const m of tokens.matches(PLACEHOLDER, PLACEHOLDER)) {
    const { line, character } = lines.positionAt(m.index);
    if (m[0].startsWith('[') && QUOTE_OPEN.test(text.slice(m.index - character, m.index))) continue;
    found.push({ text: m[0], range: { start: { line, character }, end: { line, character: character + m[0].length } } });
  }
  return found;
}
