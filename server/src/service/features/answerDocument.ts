import type { ParsedDocument } from '../parse/parseDocument';

/**
 * A draft as the parts of the letter that goes to the signing line: the cover letter (addressee,
 * reference fields, body) and the answers document (its heading, then every question and answer
 * with their paragraphs), with "[n]" footnote markers as references to their texts. A Word writer
 * (or any other) lays these out; nothing here knows about .docx.
 */
export type Inline = { text: string } | { footnote: number };

export type BlockKind = 'heading' | 'question-heading' | 'question' | 'answer-heading' | 'answer' | 'mededeling-heading' | 'text';

export interface Block {
  kind: BlockKind;
  inlines: Inline[];
}

export interface LetterField {
  label: string;
  value: string;
}

/** Who signs: "De minister van Justitie en Veiligheid," and the name under it. */
export interface Signature {
  role: string;
  name: string[];
}

export interface AnswerDocument {
  /**
   * Undefined when the draft has no cover letter (it starts with the questions). The body ends
   * before the first signature; a letter sent on behalf of two ministers has two, in order.
   */
  letter?: { returnAddress?: string; addressee: string[]; fields: LetterField[]; body: Block[]; signatures: Signature[] };
  answers: Block[];
  /** Footnote texts by their number as printed ("[3]" -> 3). */
  footnotes: Map<number, string>;
}

const FIELD = /^\s*(?:>\s*)?(Retouradres|Datum|Betreft|Onderwerp|Ons kenmerk|Uw kenmerk|Bijlagen?(?:\(n\))?)\s+(\S.*?)\s*$/;
const SET_HEADING = /^\s*Vragen\s+van\s+(?:het\s+(?:kamer)?lid|de\s+(?:kamer)?leden)\b/i;
const MARKER = /\[(\d{1,3})\]/g;
/**
 * "De minister van Justitie en Veiligheid,", "De minister van Onderwijs, Cultuur en Wetenschap,":
 * a short line ending in a comma, standing alone (blank lines around it), as a letter is signed.
 */
const SIGNATURE_ROLE = /^\s*De\s+(?:minister|staatssecretaris|minister-president)\b.{0,120},\s*$/;

export function inlines(text: string): Inline[] {
  const result: Inline[] = [];
  let at = 0;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    if (m.index > at) result.push({ text: text.slice(at, m.index) });
    result.push({ footnote: Number(m[1]) });
    at = m.index + m[0].length;
  }
  if (at < text.length) result.push({ text: text.slice(at) });
  return result;
}

export function answerDocument(parsed: ParsedDocument): AnswerDocument {
  const { model, lines } = parsed;
  const footnotes = new Map<number, string>();
  const skipped = new Set<number>();
  for (const definition of model.footnoteDefinitions) {
    if (definition.series !== 'bracket') continue;
    footnotes.set(definition.number, definition.text);
    for (let line = definition.sectionRange.start.line; line <= definition.sectionRange.end.line; line++) skipped.add(line);
  }
  const headingKind = new Map<number, BlockKind>();
  for (const heading of model.questionHeadings) headingKind.set(heading.line, 'question-heading');
  for (const answer of model.answers) if (answer.hasHeading) headingKind.set(answer.line, 'answer-heading');
  for (const mededeling of model.mededelingen) headingKind.set(mededeling.line, 'mededeling-heading');

  const firstQuestion = model.questionHeadings[0]?.line ?? lines.count;
  let answersStart = firstQuestion;
  for (let line = 0; line < firstQuestion; line++) {
    if (SET_HEADING.test(lines.lineText(line))) {
      answersStart = line;
      break;
    }
  }

  // The cover letter: fields, the addressee above the first field, the body below the last.
  let letter: AnswerDocument['letter'];
  const fields: LetterField[] = [];
  let returnAddress: string | undefined;
  let firstField = -1;
  let lastField = -1;
  for (let line = 0; line < answersStart; line++) {
    const field = FIELD.exec(lines.lineText(line));
    if (!field) continue;
    if (field[1] === 'Retouradres') returnAddress = field[2];
    else fields.push({ label: field[1], value: field[2] });
    if (firstField < 0 && field[1] !== 'Retouradres') firstField = line;
    lastField = line;
  }
  if (fields.length > 0) {
    const addressee: string[] = [];
    for (let line = 0; line < firstField; line++) {
      const text = lines.lineText(line).trim();
      if (text && !FIELD.test(lines.lineText(line))) addressee.push(text);
    }
    let signatureStart = answersStart;
    const blank = (line: number) => line < 0 || line >= lines.count || lines.lineText(line).trim() === '';
    for (let line = lastField + 1; line < answersStart; line++) {
      if (SIGNATURE_ROLE.test(lines.lineText(line)) && blank(line - 1) && blank(line + 1)) {
        signatureStart = line;
        break;
      }
    }
    const signatures: Signature[] = [];
    for (let line = signatureStart; line < answersStart; line++) {
      const text = lines.lineText(line).trim();
      if (!text || skipped.has(line)) continue;
      if (SIGNATURE_ROLE.test(text) && blank(line - 1) && blank(line + 1)) signatures.push({ role: text, name: [] });
      else signatures[signatures.length - 1].name.push(text);
    }
    letter = { returnAddress, addressee, fields, body: paragraphs(parsed, lastField + 1, signatureStart, skipped, () => 'text'), signatures };
  }

  // The answers: the set's heading, then each question and answer with its paragraphs.
  let section: 'question' | 'answer' | 'text' = 'text';
  const answers = paragraphs(parsed, letter ? answersStart : 0, lines.count, skipped, (line) => {
    const kind = headingKind.get(line);
    if (kind === 'question-heading') section = 'question';
    else if (kind === 'answer-heading') section = 'answer';
    else if (kind === 'mededeling-heading') section = 'text';
    return kind ?? (section === 'text' ? 'heading' : section);
  });
  return { letter, answers, footnotes };
}

/** Paragraphs of lines [from, to): blank lines and headings separate them; a heading is a block of its own. */
function paragraphs(parsed: ParsedDocument, from: number, to: number, skipped: Set<number>, kindOf: (line: number) => BlockKind): Block[] {
  const { model, lines } = parsed;
  const blocks: Block[] = [];
  const headingEnds = new Map<number, number>();
  for (const heading of [...model.questionHeadings, ...model.answers.filter((a) => a.hasHeading), ...model.mededelingen]) headingEnds.set(heading.line, heading.range.end.character);
  let current: { kind: BlockKind; parts: string[] } | undefined;
  const close = () => {
    if (current && current.parts.length > 0) blocks.push({ kind: current.kind, inlines: inlines(current.parts.join(' ')) });
    current = undefined;
  };
  for (let line = from; line < to; line++) {
    if (skipped.has(line)) continue;
    const text = lines.lineText(line).trim();
    const kind = kindOf(line);
    if (headingEnds.has(line)) {
      close();
      const raw = lines.lineText(line);
      const end = headingEnds.get(line)!;
      blocks.push({ kind, inlines: inlines(raw.slice(0, end).trim()) });
      const rest = raw.slice(end).replace(/^[\s:.]+/, '').trim();
      if (rest) current = { kind: kind === 'question-heading' ? 'question' : kind === 'answer-heading' ? 'answer' : 'text', parts: [rest] };
      continue;
    }
    if (!text) {
      close();
      continue;
    }
    if (!current) current = { kind, parts: [] };
    current.parts.push(text);
  }
  close();
  return blocks;
}
