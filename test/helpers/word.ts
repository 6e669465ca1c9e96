import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import { checkInputs, mergeConfig, type CalendarDate } from '../../server/src/service';
import { createWordRunner, exportToWord } from '../../server/src/word';
import { service } from './draft';

/** The letter as `kamervragen export` makes it (in the Word process), or the errors or the problem that stop it. */
export async function exportDraft(text: string, options: { force: boolean; today: CalendarDate; template?: Buffer }): Promise<{ docx: Buffer } | { errors: string[] } | { problem: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'kamervragen-letter-'));
  let templatePath: string | undefined;
  if (options.template) writeFileSync((templatePath = join(folder, 'sjabloon.docx')), options.template);
  const parsed = service.parse(text);
  const result = await exportToWord(
    { parsed, target: join(folder, 'brief.docx'), replace: false, force: options.force, templatePath, diagnostics: () => service.check(parsed, checkInputs(mergeConfig({}), options.today)) },
    { service, word: createWordRunner() },
  );
  if ('written' in result) return { docx: readFileSync(result.written) };
  return 'errors' in result ? { errors: result.errors.map((d) => d.message) } : result;
}

/** The XML parts of a .docx that say how it looks. */
export async function docxParts(docx: Buffer): Promise<{ document: string; styles: string; footnotes: string; fontTable: string; headers: string[] }> {
  const zip = await JSZip.loadAsync(docx);
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const headers = await Promise.all(zip.file(/^word\/header\d*\.xml$/).map((file) => file.async('string')));
  return { document: await text('word/document.xml'), styles: await text('word/styles.xml'), footnotes: await text('word/footnotes.xml'), fontTable: await text('word/fontTable.xml'), headers };
}

/** The paragraphs of a part, each with its text (runs joined) and its XML. */
export function paragraphsOf(xml: string): Array<{ text: string; xml: string }> {
  return [...xml.matchAll(/<w:p\b[^>]*>[\s\S]*?<\/w:p>|<w:p\/>/g)].map(([p]) => ({ xml: p, text: [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1])).join('') }));
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
