import { promises as fsp, readFileSync, statSync, type Stats } from 'fs';
import { basename, dirname, join, parse as parsePath, resolve } from 'path';
import { CONFIG_FILE_NAME, messages, parseConfigFile, type ConfigLayer } from './service';

/**
 * The file system edge of the CLI and the server: where I/O happens. Only regular files are read
 * (never a device or a FIFO, which could block for good), and only up to a size limit.
 */

/** 50 MB: far above any draft or register, far below what would exhaust memory. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export class FileRefused extends Error {
  constructor(readonly reason: 'not-a-file' | 'too-large', message: string) {
    super(message);
  }
}

function refuse(path: string, stats: Stats, limit: number): FileRefused | undefined {
  if (!stats.isFile()) return new FileRefused('not-a-file', messages.fileNotRegular(basename(path)));
  if (stats.size > limit) return new FileRefused('too-large', messages.fileTooLarge(basename(path), Math.round(limit / 1024 / 1024)));
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

export async function readTextFile(path: string, limit = MAX_FILE_BYTES): Promise<string> {
  const refused = refuse(path, await fsp.stat(path), limit);
  if (refused) throw refused;
  return decodeText(await fsp.readFile(path));
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
  problems: string[];
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
