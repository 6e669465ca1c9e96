import { constants, crc32, deflateRawSync } from 'zlib';

/**
 * Zip files built by hand for the hostile tests: any entry name, any declared size, and content
 * that inflates to hundreds of megabytes from a few hundred kilobytes (a zip bomb), made on the
 * fly instead of committed.
 */

/** Text as written, or `repeat` repeated as often as fits whole in `bytes` (compressed once per megabyte). */
export type Segment = string | { repeat: string; bytes: number };

export interface ZipEntry {
  name: string;
  content: Segment | Segment[];
  /** the uncompressed size the directory claims (default: the true size) */
  declaredSize?: number;
  /** 0 stored, 8 deflated (default) */
  method?: 0 | 8;
}

const MEGABYTE = 1024 * 1024;

function compressed(segments: Segment[]): { data: Buffer; crc: number; size: number } {
  const pieces: Buffer[] = [];
  let crc = 0;
  let size = 0;
  // each piece is a raw deflate stream ended by a sync flush: byte-aligned, no final block, so
  // pieces concatenate into one stream, which a final empty block ends
  const add = (chunk: Buffer, times = 1) => {
    const piece = deflateRawSync(chunk, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
    for (let i = 0; i < times; i++) {
      pieces.push(piece);
      crc = crc32(chunk, crc);
    }
    size += chunk.length * times;
  };
  for (const segment of segments) {
    if (typeof segment === 'string') {
      add(Buffer.from(segment));
      continue;
    }
    const unit = Buffer.byteLength(segment.repeat);
    const unitsPerChunk = Math.max(1, Math.floor(MEGABYTE / unit));
    const units = Math.floor(segment.bytes / unit);
    const chunk = Buffer.from(segment.repeat.repeat(unitsPerChunk));
    add(chunk, Math.floor(units / unitsPerChunk));
    if (units % unitsPerChunk > 0) add(chunk.subarray(0, (units % unitsPerChunk) * unit));
  }
  pieces.push(deflateRawSync(Buffer.alloc(0)));
  return { data: Buffer.concat(pieces), crc: crc >>> 0, size };
}

export function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const segments = Array.isArray(entry.content) ? entry.content : [entry.content];
    const method = entry.method ?? 8;
    let data: Buffer;
    let crc: number;
    let size: number;
    if (method === 0) {
      data = Buffer.concat(segments.map((s) => Buffer.from(typeof s === 'string' ? s : s.repeat.repeat(Math.floor(s.bytes / Buffer.byteLength(s.repeat))))));
      crc = crc32(data) >>> 0;
      size = data.length;
    } else ({ data, crc, size } = compressed(segments));
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6); // names in UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(entry.declaredSize ?? size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(entry.declaredSize ?? size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
export const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A document.xml around `body` (paragraphs' XML, or a repeated one). */
export function documentXml(body: Segment | Segment[]): Segment[] {
  return [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>`, ...(Array.isArray(body) ? body : [body]), '</w:body></w:document>'];
}

export function paragraph(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** The smallest .docx Word and mammoth open: content types, the package's relationships, the document. */
export function docxOf(document: Segment | Segment[], extra: ZipEntry[] = []): Buffer {
  return zipOf([{ name: '[Content_Types].xml', content: CONTENT_TYPES }, { name: '_rels/.rels', content: PACKAGE_RELS }, { name: 'word/document.xml', content: documentXml(document) }, ...extra]);
}
