import {
  Document,
  FootnoteReferenceRun,
  FrameAnchorType,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import JSZip from 'jszip';
import type { AnswerDocument, Block, Inline, LetterField, Signature } from '../service';

/**
 * The answers as a Word letter in the Rijkshuisstijl, with `docx`. From the style's published
 * specification of its correspondence template ("corpsgroottes sjablonen"): Verdana 9 pt on
 * 12 pt leading for Datum, Betreft, salutation, text and closing; the return address 6.5 pt on
 * 9 pt, in the envelope's window; three blank lines between Betreft and the salutation. Decided
 * here, after real answer letters: the reference column (sender, Ons kenmerk, Uw kenmerk,
 * Bijlage(n), "Pagina x van y") stands in a frame right of the text, small bold labels with their
 * values below, as the style's own 6.5/9; Datum and Betreft are a label beside its value in the
 * text column; the closing "De minister van …," gets room to sign before the name, and a letter
 * from two signs as both, one under the other. Then, on a new page, the answers: each question
 * in italics under its heading, each answer in roman, headings kept with their text, and real
 * Word footnotes (7 pt on 9 pt). No logo is shipped: the top of the first page is left for it.
 *
 * The font is named Verdana, the font of the Rijkshuisstijl's Word templates, present on every
 * ministry's Windows; where it is missing (Linux, LibreOffice) the renderer falls back to a
 * sans-serif, DejaVu Sans on Debian, which descends from Bitstream Vera and is as wide as
 * Verdana, so the lines and pages break much as they will in Word.
 */
const FONT = 'Verdana';
const CM = 567; // twips
const PT = 20; // twips
const BODY = { size: 18, leading: 12 * PT }; // half-points: 9 pt on 12 pt
const SMALL = { size: 13, leading: 9 * PT }; // 6.5 pt on 9 pt
const FOOTNOTE = { size: 14, leading: 9 * PT }; // 7 pt on 9 pt
const LINE = BODY.leading; // one blank line of text

const PAGE = { width: 11906, height: 16838 }; // A4
const MARGIN = { top: Math.round(4 * CM), bottom: Math.round(2 * CM), left: Math.round(2.4 * CM), right: Math.round(6 * CM) };
/** The reference column: right of the text column (which ends at 15 cm), 4.2 cm wide. */
const COLUMN = { x: Math.round(15.5 * CM), width: Math.round(4.2 * CM) };
/** The first page's window (return address, addressee) and reference column start here, below the logo. */
const FIRST_PAGE_TOP = Math.round(5 * CM);
/** Datum and Betreft: the value beside the label, wrapped lines under the value. */
const LABEL_TAB = Math.round(1.9 * CM);
/** Room to sign: four blank lines between the closing and the name. */
const SIGNING_ROOM = 4 * LINE;

const STYLE_IDS = { retouradres: 'Retouradres', reference: 'Referentiegegevens', referenceLabel: 'Referentiegegevenskop', heading: 'Kop', question: 'Vraag' } as const;

function footnoteNumbers(document: AnswerDocument): Map<number, number> {
  // Word numbers footnotes itself, from 1 in order of use; the draft's numbers map onto those.
  const ids = new Map<number, number>();
  for (const block of [...(document.letter?.body ?? []), ...document.answers]) {
    for (const inline of block.inlines) {
      if ('footnote' in inline && !ids.has(inline.footnote) && document.footnotes.has(inline.footnote)) ids.set(inline.footnote, ids.size + 1);
    }
  }
  return ids;
}

/** Bold headings and italic questions on the runs too, not only in their styles: readers that ignore styles (mammoth) still see them. */
function runs(inlines: Inline[], footnoteIds: Map<number, number>, look: { bold?: boolean; italics?: boolean } = {}): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  let previousWasReference = false;
  for (const inline of inlines) {
    const id = 'footnote' in inline ? footnoteIds.get(inline.footnote) : undefined;
    if (id !== undefined) {
      // [1][2] are two notes, never "¹²" (which reads as 12): a superscript comma between them
      if (previousWasReference) children.push(new TextRun({ text: ',', superScript: true }));
      children.push(new FootnoteReferenceRun(id));
      previousWasReference = true;
    } else {
      children.push(new TextRun({ text: 'text' in inline ? inline.text : `[${inline.footnote}]`, ...look }));
      previousWasReference = false;
    }
  }
  return children;
}

const BLOCK_STYLE: Record<Block['kind'], { style?: string; after: number; look?: { bold?: boolean; italics?: boolean } }> = {
  heading: { style: STYLE_IDS.heading, after: LINE, look: { bold: true } },
  'question-heading': { style: STYLE_IDS.heading, after: 0, look: { bold: true } },
  question: { style: STYLE_IDS.question, after: LINE, look: { italics: true } },
  'answer-heading': { style: STYLE_IDS.heading, after: 0, look: { bold: true } },
  answer: { after: LINE },
  'mededeling-heading': { style: STYLE_IDS.heading, after: 0, look: { bold: true } },
  text: { after: LINE },
};

function line(text: string, options: IParagraphOptions = {}): Paragraph {
  return new Paragraph({ ...options, children: [new TextRun(text)] });
}

/** Datum 20 januari 2026: the label, a tab, the value; a long Betreft wraps under its value. */
function labelled(field: LetterField, after: number): Paragraph {
  return new Paragraph({
    tabStops: [{ type: TabStopType.LEFT, position: LABEL_TAB }],
    indent: { left: LABEL_TAB, hanging: LABEL_TAB },
    spacing: { after },
    children: [new TextRun(field.label), new TextRun({ children: [new Tab(), field.value] })],
  });
}

/** The closing, room to sign, the name; a second signer one under the other. */
function signatureBlock(signatures: Signature[]): Paragraph[] {
  return signatures.flatMap((signature, i) => [
    line(signature.role, { keepNext: true, keepLines: true, spacing: { before: i === 0 ? 0 : LINE } }),
    ...(signature.name.length > 0 ? signature.name : ['']).map((name, k) => line(name, { keepLines: true, keepNext: k < signature.name.length - 1, spacing: { before: k === 0 ? SIGNING_ROOM : 0 } })),
  ]);
}

const DATE_OR_SUBJECT = /^(?:Datum|Betreft|Onderwerp)$/;

/** "Postbus 20011 2500 EH Den Haag" as the two lines of an address. */
function addressLines(address: string): string[] {
  const postcode = /\s(?=\d{4}\s?[A-Z]{2}\b)/.exec(address);
  return postcode ? [address.slice(0, postcode.index).trim(), address.slice(postcode.index).trim()] : [address.trim()];
}

/** "De minister van Justitie en Veiligheid," -> "Ministerie van Justitie en Veiligheid"; a minister "voor" has none of its own. */
function ministryOf(signature: Signature | undefined): string | undefined {
  const m = signature && /^De\s+(?:minister|staatssecretaris)\s+van\s+(.+?),\s*$/.exec(signature.role);
  return m && !m[1].includes('<') ? `Ministerie van ${m[1]}` : undefined;
}

type ColumnItem = { label?: string; lines: Array<string | ParagraphChild[]> };

/** The reference column's items (a bold label, its value lines; a blank line between items), as paragraphs. */
function referenceColumn(items: ColumnItem[], place: Pick<IParagraphOptions, 'frame' | 'indent'>): Paragraph[] {
  return items.flatMap((item, i) => [
    ...(item.label ? [new Paragraph({ ...place, style: STYLE_IDS.referenceLabel, spacing: { after: item.lines.length === 0 && i < items.length - 1 ? SMALL.leading : 0 }, children: [new TextRun(item.label)] })] : []),
    ...item.lines.map(
      (text, k) => new Paragraph({ ...place, style: STYLE_IDS.reference, spacing: { after: k === item.lines.length - 1 && i < items.length - 1 ? SMALL.leading : 0 }, children: typeof text === 'string' ? [new TextRun(text)] : text }),
    ),
  ]);
}

/**
 * On the first page the column is a frame at a fixed place on the page, beside the address
 * window; on the pages after it, the header's lines, indented into the right margin (a header
 * frame is not kept in place by every renderer: LibreOffice puts it at the left).
 */
const FIRST_PAGE_COLUMN: Pick<IParagraphOptions, 'frame'> = {
  frame: { type: 'absolute', position: { x: COLUMN.x, y: FIRST_PAGE_TOP }, width: COLUMN.width, anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE } },
};
const HEADER_COLUMN: Pick<IParagraphOptions, 'indent'> = {
  indent: { left: COLUMN.x - MARGIN.left, right: -(COLUMN.x + COLUMN.width - (PAGE.width - MARGIN.right)) },
};

const PAGE_X_OF_Y: ParagraphChild[] = [new TextRun({ children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] })];

export async function answerDocumentToDocx(document: AnswerDocument): Promise<Buffer> {
  const footnoteIds = footnoteNumbers(document);
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  for (const [number, id] of footnoteIds) footnotes[id] = { children: [new Paragraph({ children: [new TextRun(` ${document.footnotes.get(number)}`)] })] };
  const paragraph = (block: Block, options: IParagraphOptions = {}) => {
    const { style, after, look } = BLOCK_STYLE[block.kind];
    // no single line of a paragraph alone at the foot or head of a page
    return new Paragraph({ style, spacing: { after }, widowControl: true, ...options, children: runs(block.inlines, footnoteIds, look) });
  };

  const children: Paragraph[] = [];
  const letter = document.letter;
  const field = (label: RegExp) => letter?.fields.find((f) => label.test(f.label));
  if (letter) {
    const ministry = ministryOf(letter.signatures[0]);
    const address = letter.returnAddress ? addressLines(letter.returnAddress) : [];
    const column: ColumnItem[] = [
      // the sender: the ministry in bold (as a directorate stands in real letters), its postal address
      ...(ministry || address.length > 0 ? [{ label: ministry, lines: address }] : []),
      ...letter.fields.filter((f) => !DATE_OR_SUBJECT.test(f.label)).map((f) => ({ label: f.label, lines: [f.value] })),
      { lines: [PAGE_X_OF_Y] },
    ];
    children.push(...referenceColumn(column, FIRST_PAGE_COLUMN));
    children.push(line(`> Retouradres ${letter.returnAddress ?? ''}`.trim(), { style: STYLE_IDS.retouradres, spacing: { before: FIRST_PAGE_TOP - MARGIN.top, after: SMALL.leading } }));
    letter.addressee.forEach((text, i) => children.push(line(text, { spacing: { after: i === letter.addressee.length - 1 ? 3 * LINE : 0 } })));
    const dateAndSubject = letter.fields.filter((f) => DATE_OR_SUBJECT.test(f.label));
    dateAndSubject.forEach((f, i) => children.push(labelled(f, i === dateAndSubject.length - 1 ? 3 * LINE : 0)));
    for (const block of letter.body) children.push(paragraph(block));
    children.push(...signatureBlock(letter.signatures));
  }
  document.answers.forEach((block, i) => children.push(paragraph(block, i === 0 && letter ? { pageBreakBefore: true } : {})));

  // every later page: the date and Ons kenmerk again, and the page number
  const repeated = [field(/^Datum$/), field(/^Ons kenmerk$/)].filter((f): f is LetterField => f !== undefined);
  const laterPages = new Header({ children: referenceColumn([...repeated.map((f) => ({ label: f.label, lines: [f.value] })), { lines: [PAGE_X_OF_Y] }], HEADER_COLUMN) });

  const word = new Document({
    creator: 'kamervragen',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY.size, language: { value: 'nl-NL' } },
          paragraph: { spacing: { line: BODY.leading, lineRule: LineRuleType.EXACT } },
        },
        footnoteText: { run: { font: FONT, size: FOOTNOTE.size }, paragraph: { spacing: { line: FOOTNOTE.leading, lineRule: LineRuleType.EXACT } } },
        footnoteReference: { run: { superScript: true } },
      },
      paragraphStyles: [
        { id: STYLE_IDS.retouradres, name: 'Retouradres', basedOn: 'Normal', run: { size: SMALL.size }, paragraph: { spacing: { line: SMALL.leading, lineRule: LineRuleType.EXACT } } },
        { id: STYLE_IDS.reference, name: 'Referentiegegevens', basedOn: 'Normal', run: { size: SMALL.size }, paragraph: { spacing: { line: SMALL.leading, lineRule: LineRuleType.EXACT } } },
        { id: STYLE_IDS.referenceLabel, name: 'Referentiegegevens kop', basedOn: STYLE_IDS.reference, next: STYLE_IDS.reference, run: { bold: true } },
        { id: STYLE_IDS.heading, name: 'Kop antwoorden', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { keepNext: true, keepLines: true } },
        { id: STYLE_IDS.question, name: 'Vraag', basedOn: 'Normal', run: { italics: true } },
      ],
    },
    footnotes,
    sections: [
      {
        properties: {
          page: { size: PAGE, margin: { ...MARGIN, header: Math.round(1.5 * CM), footer: Math.round(1 * CM) } },
          titlePage: letter !== undefined,
        },
        // the first page of a letter has its column in the text (a frame), and an empty header
        headers: { default: laterPages, ...(letter ? { first: new Header({ children: [new Paragraph({})] }) } : {}) },
        children,
      },
    ],
  });
  return withFontTable(await Packer.toBuffer(word));
}

/**
 * The font table names Verdana as Word itself records it: a sans-serif ("swiss") with its PANOSE
 * numbers, so that a renderer without Verdana substitutes a sans-serif of the same build, not its
 * default serif.
 */
async function withFontTable(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  zip.file(
    'word/fontTable.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:font w:name="${FONT}"><w:panose1 w:val="020B0604030504040204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>`,
    { createFolders: false },
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
