import { AlignmentType, Document, FootnoteReferenceRun, Packer, PageBreak, Paragraph, TextRun } from 'docx';
import type { AnswerDocument, Block, Inline } from '../service/features/answerDocument';

/**
 * The answers as a Word letter, with `docx`: A4 with margins after the Rijkshuisstijl, a free font,
 * the cover letter (return address, addressee, reference fields, body, signature), a page break,
 * then the answers document: its heading, each question in italics under its heading, each answer
 * in roman, and real Word footnotes for every "[n]". No government logo is shipped.
 */
const FONT = 'Liberation Sans';
const SIZE = 19; // half-points: 9.5 pt
const CM = 567; // twips

function runs(inlines: Inline[], style: { bold?: boolean; italics?: boolean } = {}, footnoteIds: Map<number, number>): Array<TextRun | FootnoteReferenceRun> {
  return inlines.map((inline) => {
    if ('text' in inline) return new TextRun({ text: inline.text, font: FONT, size: SIZE, ...style });
    const id = footnoteIds.get(inline.footnote);
    return id === undefined ? new TextRun({ text: `[${inline.footnote}]`, font: FONT, size: SIZE, ...style }) : new FootnoteReferenceRun(id);
  });
}

const STYLE: Record<Block['kind'], { bold?: boolean; italics?: boolean; spaceBefore?: number }> = {
  heading: { bold: true },
  'question-heading': { bold: true, spaceBefore: 240 },
  question: { italics: true },
  'answer-heading': { bold: true, spaceBefore: 160 },
  answer: {},
  'mededeling-heading': { bold: true, spaceBefore: 240 },
  text: {},
};

export async function answerDocumentToDocx(document: AnswerDocument): Promise<Buffer> {
  // Word numbers footnotes itself, from 1 in order of use; the draft's numbers map onto those.
  const footnoteIds = new Map<number, number>();
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const blocks = [...(document.letter?.body ?? []), ...document.answers];
  for (const block of blocks) {
    for (const inline of block.inlines) {
      if (!('footnote' in inline) || footnoteIds.has(inline.footnote)) continue;
      const text = document.footnotes.get(inline.footnote);
      if (text === undefined) continue;
      const id = footnoteIds.size + 1;
      footnoteIds.set(inline.footnote, id);
      footnotes[id] = { children: [new Paragraph({ children: [new TextRun({ text, font: FONT, size: 16 })] })] };
    }
  }
  const paragraph = (block: Block) => {
    const style = STYLE[block.kind];
    return new Paragraph({ spacing: { before: style.spaceBefore ?? 0, after: 120 }, children: runs(block.inlines, style, footnoteIds) });
  };
  const plain = (text: string, options: { bold?: boolean; size?: number; after?: number } = {}) =>
    new Paragraph({ spacing: { after: options.after ?? 0 }, children: [new TextRun({ text, font: FONT, size: options.size ?? SIZE, bold: options.bold })] });

  const children: Paragraph[] = [];
  const letter = document.letter;
  if (letter) {
    if (letter.returnAddress) children.push(plain(`> Retouradres ${letter.returnAddress}`, { size: 13, after: 120 }));
    for (const line of letter.addressee) children.push(plain(line));
    children.push(plain('', { after: 240 }));
    // The reference column: each field's label above its value, as the house style prints it.
    for (const field of letter.fields) {
      children.push(new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: field.label, font: FONT, size: 13, bold: true })] }));
      children.push(plain(field.value, { after: 100 }));
    }
    children.push(plain('', { after: 240 }));
    for (const block of letter.body) children.push(paragraph(block));
    children.push(new Paragraph({ children: [new PageBreak()] }));
  }
  for (const block of document.answers) children.push(paragraph(block));

  const word = new Document({
    creator: 'kamervragen',
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    footnotes,
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: Math.round(2.5 * CM), bottom: Math.round(2 * CM), left: Math.round(2.4 * CM), right: Math.round(4.5 * CM) } } },
        children,
      },
    ],
  });
  return Packer.toBuffer(word);
}
