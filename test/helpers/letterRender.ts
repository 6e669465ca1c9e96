import { execFileSync, spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import { pathToFileURL } from 'url';
import { repoRoot } from './paths';

/**
 * A Word letter as a reader sees it: rendered by LibreOffice (Debian's, installed on first use by
 * scripts/ensure-libreoffice.sh) to PDF, its words with their boxes read back with pdftotext
 * -bbox, and its pages drawn as PNG with pdftoppm. Positions are in points from the page's top left.
 */

export interface PlacedWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** The words of one line: same page, same baseline. */
export interface PlacedLine {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  words: PlacedWord[];
}

export interface RenderedLetter {
  pdf: string;
  pages: number;
  width: number;
  height: number;
  words: PlacedWord[];
  lines: PlacedLine[];
  pngs: string[];
}

export function ensureLibreOffice(): void {
  execFileSync('bash', [join(repoRoot, 'scripts', 'ensure-libreoffice.sh')], { stdio: 'inherit' });
}

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');
}

/** `columnAt`: the x (in points) where a second column starts; a line never runs across it. */
export function renderLetter(docx: string, options: { dpi?: number; columnAt?: number } = {}): RenderedLetter {
  const folder = mkdtempSync(join(tmpdir(), 'kamervragen-render-'));
  // a profile of its own: two renderings at once never share (or lock) one
  const profile = pathToFileURL(join(folder, 'profiel')).toString();
  const converted = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, docx], { encoding: 'utf8', timeout: 120000 });
  const pdf = join(folder, `${basename(docx).replace(/\.docx$/, '')}.pdf`);
  if (converted.status !== 0) throw new Error(`LibreOffice could not render ${docx}: ${converted.stderr}`);
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const words: PlacedWord[] = [];
  let page = 0;
  let width = 0;
  let height = 0;
  for (const m of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[1]) {
      page++;
      width = Number(m[1]);
      height = Number(m[2]);
    } else words.push({ page, text: decode(m[7]), xMin: Number(m[3]), yMin: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]) });
  }
  const pngFolder = join(folder, 'png');
  mkdirSync(pngFolder);
  execFileSync('pdftoppm', ['-r', String(options.dpi ?? 72), '-png', pdf, join(pngFolder, 'pagina')]);
  const pngs = readdirSync(pngFolder).sort().map((name) => join(pngFolder, name));
  return { pdf, pages: page, width, height, words, lines: linesOf(words, options.columnAt ?? Infinity), pngs };
}

/** Words on one page whose boxes share a bottom (within a point) form a line, left to right, on one side of `columnAt`. */
function linesOf(words: PlacedWord[], columnAt: number): PlacedLine[] {
  const lines: PlacedLine[] = [];
  for (const word of [...words].sort((a, b) => a.page - b.page || a.yMax - b.yMax || a.xMin - b.xMin)) {
    const last = lines[lines.length - 1];
    if (last && last.page === word.page && Math.abs(last.yMax - word.yMax) < 1 && (last.xMax < columnAt) === (word.xMin < columnAt)) {
      last.words.push(word);
      last.text += ` ${word.text}`;
      last.xMax = word.xMax;
      last.yMin = Math.min(last.yMin, word.yMin);
    } else lines.push({ page: word.page, text: word.text, xMin: word.xMin, xMax: word.xMax, yMin: word.yMin, yMax: word.yMax, words: [word] });
  }
  return lines;
}

export function pngSize(png: string): { width: number; height: number } {
  const bytes = readFileSync(png);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
