import picomatch from 'picomatch';

/**
 * Which files are drafts, one answer for the CLI, the server and the client: `.kamervragen`
 * files, and whatever the drafter associated with the language (VS Code's `files.associations`
 * patterns: a pattern with a slash matches the whole path, one without matches the file name).
 */
export const DRAFT_EXTENSION = '.kamervragen';

/** Folders never searched for drafts: dependencies and hidden folders (.git, .vscode). */
export function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

const matchers = new Map<string, (path: string) => boolean>();

function matcher(pattern: string): (path: string) => boolean {
  let match = matchers.get(pattern);
  if (!match) {
    match = picomatch(pattern, { dot: true });
    matchers.set(pattern, match);
  }
  return match;
}

/** `path` uses / or \ (either is fine); `associations` are glob patterns. */
export function isDraft(path: string, associations: readonly string[]): boolean {
  const normalized = path.replace(/\\/g, '/');
  if (normalized.toLowerCase().endsWith(DRAFT_EXTENSION)) return true;
  const name = normalized.slice(normalized.lastIndexOf('/') + 1);
  return associations.some((pattern) => (pattern.includes('/') ? matcher(pattern)(normalized) : matcher(pattern)(name)));
}

/** The patterns associated with the kamervragen language in a `files.associations` object. */
export function draftAssociations(associations: unknown): string[] {
  if (typeof associations !== 'object' || associations === null) return [];
  return Object.entries(associations)
    .filter(([pattern, language]) => language === 'kamervragen' && typeof pattern === 'string')
    .map(([pattern]) => pattern);
}
