import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { corpusTexts, shiftNumbers } from './generateDraft';

/**
 * A drafts repository at a ministry's scale, built from the corpus (test/corpus) the same way every
 * run: 2,000 drafts of 1.6 to 33 KB (about 29 MB), in 40 folders. Each draft is one or more corpus
 * documents, the questions of each renumbered after the previous one's, with a zaaknummer of its
 * own; some carry what a drafter leaves while working (an answer not written yet, a placeholder, a
 * footnote marker without its text), so that the checks have something to report.
 */

export const REPOSITORY_DRAFTS = 2000;

/** A small seeded generator (mulberry32): the same drafts on every machine and run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function corpusDraft(index: number, texts = corpusTexts()): string {
  const next = random(index + 1);
  const target = 1_500 + Math.floor(next() * 14_000);
  const zaak = `2026Z${String(index).padStart(5, '0')}`;
  const parts: string[] = [];
  let size = 0;
  for (let part = 0; size < target; part++) {
    const text = texts[part === 0 ? index % texts.length : Math.floor(next() * texts.length)];
    parts.push(shiftNumbers(text, part * 100));
    size += text.length + 1;
  }
  let draft = parts.join('\n').replace(/\b20\d\dZ\d{5}\b/g, zaak);
  if (next() < 0.15) draft = draft.replace(/^Antwoord op vraag \d+\s*$/m, ''); // an answer not written yet
  if (next() < 0.1) draft += '\nPM\n';
  if (next() < 0.1) draft += '\nZie ook de bron.[99]\n';
  return draft;
}

/** Writes the drafts under `folder`; returns how many files and bytes. */
export function writeCorpusDrafts(folder: string, count = REPOSITORY_DRAFTS): { files: number; bytes: number } {
  const texts = corpusTexts();
  let bytes = 0;
  for (let index = 0; index < count; index++) {
    const subfolder = join(folder, `map-${String(index % 40).padStart(2, '0')}`);
    if (index < 40) mkdirSync(subfolder, { recursive: true });
    const draft = corpusDraft(index, texts);
    writeFileSync(join(subfolder, `2026Z${String(index).padStart(5, '0')}.kamervragen`), draft);
    bytes += Buffer.byteLength(draft);
  }
  return { files: count, bytes };
}
