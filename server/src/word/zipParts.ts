import { crc32 as zlibCrc32, inflateRawSync } from 'zlib';
import { WordProblem, type WordLimits } from './problems';

/**
 * The parts of a .docx (a zip), read with limits that hold while inflating: what a zip's directory
 * declares about sizes can lie, so every part is inflated with a cap on its output (zlib stops
 * there), and all parts read together share one budget. Only names a Word document can have are
 * addressable: an entry named "/etc/x", "../x" or "a\\b" is never read nor copied. No library reads
 * the zip: the readers after this (mammoth, the template filler) get the parts from here.
 */
export class ZipParts {
  private readonly entries = new Map<string, Entry>();
  private readonly read = new Map<string, Buffer>();
  private used = 0;

  constructor(
    private readonly bytes: Buffer,
    private readonly limits: WordLimits,
  ) {
    sniffWord(bytes);
    for (const entry of centralDirectory(bytes, limits)) {
      if (!isPartName(entry.name)) continue;
      const key = entry.name.toLowerCase(); // OPC part names compare case-insensitively
      if (this.entries.has(key)) throw new WordProblem({ kind: 'damaged' });
      this.entries.set(key, entry);
    }
  }

  /** The part names, as the zip spells them. */
  names(): string[] {
    return [...this.entries.values()].map((entry) => entry.name);
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** A part's bytes, inflated within the limits; undefined when there is no such part. */
  bytesOf(name: string): Buffer | undefined {
    const key = name.toLowerCase();
    const done = this.read.get(key);
    if (done) return done;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const data = this.inflate(entry);
    this.read.set(key, data);
    return data;
  }

  /**
   * A part as XML text. Word never writes a DTD, so the only entities are XML's own five and
   * character references: a part with a DTD or any other entity (XXE, "billion laughs", or
   * just not well-formed) is refused here, before any XML parser sees it.
   */
  textOf(name: string): string | undefined {
    const bytes = this.bytesOf(name);
    if (!bytes) return undefined;
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    if (/<!DOCTYPE|<!ENTITY|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/i.test(text)) throw new WordProblem({ kind: 'damaged', part: name });
    return text;
  }

  private inflate(entry: Entry): Buffer {
    const remaining = this.limits.totalBytes - this.used;
    const cap = Math.min(this.limits.partBytes, remaining);
    const tooLarge = () =>
      cap === this.limits.partBytes
        ? new WordProblem({ kind: 'part-too-large', part: entry.name, megabytes: megabytes(this.limits.partBytes) })
        : new WordProblem({ kind: 'total-too-large', megabytes: megabytes(this.limits.totalBytes) });
    if (entry.declaredSize > cap) throw tooLarge();
    const start = dataStart(this.bytes, entry);
    const stored = this.bytes.subarray(start, start + entry.compressedSize);
    if (stored.length !== entry.compressedSize) throw new WordProblem({ kind: 'damaged', part: entry.name });
    let data: Buffer;
    if (entry.method === 0) {
      if (stored.length > cap) throw tooLarge();
      data = stored;
    } else {
      try {
        // maxOutputLength stops zlib as soon as the output passes the cap
        data = inflateRawSync(stored, { maxOutputLength: Math.max(cap, 1) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
        throw new WordProblem({ kind: 'damaged', part: entry.name });
      }
    }
    if (crc32(data) !== entry.crc) throw new WordProblem({ kind: 'damaged', part: entry.name });
    this.used += data.length;
    return data;
  }
}

interface Entry {
  name: string;
  method: 0 | 8;
  crc: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** What the file is when it is not a zip: a PDF and an old .doc (or an encrypted .docx) get their own message. */
export function sniffWord(bytes: Buffer): void {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') throw new WordProblem({ kind: 'pdf' });
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0) throw new WordProblem({ kind: 'old-word' });
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== LOCAL) throw new WordProblem({ kind: 'not-a-zip' });
}

function centralDirectory(bytes: Buffer, limits: WordLimits): Entry[] {
  // the end record is in the last 64 KB + 22 bytes (its comment is at most 64 KB)
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new WordProblem({ kind: 'not-a-zip' });
  const count = bytes.readUInt16LE(end + 10);
  const offset = bytes.readUInt32LE(end + 16);
  // zip64 (above 65,535 entries or 4 GB) is far beyond any Word letter
  if (count === 0xffff || offset === 0xffffffff) throw new WordProblem({ kind: 'too-many-parts', count: limits.entries });
  if (count > limits.entries) throw new WordProblem({ kind: 'too-many-parts', count: limits.entries });
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw new WordProblem({ kind: 'damaged' });
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const nameLength = bytes.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (next > bytes.length) throw new WordProblem({ kind: 'damaged' });
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1');
    if (flags & 0x1) throw new WordProblem({ kind: 'encrypted' });
    if (method !== 0 && method !== 8) throw new WordProblem({ kind: 'damaged', part: name });
    entries.push({
      name,
      method,
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      declaredSize: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    });
    at = next;
  }
  return entries;
}

function dataStart(bytes: Buffer, entry: Entry): number {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) throw new WordProblem({ kind: 'damaged', part: entry.name });
  return at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
}

/** A name a part of a Word document can have: relative, forward slashes, no "." or ".." segments. */
export function isPartName(name: string): boolean {
  if (name === '' || name.startsWith('/') || name.endsWith('/') || /[\\\0:]/.test(name)) return false;
  return name.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

function megabytes(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** zlib's crc32 where Node has it (20.15 and later); VS Code's own Node may be older. */
function crc32(data: Buffer): number {
  if (typeof zlibCrc32 === 'function') return zlibCrc32(data) >>> 0;
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
