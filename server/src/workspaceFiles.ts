import { readdir, readFile } from 'fs/promises';
import { extname, isAbsolute, join, resolve } from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { WorkspaceIndex } from './service';

/** At most this many drafts are indexed; a folder with more is not a drafts folder. */
const MAX_FILES = 20000;
const SKIPPED = new Set(['node_modules', '.git', '.vscode-host', 'out', 'dist']);

/** The server's view of the workspace folders on disk: which files are drafts, and reading them. */
export class WorkspaceFiles {
  private folders: string[] = [];
  private extensions = new Set<string>(['.kamervragen']);

  get draftExtensions(): string[] {
    return [...this.extensions];
  }

  configure(folderUris: string[], extensions: string[]): void {
    this.folders = folderUris.flatMap((uri) => {
      const path = this.pathOf(uri);
      return path ? [path] : [];
    });
    this.extensions = new Set(extensions.map((e) => e.toLowerCase()));
  }

  pathOf(uri: string): string | undefined {
    try {
      return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    } catch {
      return undefined;
    }
  }

  /** A register path from the settings: absolute, or relative to the first workspace folder. */
  resolve(path: string): string {
    return isAbsolute(path) ? path : resolve(this.folders[0] ?? process.cwd(), path);
  }

  isDraft(uri: string): boolean {
    return this.extensions.has(extname(this.pathOf(uri) ?? uri).toLowerCase());
  }

  async read(uri: string): Promise<string | undefined> {
    const path = this.pathOf(uri);
    if (!path) return undefined;
    try {
      return await readFile(path, 'utf8');
    } catch {
      return undefined;
    }
  }

  /** Walks every folder once; open documents are indexed from their editor text. */
  async buildIndex(openText: (uri: string) => string | undefined): Promise<WorkspaceIndex> {
    const index = new WorkspaceIndex();
    const files: string[] = [];
    const walk = async (folder: string): Promise<void> => {
      let entries;
      try {
        entries = await readdir(folder, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        if (files.length >= MAX_FILES) return;
        if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) continue;
        const path = join(folder, entry.name);
        if (entry.isDirectory()) await walk(path);
        else if (this.extensions.has(extname(entry.name).toLowerCase())) files.push(path);
      }
    };
    for (const folder of this.folders) await walk(folder);
    for (const path of files) {
      const uri = pathToFileURL(path).toString();
      const text = openText(uri) ?? (await readFile(path, 'utf8').catch(() => undefined));
      if (text !== undefined) index.update(uri, text);
    }
    return index;
  }
}
