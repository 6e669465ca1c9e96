/**
 * The server's own requests beyond LSP, typed once for the server and the client. Types, plain
 * method names and one pure function: importing this pulls in neither side's runtime (the types
 * are erased).
 */

export type { DocumentStatus } from './service';
export type { EarlierAnswer } from './service';

export interface CheckWorkspaceResult {
  checked: number;
  total: number;
  problems: number;
  errors: number;
  cancelled: boolean;
}

export const Requests = {
  /** { uri } -> DocumentStatus | null */
  status: 'kamervragen/status',
  /** { uri } -> the Mededeling for the document's questions, as a snippet, or null */
  mededeling: 'kamervragen/mededeling',
  /** SnippetParams -> the snippet with that prefix (snippets/kamervragen.json), filled in for the document, or null */
  snippet: 'kamervragen/snippet',
  /** {} -> CheckWorkspaceResult: checks every draft of the workspace and publishes the results */
  checkWorkspace: 'kamervragen/checkWorkspace',
  /** -> ServerInfo */
  serverInfo: 'kamervragen/serverInfo',
  /** NewFromQuestionsParams -> NewFromQuestionsResult: a draft from the questions (.docx, .txt or text) */
  newFromQuestions: 'kamervragen/newFromQuestions',
  /** { uri } -> TextEdit[]: the open draft's pasted footnotes as "[n]" (empty when there are none) */
  convertFootnotes: 'kamervragen/convertFootnotes',
  /** ExportWordParams -> ExportWordResult: the open draft as a Word letter at `target` */
  exportWord: 'kamervragen/exportWord',
  /** SearchEarlierAnswersParams -> EarlierAnswer[]: "Eerder antwoord zoeken", best first */
  searchEarlierAnswers: 'kamervragen/searchEarlierAnswers',
  /** ImportRegisterParams -> ImportRegisterResult: a register from pages of the Kamer's open data, written at `target` */
  importRegister: 'kamervragen/importRegister',
} as const;

export interface NewFromQuestionsParams {
  /** A .docx or text file of the questions, or else */
  path?: string;
  /** the questions' text itself (the current editor's). */
  text?: string;
}

/** `unplaced`: what the draft could not place, with a count and where (the draft marks it with <controleer: …>). */
export type NewFromQuestionsResult = { text: string; questions: number; footnotes: number; unplaced?: string } | { error: string };

export interface ExportWordParams {
  uri: string;
  /**
   * The .docx to write, a full path (the save dialog has asked about replacing it). Never the
   * draft or the template, never through a symbolic link; written whole or not at all.
   */
  target: string;
  /** Export although the draft still has errors. */
  force: boolean;
  /** A ministry's Word template with {{placeholders}} (kamervragen.wordTemplate). */
  template?: string;
}

export type ExportWordResult = { written: string } | { errors: string[] } | { error: string };

export interface SearchEarlierAnswersParams {
  /** The words typed: of the subject, the askers' names, a zaaknummer. */
  query: string;
  /** The draft being written, whose folder's registers count and which is itself left out. */
  uri?: string;
}

export interface ImportRegisterParams {
  /** The pages downloaded from the open data (JSON), or folders of them, full paths. */
  files: string[];
  /** The register to write, a full path (the save dialog has asked about replacing it); never one of the pages, never through a link. */
  target: string;
}

/** What was written, and each item or file that could not be used, with its reason. */
export type ImportRegisterResult = { written: string; zaken: number; items: number; problems: string[]; shortened: string[] } | { error: string; problems: string[] };

export const Notifications = {
  /** server -> client, during checkWorkspace */
  checkProgress: 'kamervragen/checkProgress',
} as const;

export interface UriParams {
  uri: string;
}

export interface SnippetParams extends UriParams {
  /** "kv-nieuw" */
  prefix: string;
}

export interface CheckProgress {
  checked: number;
  total: number;
}

export interface ServerInfo {
  pid: number;
  version: string;
}

/**
 * Text for a VS Code notification, as plain text. Notifications turn "[text](command:...)",
 * "[text](https://...)" and "[text](file:...)" into links that a click runs or opens, and the
 * messages name files and values from outside (a register path or a value in kamervragen.json,
 * which whoever made the workspace chose; a questions file's name): a word joiner between "]" and
 * "(" leaves the text as it reads and makes no link of it. Used by the server for what it shows
 * (lsp/notices.ts) and by the client for what it shows of the server's answers.
 */
export function plainText(message: string): string {
  return message.replace(/\]\(/g, ']\u2060(');
}
