import type { LanguageService, OpenDataPage, OpenDataProblem } from '../service';
import { checkWritable, describeReadError, FileRefused, readTextFile, writeFileSafely, type WriteOptions } from '../files';

/**
 * `kamervragen register import` and the editor's "Register maken uit open data": the pages a
 * drafter downloaded from the Tweede Kamer's open data, read into a register file. Nothing is
 * fetched: only the files named are read. The register is written whole or not at all, never
 * through a link, never over one of the pages, and never over an existing file unless `replace`.
 */

export interface ImportResult {
  /** The register's text, and how many zaken it holds. */
  text: string;
  zaken: number;
  /** Items read, and files read (of those named). */
  items: number;
  files: number;
  /** What could not be used, in `messages`' language: a file, or an item with its reason. */
  problems: string[];
}

/** Reads the files named; a file that cannot be read is a problem like an item that cannot be used. */
export async function importPages(files: string[], service: LanguageService): Promise<ImportResult> {
  const { messages } = service;
  const pages: OpenDataPage[] = [];
  const unreadable: string[] = [];
  for (const file of files) {
    try {
      pages.push({ file, text: await readTextFile(file) });
    } catch (error) {
      // a refused file's reason names it already ("pijp.json is geen gewoon bestand")
      unreadable.push(error instanceof FileRefused ? describeReadError(error, messages) : messages.fileUnreadable(file, describeReadError(error, messages)));
    }
  }
  const read = service.registerFromOpenData(pages);
  const problems = [...unreadable, ...read.problems.map((p: OpenDataProblem) => (p.item === undefined ? messages.openDataFileProblem(p.file, p.reason) : messages.openDataItemProblem(p.file, p.item, p.zaaknummer, p.reason)))];
  return { text: read.text, zaken: read.zaken, items: read.items, files: pages.length, problems };
}

/** Imports and writes the register at `target` (see writeFileSafely); the pages themselves are never written over. */
export async function importRegister(files: string[], target: string, replace: boolean, service: LanguageService): Promise<ImportResult & { written?: string }> {
  const options: WriteOptions = { replace, inputs: files };
  checkWritable(target, options); // a name that cannot be written is said before the pages are read
  const result = await importPages(files, service);
  if (result.zaken === 0) return result;
  return { ...result, written: writeFileSafely(target, result.text, options) };
}
