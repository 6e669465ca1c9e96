import JSZip from 'jszip';
import type { AnswerDocument, Block, Inline } from '../service/features/answerDocument';

/**
 * A ministry's own Word template, filled in: text placeholders ({{datum}}, {{betreft}},
 * {{ons_kenmerk}}, {{uw_kenmerk}}, {{bijlage}}, {{retouradres}}) anywhere in a paragraph, and block
 * placeholders ({{aan}}, {{brief}}, {{antwoorden}}) that stand alone in their paragraph and become
 * paragraphs. Footnotes become real Word footnotes, added to the template's own. Word often splits
 * "{{datum}}" over several runs; a paragraph with a placeholder is rewritten as one run (the first
 * run's formatting).
 */
export const TEMPLATE_FIELDS = ['datum', 'betreft', 'ons_kenmerk', 'uw_kenmerk', 'bijlage', 'retouradres'] as const;
export const TEMPLATE_BLOCKS = ['aan', 'brief', 'antwoorden'] as const;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const FOOTNOTES_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes';
const FOOTNOTES_CONTENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

const STYLE: Record<Block['kind'], string> = {
  heading: '<w:b/>',
  'question-heading': '<w:b/>',
  question: '<w:i/>',
  'answer-heading': '<w:b/>',
  answer: '',
  'mededeling-heading': '<w:b/>',
  text: '',
};

export async function fillTemplate(template: Buffer, document: AnswerDocument): Promise<Buffer> {
  const zip = await JSZip.loadAsync(template);
  const main = zip.file('word/document.xml');
  if (!main) throw new Error('geen Word-document (word/document.xml ontbreekt)');
  let xml = await main.async('string');

  // Footnotes: the template's own stay; ours are numbered after them.
  let footnotesXml = (await zip.file('word/footnotes.xml')?.async('string')) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="${W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>`;
  let nextId = 1;
  for (const m of footnotesXml.matchAll(/<w:footnote\b[^>]*w:id="(-?\d+)"/g)) nextId = Math.max(nextId, Number(m[1]) + 1);
  const footnoteIds = new Map<number, number>();
  const added: string[] = [];
  const runs = (inlines: Inline[], style: string) =>
    inlines
      .map((inline) => {
        if ('text' in inline) return `<w:r>${style ? `<w:rPr>${style}</w:rPr>` : ''}<w:t xml:space="preserve">${escape(inline.text)}</w:t></w:r>`;
        const text = document.footnotes.get(inline.footnote);
        if (text === undefined) return `<w:r><w:t xml:space="preserve">[${inline.footnote}]</w:t></w:r>`;
        let id = footnoteIds.get(inline.footnote);
        if (id === undefined) {
          id = nextId++;
          footnoteIds.set(inline.footnote, id);
          added.push(`<w:footnote w:id="${id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${escape(text)}</w:t></w:r></w:p></w:footnote>`);
        }
        return `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
      })
      .join('');
  const paragraphs = (blocks: Block[]) => blocks.map((block) => `<w:p><w:pPr><w:spacing w:after="120"/></w:pPr>${runs(block.inlines, STYLE[block.kind])}</w:p>`).join('');

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
    brief: paragraphs(letter?.body ?? []),
    antwoorden: paragraphs(document.answers),
  };

  xml = xml.replace(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g, (paragraph) => {
    const texts = [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)];
    const joined = unescape(texts.map((t) => t[1]).join(''));
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
  zip.file('word/document.xml', xml);

  if (added.length > 0) {
    footnotesXml = footnotesXml.replace(/<\/w:footnotes>\s*$/, `${added.join('')}</w:footnotes>`);
    zip.file('word/footnotes.xml', footnotesXml);
    const relsPath = 'word/_rels/document.xml.rels';
    const rels = (await zip.file(relsPath)?.async('string')) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    if (!rels.includes(FOOTNOTES_TYPE)) zip.file(relsPath, rels.replace('</Relationships>', `<Relationship Id="rIdKamervragenFootnotes" Type="${FOOTNOTES_TYPE}" Target="footnotes.xml"/></Relationships>`));
    const types = await zip.file('[Content_Types].xml')?.async('string');
    if (types && !types.includes('/word/footnotes.xml')) zip.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/word/footnotes.xml" ContentType="${FOOTNOTES_CONTENT}"/></Types>`));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
