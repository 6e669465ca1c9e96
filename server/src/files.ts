import { randomBytes } from 'crypto';
import { closeSync, constants, copyFileSync, fchmodSync, fsyncSync, linkSync, lstatSync, openSync, promises as fsp, readFileSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'fs';
import { basename, dirname, join, parse as parsePath, resolve } from 'path';
import { CONFIG_FILE_NAME, parseConfigFile, type ConfigLayer, type ConfigProblem, type Messages } from './service';

/**
 * The file system edge of the CLI and the server: where I/O happens. Only regular files are read
 * (never a device or a FIFO, which could block for good), and only up to a size limit.
 */

/** 50 MB: far above any draft or register, far below what would exhaust memory. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

type Refusal = { reason: 'not-a-file' | 'too-large'; name: string; limitMegabytes: number };

function refusalText({ reason, name, limitMegabytes }: Refusal, messages: Messages): string {
  return reason === 'not-a-file' ? messages.fileNotRegular(name) : messages.fileTooLarge(name, limitMegabytes);
}

/** A file that is not read: not a regular file, or too large. `describeReadError` says why in the drafter's language. */
export class FileRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(`${refusal.name}: ${refusal.reason === 'not-a-file' ? 'not a regular file' : `larger than ${refusal.limitMegabytes} MB`}`);
  }
}

function refuse(path: string, stats: Stats, limit: number): FileRefused | undefined {
  const refused = (reason: Refusal['reason']) => new FileRefused({ reason, name: basename(path), limitMegabytes: Math.round(limit / 1024 / 1024) });
  if (!stats.isFile()) return refused('not-a-file');
  if (stats.size > limit) return refused('too-large');
  return undefined;
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
  const refused = refuse(path, statSync(path), limit);
  if (refused) throw refused;
  return decodeText(readFileSync(path));
}

/** A regular file's bytes (a Word template), with the same refusals as text. */
export function readBinaryFileSync(path: string, limit = MAX_FILE_BYTES): Buffer {
  const refused = refuse(path, statSync(path), limit);
  if (refused) throw refused;
  return readFileSync(path);
}

/** A regular file's bytes, read without blocking (a questions file, a template). */
export async function readBinaryFile(path: string, limit = MAX_FILE_BYTES): Promise<Buffer> {
  const refused = refuse(path, await fsp.stat(path), limit);
  if (refused) throw refused;
  return fsp.readFile(path);
}

export async function readTextFile(path: string, limit = MAX_FILE_BYTES): Promise<string> {
  const refused = refuse(path, await fsp.stat(path), limit);
  if (refused) throw refused;
  return decodeText(await fsp.readFile(path));
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

/** The folders from `folder` up to `stopAt` (inclusive) or the root, nearest first. */
function foldersUp(folder: string, stopAt?: string): string[] {
  const folders = [];
  let current = folder;
  for (;;) {
    folders.push(current);
    if (current === stopAt || current === parsePath(current).root) return folders;
    const parent = dirname(current);
    if (parent === current) return folders;
    current = parent;
  }
}

export interface FoundConfig {
  path: string;
  layer: ConfigLayer;
  problems: ConfigProblem[];
}

/** The nearest kamervragen.json from a file's folder upwards; registers it names are made absolute. */
export function findConfigSync(folder: string, stopAt?: string): FoundConfig | undefined {
  for (const candidate of foldersUp(folder, stopAt)) {
    const path = join(candidate, CONFIG_FILE_NAME);
    let text: string;
    try {
      text = readTextFileSync(path, 1024 * 1024);
    } catch {
      continue;
    }
    const { layer, problems } = parseConfigFile(text);
    if (layer.registers) layer.registers = layer.registers.map((register) => resolve(candidate, register));
    return { path, layer, problems };
  }
  return undefined;
}
