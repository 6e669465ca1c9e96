import { realpathSync } from 'fs';
import { realpath, readdir } from 'fs/promises';
import { dirname, isAbsolute, join, resolve } from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { isDraft, isSkippedFolder, WorkspaceIndex } from '../service';
import { FileRefused, isTooLargeDraft, MAX_DRAFT_BYTES, readTextFile } from '../files';

/** A draft beyond what is checked, which is therefore not read (files.ts, MAX_DRAFT_BYTES). */
export const TOO_LARGE = Symbol('too large');

/** At most this many drafts are indexed; a folder with more is not a drafts folder. */
const MAX_FILES = 20000;
const READ_BATCH = 32;
/** Text indexed between two pauses: 64 kB, a few milliseconds to parse even before the code is optimised. */
const INDEX_SLICE_CHARACTERS = 65536;

/** The server's view of the workspace folders on disk: which files are drafts, and reading them. */
export class WorkspaceFiles {
  private folderPaths: string[] = [];
  private draftPatterns: string[] = [];

  configure(folderUris: string[], associations: string[]): void {
    this.folderPaths = folderUris.flatMap((uri) => {
      const path = pathOf(uri);
      return path ? [path] : [];
    });
    this.draftPatterns = associations;
  }

  get folders(): readonly string[] {
    return this.folderPaths;
  }

  get associations(): readonly string[] {
    return this.draftPatterns;
  }

  /** The workspace folder that holds a file, if any. */
  folderOf(path: string): string | undefined {
    return this.folderPaths.filter((folder) => path === folder || path.startsWith(`${folder}/`)).sort((a, b) => b.length - a.length)[0];
  }

  /**
   * Where a file lies once every link is resolved: inside a workspace folder (what the workspace's
   * own settings may name), outside, or missing: not there (yet), in a folder that is inside.
   */
  placeOf(path: string): 'inside' | 'outside' | 'missing' {
    const roots = this.realFolders();
    const place = (candidate: string): 'inside' | 'outside' | 'missing' => {
      try {
        return liesUnder(realpathSync(candidate), roots) ? 'inside' : 'outside';
      } catch {
        // the nearest folder that exists decides where the missing file would be
        const parent = dirname(candidate);
        return parent !== candidate && place(parent) !== 'outside' ? 'missing' : 'outside';
      }
    };
    return place(path);
  }

  /** The workspace folders with their links resolved. */
  private realFolders(): string[] {
    return this.folderPaths.flatMap((folder) => {
      try {
        return [realpathSync(folder)];
      } catch {
        return [];
      }
    });
  }

  /** A register path from the editor's settings: absolute, or relative to the first workspace folder. */
  resolve(path: string): string {
    return isAbsolute(path) ? path : resolve(this.folderPaths[0] ?? process.cwd(), path);
  }

  isDraft(uri: string): boolean {
    const path = pathOf(uri);
    return path !== undefined && isDraft(path, this.draftPatterns);
  }

  /**
   * A draft of the workspace, read from disk; one that lies (through a link) outside the workspace
   * folders is not read (undefined), nor one beyond what is checked (TOO_LARGE: files.ts, MAX_DRAFT_BYTES).
   */
  async read(uri: string): Promise<string | typeof TOO_LARGE | undefined> {
    const path = pathOf(uri);
    if (!path || this.placeOf(path) !== 'inside') return undefined;
    try {
      return await readTextFile(path, MAX_DRAFT_BYTES);
    } catch (error) {
      return error instanceof FileRefused && error.refusal.reason === 'too-large' ? TOO_LARGE : undefined;
    }
  }

  /**
   * Every draft of the workspace folders, each once (symlinks resolved, loops skipped); a link to
   * a draft outside the workspace folders is not one of them.
   */
  async drafts(): Promise<string[]> {
    const files: string[] = [];
    const seen = new Set<string>();
    const roots = this.realFolders();
    const walk = async (folder: string): Promise<void> => {
      let real: string;
      try {
        real = await realpath(folder);
      } catch {
        return;
      }
      if (seen.has(real)) return;
      seen.add(real);
      let entries;
      try {
        entries = await readdir(folder, { withFileTypes: true });
      } catch {
        return;
      }
      const isDraftFile = (entry: (typeof entries)[number]) => (entry.isFile() || entry.isSymbolicLink()) && isDraft(join(folder, entry.name), this.draftPatterns);
      // a folder's drafts resolved together: one by one, 2,000 drafts wait on 2,000 trips to the disk
      const targets = new Map(await Promise.all(entries.filter(isDraftFile).map(async (entry) => [entry.name, await realpath(join(folder, entry.name)).catch(() => undefined)] as const)));
      for (const entry of entries) {
        if (files.length >= MAX_FILES) return;
        const path = join(folder, entry.name);
        if (entry.isDirectory()) {
          if (!isSkippedFolder(entry.name)) await walk(path);
        } else if (targets.has(entry.name)) {
          const target = targets.get(entry.name);
          if (target && !seen.has(target) && liesUnder(target, roots)) {
            seen.add(target);
            files.push(path);
          }
        }
      }
    };
    for (const folder of this.folderPaths) await walk(folder);
    return files.map((path) => pathToFileURL(path).toString());
  }

  /**
   * Walks every folder once; open documents are indexed from their editor text. Files are read a
   * batch at a time (one by one, 2,000 drafts wait on 2,000 trips to the disk), and between
   * batches `pause` lets the checks of what is being typed go first: a batch is a few milliseconds.
   */
  async buildIndex(openText: (uri: string) => string | undefined, pause: () => Promise<void>): Promise<WorkspaceIndex> {
    const index = new WorkspaceIndex();
    const uris = await this.drafts();
    let indexed = 0; // characters indexed since the last pause
    for (let i = 0; i < uris.length; i += READ_BATCH) {
      if (i > 0) await pause();
      const batch = uris.slice(i, i + READ_BATCH);
      const texts = await Promise.all(batch.map((uri) => openText(uri) ?? this.read(uri)));
      for (let k = 0; k < batch.length; k++) {
        const text = texts[k];
        if (typeof text !== 'string' || isTooLargeDraft(text)) continue;
        // a batch of drafts is some 500 kB to parse: a pause within it too, so that a slice stays a few milliseconds
        if (indexed > 0 && indexed + text.length > INDEX_SLICE_CHARACTERS) {
          await pause();
          indexed = 0;
        }
        index.update(batch[k], text);
        indexed += text.length;
      }
      indexed = 0;
    }
    return index;
  }
}

/** Whether a real path is one of the real folders or lies in one. */
function liesUnder(real: string, roots: string[]): boolean {
  return roots.some((root) => real === root || real.startsWith(root.endsWith('/') ? root : `${root}/`));
}

export function pathOf(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}
