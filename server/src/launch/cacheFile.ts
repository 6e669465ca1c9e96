import { createHash, randomBytes } from 'crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, renameSync, unlinkSync, writeSync } from 'fs';
import { join } from 'path';
import { Refusal } from './cacheFolder';

/**
 * One file of the code cache: "KVCACHE1", the SHA-256 of the key and the payload, then the payload
 * (V8's cached data). The key names the exact bundle (its content's hash), Node's version and
 * architecture and V8's version, so a payload reaches V8 only when it was made for this very bundle
 * by this very Node, and whole: V8 itself checks only the source's length (and its own version and
 * flags), and crashes on damaged data.
 */
const MAGIC = Buffer.from('KVCACHE1');
const HEADER_BYTES = MAGIC.length + 32;
/** Far above any cache of these bundles (the server's is under 1 MB); a larger file is not read. */
const MAX_CACHE_BYTES = 32 * 1024 * 1024;

function checksum(key: string, payload: Uint8Array): Buffer {
  return createHash('sha256').update(key).update('\0').update(payload).digest();
}

export function encodeCacheFile(key: string, payload: Uint8Array): Buffer {
  return Buffer.concat([MAGIC, checksum(key, payload), payload]);
}

/**
 * The payload of the cache file at `path`, if it is a regular file of the user's own that no one
 * else can write, with one name, of a sane size, and whole and made for `key`. Throws otherwise.
 */
export function readCacheFile(path: string, key: string, uid: number): Buffer {
  // lstat first, so that no FIFO or device is ever opened; then fstat on what was opened
  if (!lstatSync(path).isFile()) throw new Refusal(`geen gewoon bestand: ${path}`);
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Refusal(`geen gewoon bestand: ${path}`);
    if (stat.uid !== uid) throw new Refusal(`het bestand is van een andere gebruiker (${stat.uid}): ${path}`);
    if ((stat.mode & 0o022) !== 0) throw new Refusal(`het bestand is schrijfbaar voor groep of anderen: ${path}`);
    if (stat.nlink !== 1) throw new Refusal(`het bestand heeft meer dan één naam (een harde link): ${path}`);
    if (stat.size < HEADER_BYTES || stat.size > MAX_CACHE_BYTES) throw new Refusal(`het bestand is te klein of te groot (${stat.size} bytes): ${path}`);
    const data = Buffer.allocUnsafe(stat.size);
    for (let at = 0; at < data.length; ) {
      const read = readSync(fd, data, at, data.length - at, at);
      if (read === 0) throw new Refusal(`het bestand werd korter tijdens het lezen: ${path}`);
      at += read;
    }
    const payload = data.subarray(HEADER_BYTES);
    if (!data.subarray(0, MAGIC.length).equals(MAGIC) || !data.subarray(MAGIC.length, HEADER_BYTES).equals(checksum(key, payload))) {
      throw new Refusal(`de controlesom klopt niet (beschadigd, of voor een andere bundel of Node): ${path}`);
    }
    return payload;
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes the cache file whole or not at all: into a new file of a name no one can foresee
 * (exclusive create, never through a link, mode 0600), then renamed over `name`.
 */
export function writeCacheFile(folder: string, name: string, key: string, payload: Uint8Array): void {
  const temporary = join(folder, `.${name}.${process.pid}-${randomBytes(8).toString('hex')}`);
  const fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
  try {
    try {
      const data = encodeCacheFile(key, payload);
      for (let at = 0; at < data.length; ) at += writeSync(fd, data, at, data.length - at);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, join(folder, name));
  } catch (error) {
    unlinkSync(temporary);
    throw error;
  }
}

/** How long a temporary file may stand before it counts as left behind by a writer that died. */
const ABANDONED_MS = 10 * 60 * 1000;

/**
 * Removes what is of no more use: the caches of other builds of the same bundle for the same Node
 * (names starting with `prefix`), and temporary files that writers left behind.
 */
export function removeStale(folder: string, name: string, prefix: string): void {
  for (const other of readdirSync(folder)) {
    try {
      const stale = other.startsWith(prefix) ? other !== name : other.startsWith(`.${prefix}`) && Date.now() - lstatSync(join(folder, other)).mtimeMs > ABANDONED_MS;
      if (stale) unlinkSync(join(folder, other));
    } catch {
      // gone already, or not ours to remove (a folder): the next write tries again
    }
  }
}
