import { randomBytes } from 'crypto';
import { closeSync, constants, copyFileSync, fchmodSync, fstatSync, fsyncSync, linkSync, lstatSync, openSync, promises as fsp, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'path';
import { CONFIG_FILE_NAME, parseConfigFile, type ConfigLayer, type ConfigProblem, type LanguageService, type Messages } from './service';

/**
 * The file system edge of the CLI and the server: where I/O happens. Only regular files are read
 * (never a device or a FIFO, which could block for good), and only up to a size limit.
 */

/** 50 MB: far above any register or questions file, far below what would exhaust memory. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * 2 MB of text: the most of a draft that is read and checked (a long answer document is 50 to
 * 150 KB). What a draft costs to check grows with its lines and what they hold, not only its bytes:
 * 2 MB of "Vraag 1" lines took 440 MB of memory to parse, where 2 MB of real answers take 17 MB,
 * and a 49 MB draft of "XXX " ran the CLI out of memory at 4.7 GB. Counted in characters for a text
 * the editor sends (a String's length), in bytes for a file.
 */
export const MAX_DRAFT_BYTES = 2 * 1024 * 1024;

/** Whether a draft's text is beyond what is checked: it is then neither parsed nor indexed. */
export function isTooLargeDraft(text: string): boolean {
  return text.length > MAX_DRAFT_BYTES;
}

/** The draft limit in whole megabytes, for messages. */
export const MAX_DRAFT_MEGABYTES = MAX_DRAFT_BYTES / 1024 / 1024;

type Refusal = { reason: 'not-a-file' | 'too-large' | 'terminal'; name: string; limitMegabytes: number };

function refusalText({ reason, name, limitMegabytes }: Refusal, messages: Messages): string {
  if (reason === 'terminal') return messages.standardInputIsTerminal();
  return reason === 'not-a-file' ? messages.fileNotRegular(name) : messages.fileTooLarge(name, limitMegabytes);
}

/** A file that is not read: not a regular file, or too large. `describeReadError` says why in the drafter's language. */
export class FileRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(`${refusal.name}: ${refusal.reason === 'not-a-file' ? 'not a regular file' : refusal.reason === 'terminal' ? 'a terminal' : `larger than ${refusal.limitMegabytes} MB`}`);
  }
}

function refuse(name: string, stats: Stats, limit: number): FileRefused | undefined {
  if (!stats.isFile()) return new FileRefused({ reason: 'not-a-file', name, limitMegabytes: Math.round(limit / 1024 / 1024) });
  if (stats.size > limit) return tooLarge(name, limit);
  return undefined;
}

function tooLarge(name: string, limit: number): FileRefused {
  return new FileRefused({ reason: 'too-large', name, limitMegabytes: Math.round(limit / 1024 / 1024) });
}

/** Reads go in whole pages: some files (/proc/self/pagemap) refuse a read of any other length. */
const PAGE = 4096;

function pages(bytes: number): number {
  return Math.ceil(bytes / PAGE) * PAGE;
}

/**
 * A file's bytes as they are read, never more than `limit`: the size a file reports is only a
 * start (a /proc file says 0 and never ends, a file may grow while it is read).
 */
class BoundedBytes {
  private buffer: Buffer;
  private length = 0;
  /** Room for the limit and one page more: a file that fills it is too large. */
  private readonly capacity: number;

  constructor(
    sizeHint: number,
    private readonly limit: number,
    private readonly name: string,
  ) {
    this.capacity = pages(limit) + PAGE;
    // a page more than the file says: a file that grew is seen at once
    this.buffer = Buffer.allocUnsafe(Math.min(pages(sizeHint) + PAGE, this.capacity));
  }

  /** Where the next read goes: the buffer, the offset and how much fits. */
  space(): [Buffer, number, number] {
    if (this.length === this.buffer.length) {
      const bigger = Buffer.allocUnsafe(Math.min(Math.max(this.length * 2, 16 * PAGE), this.capacity));
      this.buffer.copy(bigger, 0, 0, this.length);
      this.buffer = bigger;
    }
    return [this.buffer, this.length, this.buffer.length - this.length];
  }

  /** Counts what a read brought; false at the end of the file. Refuses a file beyond the limit. */
  took(count: number): boolean {
    this.length += count;
    if (this.length > this.limit) throw tooLarge(this.name, this.limit);
    return count > 0;
  }

  get bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

// Opened without waiting: a FIFO put in a file's place after a check must not block the open.
const OPEN_FOR_READING = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** A regular file's bytes, up to `limit`; what is opened is what is checked (no stat, then a different file). */
function readBytesSync(path: string, limit: number): Buffer {
  // a device is refused before it is opened: opening some (a tape, a terminal) does something
  const early = refuse(basename(path), statSync(path), limit);
  if (early) throw early;
  const fd = openSync(path, OPEN_FOR_READING);
  try {
    const stats = fstatSync(fd);
    const refused = refuse(basename(path), stats, limit);
    if (refused) throw refused;
    const bytes = new BoundedBytes(stats.size, limit, basename(path));
    while (bytes.took(readSync(fd, ...bytes.space(), null)));
    return bytes.bytes;
  } finally {
    closeSync(fd);
  }
}

async function readBytes(path: string, limit: number): Promise<Buffer> {
  const early = refuse(basename(path), await fsp.stat(path), limit);
  if (early) throw early;
  const file = await fsp.open(path, OPEN_FOR_READING);
  try {
    const stats = await file.stat();
    const refused = refuse(basename(path), stats, limit);
    if (refused) throw refused;
    const bytes = new BoundedBytes(stats.size, limit, basename(path));
    while (bytes.took((await file.read(...bytes.space(), null)).bytesRead));
    return bytes.bytes;
  } finally {
    await file.close();
  }
}

/** Decodes a file as text: UTF-8 (a BOM is dropped), or UTF-16 with a BOM (Word's "Unicode text"). */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function readTextFileSync(path: string, limit = MAX_FILE_BYTES): string {
  return decodeText(readBytesSync(path, limit));
}

/** A regular file's bytes (a Word template), with the same refusals as text. */
export function readBinaryFileSync(path: string, limit = MAX_FILE_BYTES): Buffer {
  return readBytesSync(path, limit);
}

/** A regular file's bytes, read without blocking (a questions file, a template). */
export async function readBinaryFile(path: string, limit = MAX_FILE_BYTES): Promise<Buffer> {
  return readBytes(path, limit);
}

export async function readTextFile(path: string, limit = MAX_FILE_BYTES): Promise<string> {
  return decodeText(await readBytes(path, limit));
}

/** Why a file could not be read, in the drafter's language (never a raw "ENOENT: ..." or "EISDIR: ..."). */
export function describeReadError(error: unknown, messages: Messages): string {
  if (error instanceof FileRefused) return refusalText(error.refusal, messages);
  switch ((error as NodeJS.ErrnoException)?.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return messages.readMissing();
    case 'EACCES':
    case 'EPERM':
      return messages.readNoAccess();
    case 'EISDIR':
      return messages.readIsFolder();
    case 'ELOOP':
      return messages.readLinkLoop();
    default:
      return messages.readFailed(String((error as NodeJS.ErrnoException)?.code ?? ''));
  }
}

export type WriteRefusal = 'no-name' | 'missing-folder' | 'folder' | 'not-regular' | 'symlink' | 'exists' | 'is-input' | 'no-access' | 'read-only' | 'full' | 'failed';

/** A file that is not written, and why; `describe` says it in the drafter's language. */
export class WriteRefused extends Error {
  constructor(
    readonly reason: WriteRefusal,
    readonly path: string,
  ) {
    super(`${path}: not written (${reason})`);
  }

  describe(messages: Messages): string {
    return writeRefusalText(this.reason, this.path, messages);
  }
}

export interface WriteOptions {
  /** replace an existing file (the CLI's --force; a save dialog that asked) */
  replace: boolean;
  /** the files the command reads (the draft, the template, the questions): never written over, even with replace */
  inputs: Array<string | undefined>;
}

function writeRefusalText(reason: WriteRefusal, path: string, messages: Messages): string {
  const folder = dirname(path);
  const texts: Record<WriteRefusal, () => string> = {
    'no-name': () => messages.writeNoName(),
    'missing-folder': () => messages.writeMissingFolder(folder),
    folder: () => messages.writeIsFolder(),
    'not-regular': () => messages.writeNotRegular(),
    symlink: () => messages.writeSymlink(),
    exists: () => messages.writeExists(),
    'is-input': () => messages.writeIsInput(),
    'no-access': () => messages.writeNoAccess(folder),
    'read-only': () => messages.writeReadOnly(),
    full: () => messages.writeFull(),
    failed: () => messages.writeFailed(),
  };
  return reason === 'no-name' ? texts[reason]() : messages.fileUnwritable(path, texts[reason]());
}


function refusalOf(error: unknown, path: string): WriteRefused {
  if (error instanceof WriteRefused) return error;
  switch ((error as NodeJS.ErrnoException)?.code) {
    case 'EEXIST':
      return new WriteRefused('exists', path);
    case 'ENOENT':
    case 'ENOTDIR':
      return new WriteRefused('missing-folder', path);
    case 'EISDIR':
      return new WriteRefused('folder', path);
    case 'ELOOP':
      return new WriteRefused('symlink', path);
    case 'EACCES':
    case 'EPERM':
      return new WriteRefused('no-access', path);
    case 'EROFS':
      return new WriteRefused('read-only', path);
    case 'ENOSPC':
    case 'EDQUOT':
      return new WriteRefused('full', path);
    default:
      return new WriteRefused('failed', path);
  }
}

/**
 * Whether `target` may be written, before any work is done: a name in an existing folder, not a
 * folder, device or link, not one of the command's inputs, and (unless replacing) not there yet.
 * writeFileSafely checks again, and its final step is atomic; this only fails early.
 */
export function checkWritable(target: unknown, options: WriteOptions): string {
  if (typeof target !== 'string' || target.trim() === '') throw new WriteRefused('no-name', '');
  const path = resolve(target);
  if (/[\\/]$/.test(target)) throw new WriteRefused('folder', path);
  try {
    if (!statSync(dirname(path)).isDirectory()) throw new WriteRefused('missing-folder', path);
  } catch (error) {
    throw refusalOf(error, path);
  }
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return path;
    throw refusalOf(error, path);
  }
  if (stats.isSymbolicLink()) throw new WriteRefused('symlink', path);
  if (stats.isDirectory()) throw new WriteRefused('folder', path);
  if (!stats.isFile()) throw new WriteRefused('not-regular', path);
  if (isInput(path, options.inputs)) throw new WriteRefused('is-input', path);
  if (!options.replace) throw new WriteRefused('exists', path);
  return path;
}

/** The same file (by device and inode: another path, or a hard link to it, is the same file). */
function isInput(path: string, inputs: Array<string | undefined>): boolean {
  let target;
  try {
    target = statSync(path, { bigint: true });
  } catch {
    return false;
  }
  return inputs.some((input) => {
    if (!input) return false;
    try {
      const stats = statSync(input, { bigint: true });
      return stats.dev === target.dev && stats.ino === target.ino;
    } catch {
      return false;
    }
  });
}

/** Hard links unsupported here (some network and FAT file systems): fall back to an exclusive copy. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK', 'EXDEV']);

/**
 * Writes a whole file, or nothing. The content goes to a new temporary file beside the target
 * (created exclusively, never through a link), then takes the target's name in one step: a
 * hard link, which fails if the name exists (two writers can never both win, and nothing is
 * replaced), or with `replace` a rename, which replaces the name itself and never writes through
 * a link standing there. Whatever fails, the temporary file is removed.
 */
export function writeFileSafely(target: unknown, content: Buffer | string, options: WriteOptions): string {
  const path = checkWritable(target, options);
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.deel`);
  let descriptor: number | undefined;
  try {
    descriptor = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o666);
    const data = typeof content === 'string' ? Buffer.from(content) : content;
    for (let at = 0; at < data.length; ) at += writeSync(descriptor, data, at, data.length - at);
    if (options.replace) {
      try {
        fchmodSync(descriptor, lstatSync(path).mode & 0o7777); // the replaced file's permissions
      } catch {
        // a new file keeps the default permissions
      }
    }
    fsyncSync(descriptor);
    closeSync(descriptor);
    descriptor = undefined;
    if (options.replace) {
      if (isInput(path, options.inputs)) throw new WriteRefused('is-input', path);
      renameSync(temporary, path);
      return path;
    }
    try {
      linkSync(temporary, path);
    } catch (error) {
      if (!NO_HARD_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      copyExclusive(temporary, path);
    }
    removeQuietly(temporary);
    return path;
  } catch (error) {
    if (descriptor !== undefined) closeSync(descriptor);
    removeQuietly(temporary);
    throw refusalOf(error, path);
  }
}

/** Creates `path` (failing if the name exists, as link does) with the content of `from`; no half copy stays. */
function copyExclusive(from: string, path: string): void {
  try {
    copyFileSync(from, path, constants.COPYFILE_EXCL);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') removeQuietly(path);
    throw error;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // not there (never created, or renamed into place)
  }
}

/**
 * The text piped into the process (`kamervragen check -`), up to `limit`. A terminal is refused:
 * the drafter would wait for a text nobody sends.
 */
export async function readStandardInput(name: string, limit = MAX_FILE_BYTES): Promise<string> {
  if (process.stdin.isTTY) throw new FileRefused({ reason: 'terminal', name, limitMegabytes: Math.round(limit / 1024 / 1024) });
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > limit) {
      process.stdin.destroy();
      throw tooLarge(name, limit);
    }
    chunks.push(chunk);
  }
  return decodeText(Buffer.concat(chunks));
}

/** The folders from `folder` up to `root` (inclusive), nearest first; all of them up to `/` when `root` is not above. */
function foldersUp(folder: string, root?: string): string[] {
  const folders = [];
  let current = folder;
  for (;;) {
    folders.push(current);
    const parent = dirname(current);
    if (current === root || parent === current) return folders;
    current = parent;
  }
}

/** Whether `path` is `folder` or lies in it (by name; links are not resolved). */
function isAtOrAbove(folder: string, path: string): boolean {
  const relation = relative(folder, path);
  return relation !== '..' && !relation.startsWith(`..${sep}`) && !isAbsolute(relation);
}

/**
 * The root of a repository: a folder that holds `.git` (a folder, or a file in a worktree). As git
 * itself asks since 2.35.2, the folder and its `.git` must be the user's own: a `.git` someone
 * else put in a shared folder (/tmp) makes no repository there.
 */
function isRepositoryRoot(folder: string): boolean {
  let git: Stats;
  try {
    git = lstatSync(join(folder, '.git'));
  } catch {
    return false;
  }
  const uid = process.getuid?.();
  if (uid === undefined) return true;
  try {
    return git.uid === uid && statSync(folder).uid === uid;
  } catch {
    return false;
  }
}

/** Where the search for kamervragen.json may go, besides a repository's root. */
export interface ConfigLimits {
  /** The workspace folder that holds the file (the server): the search never goes above it. */
  workspaceFolder?: string;
  /**
   * Outside a repository (the CLI): the folder named on the command line and the current folder;
   * the highest of them above the file is where the search stops.
   */
  named?: string[];
}

/**
 * The highest folder whose kamervragen.json counts for a file in `folder`: the nearest repository
 * root or the workspace folder, whichever comes first; outside both, the highest `named` folder
 * above it, or else `folder` itself. Never a shared parent such as /tmp or /home that nobody named.
 */
export function configSearchRoot(folder: string, limits: ConfigLimits = {}): string {
  for (const candidate of foldersUp(folder)) {
    if (candidate === limits.workspaceFolder || isRepositoryRoot(candidate)) return candidate;
  }
  const above = (limits.named ?? []).map((named) => resolve(named)).filter((named) => isAtOrAbove(named, folder));
  return above.sort((a, b) => a.length - b.length)[0] ?? folder;
}

/** A problem of a kamervragen.json found: one of its values, or the file itself, which could not be read. */
export type FoundConfigProblem = ConfigProblem | { kind: 'unreadable'; line: number; error: unknown };

/** What is wrong with a kamervragen.json found, in the service's language. */
export function describeConfigProblem(problem: FoundConfigProblem, service: LanguageService): string {
  return problem.kind === 'unreadable' ? describeReadError(problem.error, service.messages) : service.describeConfigProblem(problem);
}

export interface FoundConfig {
  path: string;
  layer: ConfigLayer;
  problems: FoundConfigProblem[];
}

/** Whether `path`, with every link resolved, lies in `root`. */
function liesIn(path: string, root: string): boolean {
  try {
    return isAtOrAbove(realpathSync(root), realpathSync(path));
  } catch {
    return false;
  }
}

/**
 * The nearest kamervragen.json from a file's folder up to `root` (configSearchRoot); registers it
 * names are made absolute. A kamervragen.json that links out of `root`, or cannot be read, counts
 * as found, with its problem, so that no file further up takes its place.
 */
export function findConfigSync(folder: string, root = configSearchRoot(folder)): FoundConfig | undefined {
  for (const candidate of foldersUp(folder, root)) {
    const path = join(candidate, CONFIG_FILE_NAME);
    try {
      lstatSync(path);
    } catch {
      continue;
    }
    if (!liesIn(path, root)) return { path, layer: {}, problems: [{ kind: 'outside', boundary: root, line: 1 }] };
    let text: string;
    try {
      text = readTextFileSync(path, MAX_CONFIG_BYTES);
    } catch (error) {
      return { path, layer: {}, problems: [{ kind: 'unreadable', error, line: 1 }] };
    }
    const { layer, problems } = parseConfigFile(text);
    if (layer.registers) layer.registers = layer.registers.map((register) => resolve(candidate, register));
    return { path, layer, problems };
  }
  return undefined;
}

/**
 * The kamervragen.json of a draft the command line reads (`check`, `export`), in `folder`: up to
 * the repository's root, or outside one up to the folder `named` on the command line or the current
 * folder. One search for every command, so that `export` stops on no error that `check` let pass.
 */
export function findCommandLineConfig(folder: string, named: string): FoundConfig | undefined {
  return findConfigSync(folder, configSearchRoot(folder, { named: [named, process.cwd()] }));
}

/** 1 MB: a kamervragen.json is a few lines. */
const MAX_CONFIG_BYTES = 1024 * 1024;
