import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { corpusDir } from '../test/helpers/paths';

/**
 * Drafts of any size built from the real corpus: its documents repeated one after another, with
 * the question numbers of every copy shifted so that the result is one long, consistent draft.
 */

const HEADING = /^(\s*(?:\u2022\s*)?(?:Vraag|Vragen|Antwoord(?: op)?(?: vraag| vragen)?)\s+)([\d ,en&t/m\-]+?)(\s*:?\s*)$/;

export function corpusTexts(): string[] {
  const folders = [corpusDir, join(corpusDir, 'real')];
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFileSync(join(folder, name), 'utf8')),
  );
}

/** The text with its question numbers (headings and "antwoord op vraag N") raised by `offset`. */
export function shiftNumbers(text: string, offset: number): string {
  return text
    .split('\n')
    .map((line) => {
      const heading = HEADING.exec(line);
      if (!heading) return line.replace(/(antwoord op vra(?:ag|gen) )(\d{1,3})/gi, (_, words: string, n: string) => `${words}${Number(n) + offset}`);
      return heading[1] + heading[2].replace(/\d+/g, (n) => String(Number(n) + offset)) + heading[3];
    })
    .join('\n');
}

export function generateDraft(bytes: number): string {
  const texts = corpusTexts();
  const parts: string[] = [];
  let size = 0;
  for (let copy = 0; size < bytes; copy++) {
    const text = shiftNumbers(texts[copy % texts.length], Math.floor(copy / texts.length) * 1000 + (copy % texts.length) * 50);
    parts.push(text);
    size += Buffer.byteLength(text, 'utf8') + 1;
  }
  const draft = parts.join('\n');
  return draft.slice(0, bytes);
}
