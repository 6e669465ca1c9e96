import { WordProblem } from './problems';
import { isPartName, type ZipParts } from './zipParts';

/**
 * The package structure of a .docx (Open Packaging Conventions): which parts the relationships
 * lead to, starting from the package's own (_rels/.rels). A part no relationship leads to is no
 * part of the document, whatever else the zip holds.
 */

export const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

export interface Relationship {
  id: string;
  type: string;
  /** the part it leads to, as a name in the zip; undefined for an external target (a URL) */
  part?: string;
  /** the Relationship element as written */
  xml: string;
}

/** "word/_rels/document.xml.rels" for "word/document.xml"; "_rels/.rels" for the package (""). */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function attribute(element: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(element);
  return m ? unescapeXml(m[2] ?? m[3]) : undefined;
}

export function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The relationships of `part` ("" for the package), their targets resolved to part names. */
export function relationshipsOf(parts: ZipParts, part: string): Relationship[] {
  const xml = parts.textOf(relationshipsPartOf(part));
  if (xml === undefined) return [];
  const folder = part.slice(0, part.lastIndexOf('/') + 1);
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*?\/?>/g)].map(([element]) => {
    const target = attribute(element, 'Target') ?? '';
    const external = attribute(element, 'TargetMode') === 'External';
    return { id: attribute(element, 'Id') ?? '', type: attribute(element, 'Type') ?? '', part: external ? undefined : resolvePart(folder, target), xml: element };
  });
}

/**
 * A relationship's target as a part name: relative to the source's folder, or from the package
 * root when it starts with "/". A target that leaves the package ("../../etc/x") is refused.
 */
export function resolvePart(folder: string, target: string): string {
  let path: string;
  try {
    path = decodeURIComponent(target.split('#')[0]);
  } catch {
    throw new WordProblem({ kind: 'damaged' });
  }
  const segments = path.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) throw new WordProblem({ kind: 'damaged' });
      segments.pop();
    } else segments.push(segment);
  }
  const name = segments.join('/');
  if (!isPartName(name)) throw new WordProblem({ kind: 'damaged' });
  return name;
}

/** The main document part (word/document.xml in every Word file), or a refusal. */
export function mainDocumentPart(parts: ZipParts): string {
  const main = relationshipsOf(parts, '').find((r) => r.type === OFFICE_DOCUMENT)?.part;
  if (main && parts.has(main)) return main;
  if (!main && parts.has('word/document.xml')) return 'word/document.xml';
  throw new WordProblem({ kind: 'not-a-document' });
}
