import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { WordLimits } from './problems';
import { mainDocumentPart } from './opc';
import { ZipParts } from './zipParts';

/**
 * The text of a Word file as the parser reads it: one paragraph a line with a blank line between,
 * numbered list items with their numbers ("1. Bent u bekend ...?"), and Word's own footnotes as
 * "[n]" markers with "[n] text" lines at the end. mammoth reads the .docx (footnotes included);
 * its HTML is regular enough to turn into lines here. Runs in the Word process (wordProcess.ts).
 */
export async function readWordText(docx: Buffer, limits: WordLimits): Promise<string> {
  const { value: html } = await mammoth.convertToHtml({ buffer: await textPartsOnly(docx, limits) }, { convertImage: NO_IMAGES });
  return wordHtmlToText(html);
}

/**
 * mammoth reads a zip with JSZip, which inflates without a limit: it gets a zip rebuilt here, of
 * the document's XML parts only, read within the limits and stored uncompressed. Images are never
 * read: questions are text.
 */
async function textPartsOnly(docx: Buffer, limits: WordLimits): Promise<Buffer> {
  const parts = new ZipParts(docx, limits);
  mainDocumentPart(parts); // an Excel or PowerPoint file says so here
  const zip = new JSZip();
  for (const name of parts.names()) {
    if (/\.(xml|rels)$/i.test(name)) zip.file(name, parts.textOf(name)!);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function inline(html: string): string {
  return decode(
    html
      .replace(/<sup>\s*<a[^>]*href="#(?:footnote|endnote)-(\d+)"[^>]*>[^<]*<\/a>\s*<\/sup>/g, '[$1]')
      .replace(/<a[^>]*href="#(?:footnote|endnote)-ref-\d+"[^>]*>[^<]*<\/a>/g, '')
      .replace(/<br\s*\/?>/g, ' ')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
}

export function wordHtmlToText(html: string): string {
  const paragraphs: string[] = [];
  const notes: string[] = [];
  // Footnotes and endnotes come last, as <li id="footnote-N">; the body's lists are numbered here.
  const body = html.replace(/<li id="(?:footnote|endnote)-(\d+)">([\s\S]*?)<\/li>/g, (_, n: string, content: string) => {
    notes.push(`[${n}] ${inline(content)}`);
    return '';
  });
  const blocks = /<(p|h[1-6]|ol|ul)\b[^>]*>([\s\S]*?)<\/\1>/g;
  for (let m = blocks.exec(body); m; m = blocks.exec(body)) {
    if (m[1] === 'ol' || m[1] === 'ul') {
      let number = 0;
      for (const item of m[2].matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)) {
        number++;
        const text = inline(item[1]);
        if (text) paragraphs.push(m[1] === 'ol' ? `${number}. ${text}` : text);
      }
    } else {
      const text = inline(m[2]);
      if (text) paragraphs.push(text);
    }
  }
  return `${[...paragraphs, ...(notes.length > 0 ? [notes.join('\n')] : [])].join('\n\n')}\n`;
}
