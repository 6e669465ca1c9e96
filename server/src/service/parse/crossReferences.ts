import type { TextLines } from '../text/lines';
import type { CrossReference } from '../model';
import { readNumberList } from './numberList';
import { LineTokens } from '../text/lineTokens';
import { matchAt } from '../text/scan';
import { LineRole } from './structure';

/**
 * References in running text to questions of the same document: "zie het antwoord op vraag 6",
 * "in het antwoord op vragen 4 en 5", "de beantwoording op vraag 2 en 4", "(zie antwoord vraag 3)",
 * "Zoals geantwoord onder vraag 2", "bij antwoord 7", "mijn antwoord 4, 5 en 6". PDF text breaks
 * lines anywhere, so a reference may span a line break ("het antwoord op\nvragen 4 en 5").
 */
/** The word right before the numbers; cheap to scan for over a whole document. */
const NUMBERED_WORD = /(?:antwoord(?:en)?|vra(?:ag|gen))\s+(?=\d)/iy;
/** Where NUMBERED_WORD can start: the word itself, which stays within a line. */
const QUESTION_OR_ANSWER_WORD = /antwoord(?:en)?|vra(?:ag|gen)/gi;
/** What must come before "vraag"/"vragen": "het antwoord op", "de beantwoording op", "onder", "bij". */
const BEFORE_QUESTION_WORD = /(?:\b(?:be)?antwoord(?:en|ing)?\s+(?:(?:op|bij|onder|van)\s+(?:de\s+)?)?|\b(?:onder|bij)\s+|\bzie\s+(?:ook\s+)?)$/i;
/** What must come before "antwoord" followed by a number: "mijn", "het", "bij", "zie", "in". */
const BEFORE_ANSWER_WORD = /\b(?:mijn|het|bij|zie|in)\s+$/i;
const LOOK_BACK = 48;
/** A question of another document: "vraag 9 van het lid Kops", "vraag 4 van de vragen van ... (Aanhangsel ...)". */
const OTHER_DOCUMENT_AFTER = /^[\s)]*(?:van|uit|in)\s+(?:het\s+(?:kamer)?lid|de\s+(?:leden|vragen|kamerleden|fractie)|het\s+schriftelijk|eerdere|mijn\s+(?:brief|beantwoording))|\baanhangsel\b|\bkamerstuk(?:ken)?\b|\bingezonden\b|\b20\d\dZ\d{5}\b/i;
/** "mijn antwoorden op eerdere vragen ..., vraag 3": the set is named before the number. */
const OTHER_DOCUMENT_BEFORE = /\b(?:eerdere|vorige|eerder\s+gestelde|andere)\s+(?:schriftelijke\s+)?vragen\b/i;
/** A sentence ends at its full stop before a capital, or before a blank line (its paragraph ends, whatever follows). */
const SENTENCE_END = /[.?!](?:\s+[A-Z\u00c0-\u00de]|\s*$|[ \t]*(?:\r?\n|\r)[ \t]*(?:\r?\n|\r))/;
const SENTENCE_BREAK = /[.?!](?:\s+(?=[A-Z\u00c0-\u00de])|[ \t]*(?:\r?\n|\r)[ \t]*(?:\r?\n|\r))/;

export function readCrossReferences(lines: TextLines, roles: LineRole[], setOfLine: (line: number) => number, tokens = new LineTokens(lines)): CrossReference[] {
  const text = lines.text;
  const references: CrossReference[] = [];
  // the words are found per line (LineTokens); the numbers after them may be on the next line
  let next = 0;
  for (const at of tokens.offsets(QUESTION_OR_ANSWER_WORD)) {
    if (at < next) continue;
    if (tokens.work) tokens.work.patternTries++;
    const m = matchAt(text, at, NUMBERED_WORD);
    if (!m) continue;
    next = at + m[0].length;
    const before = text.slice(Math.max(0, m.index - LOOK_BACK), m.index);
    const isQuestionWord = (m[0].charCodeAt(0) | 0x20) === 0x76; // v
    const context = (isQuestionWord ? BEFORE_QUESTION_WORD : BEFORE_ANSWER_WORD).exec(before);
    if (!context) continue;
    // "beantwoording" and "geantwoord": the reference starts where its first word starts
    let start = m.index - context[0].length;
    while (start > 0 && /\p{L}/u.test(text[start - 1])) start--;
    const line = lines.positionAt(start).line;
    if (roles[line] !== LineRole.Text) continue;
    const list = readNumberList(text, next, false);
    if (!list) continue;
    next = list.end;
    if (pointsElsewhere(text, start, list.end)) continue;
    references.push({
      numbers: list.numbers,
      labels: list.labels,
      set: setOfLine(line),
      numberRanges: list.spans.map(([from, to]) => lines.range(from, to)),
      range: lines.range(start, list.end),
    });
  }
  return references;
}

/** Whether the sentence around a reference names another document than this one. */
function pointsElsewhere(text: string, start: number, end: number): boolean {
  let after = text.slice(end, end + 160);
  const afterEnd = SENTENCE_END.exec(after);
  if (afterEnd) after = after.slice(0, afterEnd.index);
  if (OTHER_DOCUMENT_AFTER.test(after)) return true;
  let before = text.slice(Math.max(0, start - 160), start);
  const sentences = before.split(SENTENCE_BREAK);
  before = sentences[sentences.length - 1];
  return OTHER_DOCUMENT_BEFORE.test(before);
}
