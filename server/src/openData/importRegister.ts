import { promises as fsp } from 'fs';
import { join } from 'path';
import type { LanguageService, Messages, OpenDataPage, OpenDataProblem } from '../service';
import { checkWritable, describeReadError, FileRefused, readTextFile, writeFileSafely, WriteRefused, type WriteOptions } from '../files';

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
  /** The texts cut to their longest, item by item (the items are used). */
  shortened: string[];
}

/** Pagina-2 before pagina-10, as the pages were downloaded. */
const naturalOrder = new Intl.Collator('nl', { numeric: true }).compare;

/**
 * The pages named: a file as it is, a folder as the .json files in it (not in its folders), in
 * natural order, so that a later page, which is newer, comes later. A link in a folder is not
 * followed (it may lead anywhere); it is said, as is a folder without pages.
 */
export async function pagesNamed(paths: string[], messages: Messages): Promise<{ files: string[]; problems: string[] }> {
  const files: string[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    const isFolder = await fsp.stat(path).then((stats) => stats.isDirectory(), () => false); // a missing file is said when it is read
    if (!isFolder) {
      files.push(path);
      continue;
    }
    let entries;
    try {
      entries = (await fsp.readdir(path, { withFileTypes: true })).filter((entry) => entry.name.toLowerCase().endsWith('.json'));
    } catch (error) {
      problems.push(messages.fileUnreadable(path, describeReadError(error, messages)));
      continue;
    }
    const pages = entries.filter((entry) => entry.isFile()).map((entry) => entry.name).sort(naturalOrder);
    for (const link of entries.filter((entry) => entry.isSymbolicLink())) problems.push(messages.openDataFileProblem(join(path, link.name), messages.openDataLinkInFolder()));
    if (pages.length === 0 && entries.length === 0) problems.push(messages.openDataFileProblem(path, messages.openDataFolderWithoutPages()));
    files.push(...pages.map((name) => join(path, name)));
  }
  return { files, problems };
}

/** Reads the files named (a folder: its pages, see pagesNamed); a file that cannot be read is a problem like an item that cannot be used. */
export async function importPages(paths: string[], service: LanguageService): Promise<ImportResult> {
  return readPages(await pagesNamed(paths, service.messages), service);
}

async function readPages({ files, problems }: { files: string[]; problems: string[] }, service: LanguageService): Promise<ImportResult> {
  const { messages } = service;
  const unreadable = [...problems];
  const pages: OpenDataPage[] = [];
  for (const file of files) {
    try {
      pages.push({ file, text: await readTextFile(file) });
    } catch (error) {
      // a refused file's reason names it already ("pijp.json is geen gewoon bestand")
      unreadable.push(error instanceof FileRefused ? describeReadError(error, messages) : messages.fileUnreadable(file, describeReadError(error, messages)));
    }
  }
  const read = service.registerFromOpenData(pages);
  const said = (p: OpenDataProblem) => (p.item === undefined ? messages.openDataFileProblem(p.file, p.reason) : messages.openDataItemProblem(p.file, p.item, p.zaaknummer, p.reason));
  return { text: read.text, zaken: read.zaken, items: read.items, files: pages.length, problems: [...unreadable, ...read.problems.map(said)], shortened: read.shortened.map(said) };
}

/** Why the register was not written; a page named as the register is called one (not "the draft, the questions or the template"). */
export function describeImportRefusal(error: WriteRefused, messages: Messages): string {
  return error.reason === 'is-input' ? messages.fileUnwritable(error.path, messages.openDataWriteIsPage()) : error.describe(messages);
}

/** Imports and writes the register at `target` (see writeFileSafely); the pages themselves are never written over. */
export async function importRegister(paths: string[], target: string, replace: boolean, service: LanguageService): Promise<ImportResult & { written?: string }> {
  const named = await pagesNamed(paths, service.messages);
  // every page is an input: never written over, a folder's pages too
  const options: WriteOptions = { replace, inputs: named.files };
  checkWritable(target, options); // a name that cannot be written is said before the pages are read
  const result = await readPages(named, service);
  if (result.zaken === 0) return result;
  return { ...result, written: writeFileSafely(target, result.text, options) };
}
