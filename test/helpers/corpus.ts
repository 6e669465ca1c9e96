import { readFileSync } from 'fs';
import { join } from 'path';
import { corpusDir } from './paths';

/** One hand-annotated document of test/corpus (see its expected.json). */
export interface AnnotatedDocument {
  file: string;
  path: string;
  questions: number[];
  answerGroups: number[][] | string;
  unanswered: number[];
  footnoteMarkers?: string[];
  footnoteDefinitions?: string[];
  unresolvedFootnotes?: string[];
  crossReferences?: number[][];
}

export const corpusFolders = [corpusDir, join(corpusDir, 'real')];

export function annotatedDocuments(): AnnotatedDocument[] {
  return corpusFolders.flatMap((folder) => {
    const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as { documents: AnnotatedDocument[] };
    return expected.documents.map((document) => ({ ...document, path: join(folder, document.file) }));
  });
}

export function corpusText(name: string): string {
  for (const folder of corpusFolders) {
    try {
      return readFileSync(join(folder, name), 'utf8');
    } catch {
      // try the next folder
    }
  }
  throw new Error(`corpus document ${name} not found under ${corpusFolders.join(', ')}`);
}
