import JSZip from 'jszip';
import type { AnswerDocument, Block, Inline } from '../service';
import { mainDocumentPart, relationshipsOf, relationshipsPartOf, unescapeXml } from './opc';
import { WordProblem, type WordLimits } from './problems';
import { ZipParts } from './zipParts';

/**
 * A ministry's own Word template, filled in: text placeholders ({{datum}}, {{betreft}},
 * {{ons_kenmerk}}, {{uw_kenmerk}}, {{bijlage}}, {{retouradres}}) anywhere in a paragraph, and block
 * placeholders ({{aan}}, {{brief}}, {{antwoorden}}) that stand alone in their paragraph and become
 * paragraphs. Footnotes become real Word footnotes, added to the template's own. Word often splits
 * "{{datum}}" over several runs; a paragraph with a placeholder is rewritten as one run (the first
 * run's formatting). The letter holds only the parts the template's relationships lead to, each
 * with a content type: nothing else of the template's zip is copied.
 */
export const TEMPLATE_FIELDS = ['datum', 'betreft', 'ons_kenmerk', 'uw_kenmerk', 'bijlage', 'retouradres'] as const;
export const TEMPLATE_BLOCKS = ['aan', 'brief', 'antwoorden'] as const;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const FOOTNOTES_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes';
const FOOTNOTES_CONTENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml';
const STYLES_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
const MACROS_TYPE = 'http://schemas.microsoft.com/office/2006/relationships/vbaProject';
const DOCUMENT_CONTENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const CONTENT_TYPES = '[Content_Types].xml';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const HEADINGS = new Set<Block['kind']>(['heading', 'question-heading', 'answer-heading', 'mededeling-heading']);

const STYLE: Record<Block['kind'], string> = {
  heading: '<w:b/>',
  'question-heading': '<w:b/>',
  question: '<w:i/>',
  'answer-heading': '<w:b/>',
  answer: '',
  'mededeling-heading': '<w:b/>',
  text: '',
};

export async function fillTemplate(template: Buffer, document: AnswerDocument, limits: WordLimits): Promise<Buffer> {
  const { parts, main, copied } = documentParts(template, limits);
  let xml = parts.textOf(main)!;

  // Footnotes: the template's own stay; ours are numbered after them.
  const footnotesRelationship = relationshipsOf(parts, main).find((r) => r.type === FOOTNOTES_TYPE && r.part && parts.has(r.part));
  const footnotesPart = footnotesRelationship?.part && canonical(parts, footnotesRelationship.part);
  const footnotesXml = (footnotesPart && parts.textOf(footnotesPart)) || `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="${W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>`;
  let nextId = 1;
  for (const m of footnotesXml.matchAll(/<w:footnote\b[^>]*w:id="(-?\d+)"/g)) nextId = Math.max(nextId, Number(m[1]) + 1);
  const look = footnoteLook(parts, main, footnotesXml);
  const footnoteIds = new Map<number, number>();
  const added: string[] = [];
  const runs = (inlines: Inline[], style: string) => {
    let previousWasReference = false;
    return inlines
      .map((inline) => {
        const text = 'footnote' in inline ? document.footnotes.get(inline.footnote) : undefined;
        if ('text' in inline || text === undefined) {
          previousWasReference = false;
          return `<w:r>${style ? `<w:rPr>${style}</w:rPr>` : ''}<w:t xml:space="preserve">${escape('text' in inline ? inline.text : `[${inline.footnote}]`)}</w:t></w:r>`;
        }
        let id = footnoteIds.get(inline.footnote);
        if (id === undefined) {
          id = nextId++;
          footnoteIds.set(inline.footnote, id);
          added.push(`<w:footnote w:id="${id}"><w:p>${look.paragraph}<w:r>${look.reference}<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${escape(text)}</w:t></w:r></w:p></w:footnote>`);
        }
        // [1][2] are two notes, never "¹²" (which reads as 12): a superscript comma between them
        const separator = previousWasReference ? `<w:r>${look.reference}<w:t>,</w:t></w:r>` : '';
        previousWasReference = true;
        return `${separator}<w:r>${look.reference}<w:footnoteReference w:id="${id}"/></w:r>`;
      })
      .join('');
  };
  const paragraphs = (blocks: Block[]) =>
    blocks.map((block) => `<w:p><w:pPr>${HEADINGS.has(block.kind) ? '<w:keepNext/><w:keepLines/>' : ''}<w:spacing w:after="120"/></w:pPr>${runs(block.inlines, STYLE[block.kind])}</w:p>`).join('');
  const plain = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`;
  // the closing, room to sign (four lines of 12 pt), the name; a second signer one under the other
  const signatures = (document.letter?.signatures ?? [])
    .map((signature, i) => plain(signature.role, `<w:keepNext/><w:keepLines/>${i > 0 ? '<w:spacing w:before="240"/>' : ''}`) + (signature.name.length > 0 ? signature.name : ['']).map((name, k) => plain(name, k === 0 ? '<w:keepLines/><w:spacing w:before="960"/>' : '')).join(''))
    .join('');

  const letter = document.letter;
  const field = (label: RegExp) => letter?.fields.find((f) => label.test(f.label))?.value ?? '';
  const values: Record<(typeof TEMPLATE_FIELDS)[number], string> = {
    datum: field(/^Datum$/),
    betreft: field(/^(?:Betreft|Onderwerp)$/),
    ons_kenmerk: field(/^Ons kenmerk$/),
    uw_kenmerk: field(/^Uw kenmerk$/),
    bijlage: field(/^Bijlage/),
    retouradres: letter?.returnAddress ?? '',
  };
  const blocks: Record<(typeof TEMPLATE_BLOCKS)[number], string> = {
    aan: (letter?.addressee ?? []).map((line) => `<w:p><w:r><w:t xml:space="preserve">${escape(line)}</w:t></w:r></w:p>`).join(''),
    brief: paragraphs(letter?.body ?? []) + signatures,
    antwoorden: paragraphs(document.answers),
  };

  xml = xml.replace(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g, (paragraph) => {
    const texts = [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)];
    const joined = unescapeXml(texts.map((t) => t[1]).join(''));
    if (!joined.includes('{{')) return paragraph;
    const block = /^\s*\{\{\s*(aan|brief|antwoorden)\s*\}\}\s*$/.exec(joined);
    if (block) return blocks[block[1] as (typeof TEMPLATE_BLOCKS)[number]];
    const filled = joined.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (whole, name: string) => (name in values ? values[name as keyof typeof values] : whole));
    let first = true;
    return paragraph.replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g, () => {
      const text = first ? escape(filled) : '';
      first = false;
      return `<w:t xml:space="preserve">${text}</w:t>`;
    });
  });
  const output = new Map<string, string | Buffer>();
  for (const part of copied) output.set(part, parts.bytesOf(part)!);
  output.set(main, xml);
  let types = contentTypes(parts.textOf(CONTENT_TYPES)!, copied, main);
  if (added.length > 0) {
    const footnotes = footnotesPart ?? `${main.slice(0, main.lastIndexOf('/') + 1)}footnotes.xml`;
    output.set(footnotes, footnotesXml.replace(/<\/w:footnotes>\s*$/, `${added.join('')}</w:footnotes>`));
    if (!footnotesPart) {
      const relsPart = relationshipsPartOf(main);
      const rels = parts.textOf(relsPart) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
      output.set(relsPart, rels.replace('</Relationships>', `<Relationship Id="rIdKamervragenFootnotes" Type="${FOOTNOTES_TYPE}" Target="${footnotes.slice(footnotes.lastIndexOf('/') + 1)}"/></Relationships>`));
      types = types.replace('</Types>', `<Override PartName="/${footnotes}" ContentType="${FOOTNOTES_CONTENT}"/></Types>`);
    }
  }
  const zip = new JSZip();
  // no folder entries: a Word document has none, and every entry is a part
  zip.file(CONTENT_TYPES, types, { createFolders: false });
  for (const [name, content] of output) zip.file(name, content, { createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * The template's parts that make the document: from the package's relationships onwards, every
 * part a relationship leads to, that the zip holds and that has a content type, with the
 * relationships of each. A template with macros is refused (a letter never carries code).
 */
function documentParts(template: Buffer, limits: WordLimits): { parts: ZipParts; main: string; copied: Set<string> } {
  const parts = new ZipParts(template, limits);
  const types = parts.textOf(CONTENT_TYPES);
  if (types === undefined) throw new WordProblem({ kind: 'not-a-document' });
  const main = mainDocumentPart(parts);
  const typed = contentTypeOf(types);
  if (/macroEnabled/i.test(typed(main) ?? '')) throw new WordProblem({ kind: 'macros' });
  const copied = new Set<string>();
  const pending = [''];
  while (pending.length > 0) {
    const source = pending.pop()!;
    const rels = relationshipsPartOf(source);
    if (parts.has(rels)) copied.add(canonical(parts, rels));
    for (const relationship of relationshipsOf(parts, source)) {
      if (relationship.type === MACROS_TYPE) throw new WordProblem({ kind: 'macros' });
      if (!relationship.part || !parts.has(relationship.part)) continue;
      const part = canonical(parts, relationship.part);
      if (copied.has(part) || typed(part) === undefined) continue;
      copied.add(part);
      pending.push(part);
    }
  }
  return { parts, main: canonical(parts, main), copied };
}

/**
 * How the template's footnotes look, so that ours look the same: its styles for "footnote text"
 * and "footnote reference" (found by their built-in names: the style ids are translated in a
 * Dutch Word, "Voetnoottekst"), else the paragraph properties of its own first footnote, else
 * Word's usual ids.
 */
function footnoteLook(parts: ZipParts, main: string, footnotesXml: string): { paragraph: string; reference: string } {
  const stylesPart = relationshipsOf(parts, main).find((r) => r.type === STYLES_TYPE && r.part && parts.has(r.part))?.part;
  const styles = stylesPart ? (parts.textOf(stylesPart) ?? '') : '';
  const styleId = (type: string, name: string) => {
    for (const [style] of styles.matchAll(/<w:style\b[^>]*>[\s\S]*?<\/w:style>/g)) {
      if (!new RegExp(`w:type="${type}"`).test(style.slice(0, style.indexOf('>')))) continue;
      // the id as the XML writes it, entities and all: it goes back into XML as it is
      if (new RegExp(`<w:name\\s+w:val="${name}"`, 'i').test(style)) return /w:styleId="([^"]*)"/.exec(style)?.[1];
    }
    return undefined;
  };
  const text = styleId('paragraph', 'footnote text');
  const reference = styleId('character', 'footnote reference');
  const own = /<w:footnote\b(?![^>]*w:type=)[^>]*>\s*<w:p\b[^>]*>\s*(<w:pPr>[\s\S]*?<\/w:pPr>)/.exec(footnotesXml)?.[1];
  return {
    paragraph: text ? `<w:pPr><w:pStyle w:val="${text}"/></w:pPr>` : (own ?? '<w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'),
    reference: `<w:rPr>${reference ? `<w:rStyle w:val="${reference}"/>` : '<w:vertAlign w:val="superscript"/>'}</w:rPr>`,
  };
}

/** The part's name as the zip spells it (relationships may differ in case). */
function canonical(parts: ZipParts, name: string): string {
  return parts.names().find((n) => n.toLowerCase() === name.toLowerCase()) ?? name;
}

function contentTypeOf(types: string): (part: string) => string | undefined {
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const [element] of types.matchAll(/<(?:\w+:)?(?:Override|Default)\b[^>]*>/g)) {
    const partName = /PartName\s*=\s*"([^"]*)"/.exec(element)?.[1];
    const extension = /Extension\s*=\s*"([^"]*)"/.exec(element)?.[1];
    const type = /ContentType\s*=\s*"([^"]*)"/.exec(element)?.[1] ?? '';
    if (partName !== undefined) overrides.set(partName.replace(/^\//, '').toLowerCase(), type);
    else if (extension !== undefined) defaults.set(extension.toLowerCase(), type);
  }
  return (part) => overrides.get(part.toLowerCase()) ?? defaults.get(part.slice(part.lastIndexOf('.') + 1).toLowerCase());
}

/** The content types of the parts copied, the main part as a document (a .dotx becomes a .docx). */
function contentTypes(types: string, copied: Set<string>, main: string): string {
  const kept = new Set([...copied].map((part) => part.toLowerCase()));
  return types.replace(/<(?:\w+:)?Override\b[^>]*>/g, (element) => {
    const part = (/PartName\s*=\s*"\/?([^"]*)"/.exec(element)?.[1] ?? '').toLowerCase();
    if (!kept.has(part)) return '';
    return part === main.toLowerCase() ? element.replace(/ContentType\s*=\s*"[^"]*"/, `ContentType="${DOCUMENT_CONTENT}"`) : element;
  });
}
