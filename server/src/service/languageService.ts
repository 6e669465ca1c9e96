import { parseDocument, type ParsedDocument, type PreviousParse } from './parse/parseDocument';
import type { Position, Range } from './text/lines';
import { checkDocument } from './check';
import type { Diagnostic } from './diagnostics';
import type { AnswerTerms, DiagnosticRef } from './rules/rule';
import { configProblemText, type CheckInputs, type ConfigProblem } from './config';
import { createMessages, type Messages, type Translation } from './messages';
import { mededelingText, type TextEdit } from './edits';
import { codeActions, type CodeActionFix } from './features/codeActions';
import { convertFootnotes } from './features/convertFootnotes';
import { documentSymbols, foldingSections, type FoldingSection, type OutlineSymbol } from './features/outline';
import { summarizeStructure, type StructureSummary } from './features/structureSummary';
import { documentStatus, type DocumentStatus } from './features/status';
import { completions, type CompletionList } from './features/completion';
import { snippetText } from './features/snippets';
import { completionNeedsSources, describeKenmerk, type CompletionSources } from './features/referenceCompletion';
import { definitionRanges, hoverText, occurrences, prepareRename, renameEdits, targetAt, type Occurrence, type Target } from './features/navigation';
import { describeUnplaced, draftFromQuestions, type NewDraft, type NewDraftInputs, type Unplaced } from './features/newDraft';
import { answerDocument, type AnswerDocument } from './features/answerDocument';
import { parseRegister, parseRegisterPausing, type RegisterLoad } from './lookup/register';
import { registerFromOpenData, type OpenDataPage, type OpenDataRegister } from './lookup/openData';
import { searchEarlierAnswers, type EarlierAnswer, type EarlierAnswerSources } from './features/earlierAnswers';
import { documentLinks, type DocumentLink } from './features/documentLinks';
import type { WorkspaceIndex } from './lookup/workspaceIndex';
import type { CalendarDate } from './dates';

/**
 * The language service's front door, in the shape of vscode-markdown-languageservice's
 * `createLanguageService`: one object per language, whose methods are the features. The server,
 * the CLI, the Word use cases and the benchmark call only these (and the few names index.ts lists
 * beside them); what stands behind them may change without them.
 *
 * The language is chosen when the service is made, never switched: a server that checks folders
 * in two languages holds two services, and every call speaks its own.
 */
export interface LanguageServiceOptions {
  /** The translation of every drafter-facing text, keyed on the Dutch (l10n/bundle.l10n.en.json); none: Dutch. */
  translation?: Translation;
}

export interface LanguageService {
  /** The texts in this service's language, for what an adapter says itself (a file it cannot read, a register's problem). */
  readonly messages: Messages;

  /** The text read into its model; with `previous`, only the lines its edit touched are read again. */
  parse(text: string, previous?: PreviousParse): ParsedDocument;
  /** Every rule under a file's settings, sorted by position. */
  check(parsed: ParsedDocument, inputs: CheckInputs): Diagnostic[];
  /**
   * The diagnostics' quick fixes (one of each title), "Voetnoten omzetten naar [n]" where `range`
   * (the request's) touches a pasted footnote, and the fix-all when `only` (LSP's kinds filter) asks for it.
   */
  codeActions(parsed: ParsedDocument, diagnostics: DiagnosticRef[], only?: string[], range?: Range): CodeActionFix[];
  /** The edits that turn the pasted footnotes into "[n]" (the command's; empty when there are none). */
  convertFootnotes(parsed: ParsedDocument): TextEdit[];

  /** The outline: every question, answer and Mededeling in order. */
  documentSymbols(parsed: ParsedDocument): OutlineSymbol[];
  foldingRanges(parsed: ParsedDocument): FoldingSection[];
  /** The structure as the CLI's --json prints it. */
  structureSummary(parsed: ParsedDocument): StructureSummary;
  /** The status bar's data: questions answered, and the days left to the deadline counted from `today`. */
  status(parsed: ParsedDocument, today: CalendarDate, answerTerms: AnswerTerms): DocumentStatus;

  /** Whether completion here needs the register and the workspace index: ask for them only then. */
  completionNeedsSources(parsed: ParsedDocument, position: Position): boolean;
  /**
   * What may be typed here: the references the context asks for (a zaaknummer, Ons kenmerk, a
   * question, a footnote, a ministry, an earlier answer); where there are none, the snippets at the
   * start of a line, unless `afterSpace` (a typed space asked). Never anything in prose.
   */
  completions(parsed: ParsedDocument, position: Position, sources: CompletionSources, options?: { afterSpace?: boolean }): CompletionList;
  /** A snippet's text (kv-brief, kv-vraag, ...) filled in from the document, dated `today`. */
  snippet(parsed: ParsedDocument, prefix: string, today: CalendarDate): string | undefined;

  /** What stands at a position: a footnote, a question number, a kenmerk. */
  targetAt(parsed: ParsedDocument, position: Position): Target | undefined;
  /** Markdown about a target; a kenmerk is described from `sources` (the workspace, the registers) when given. */
  hover(parsed: ParsedDocument, target: Target, sources?: CompletionSources): string | undefined;
  /** Where a footnote or question is defined in this document. */
  definitions(parsed: ParsedDocument, target: Target): Range[];
  occurrences(parsed: ParsedDocument, target: Target): Occurrence[];
  prepareRename(parsed: ParsedDocument, position: Position): { range: Range; placeholder: string } | undefined;
  rename(parsed: ParsedDocument, position: Position, newName: string): TextEdit[] | { error: string };

  /** The Mededeling (postponement notice) for the questions: a snippet for the command, plain text to insert. */
  mededeling(parsed: ParsedDocument, format: 'snippet' | 'plain'): string;
  /** A draft to answer the questions as the Kamer sends them; undefined when there are none. */
  newDraft(parsed: ParsedDocument, inputs: NewDraftInputs): NewDraft | undefined;
  /** What a new draft could not place, said with a count and where; undefined when all was placed. */
  describeUnplaced(unplaced: Unplaced[]): string | undefined;
  /** The draft as the letter's parts, independent of .docx. */
  answerDocument(parsed: ParsedDocument): AnswerDocument;

  /** What is wrong in a kamervragen.json, said in this language. */
  describeConfigProblem(problem: ConfigProblem): string;
  /** A register (JSON or CSV, by its file name), its problems said in this language. */
  readRegister(text: string, file: string): RegisterLoad;
  /** The same, letting other work in between slices of a large JSON register (`pause`). */
  readRegisterPausing(text: string, file: string, pause: () => Promise<void>): Promise<RegisterLoad>;
  /** A register from pages of the Tweede Kamer's open data (lookup/openData.ts); what cannot be used is said in this language. */
  registerFromOpenData(pages: OpenDataPage[]): OpenDataRegister;
  /** "Eerder antwoord zoeken": the earlier questions of the registers and the workspace that match the words, best first. */
  searchEarlierAnswers(query: string, sources: EarlierAnswerSources): EarlierAnswer[];
  /** Links from the citations and zaaknummers of the document `uri` to the other drafts of the workspace that they name. */
  documentLinks(parsed: ParsedDocument, index: WorkspaceIndex, uri: string): DocumentLink[];
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const messages = createMessages(options.translation);
  return {
    messages,
    parse: (text, previous) => parseDocument(text, previous),
    check: (parsed, inputs) => checkDocument(parsed, inputs, messages),
    codeActions: (parsed, diagnostics, only, range) => codeActions(parsed, diagnostics, messages, only, range),
    convertFootnotes: (parsed) => convertFootnotes(parsed),
    documentSymbols: (parsed) => documentSymbols(parsed.model, messages),
    foldingRanges: (parsed) => foldingSections(parsed.model),
    structureSummary: (parsed) => summarizeStructure(parsed.model),
    status: (parsed, today, answerTerms) => documentStatus(parsed, today, answerTerms),
    completionNeedsSources: (parsed, position) => completionNeedsSources(parsed, position),
    completions: (parsed, position, sources, options) => completions(parsed, position, sources, messages, options?.afterSpace ?? false),
    snippet: (parsed, prefix, today) => snippetText(parsed, prefix, today),
    targetAt: (parsed, position) => targetAt(parsed, position),
    hover(parsed, target, sources) {
      if (target.kind !== 'kenmerk') return hoverText(parsed, target, messages);
      return sources && describeKenmerk(target.kenmerk.value, sources, messages);
    },
    definitions: (parsed, target) => definitionRanges(parsed, target),
    occurrences: (parsed, target) => occurrences(parsed, target),
    prepareRename: (parsed, position) => prepareRename(parsed, position),
    rename: (parsed, position, newName) => renameEdits(parsed, position, newName, messages),
    mededeling: (parsed, format) => mededelingText(parsed.model, format),
    newDraft: (parsed, inputs) => draftFromQuestions(parsed, inputs),
    describeUnplaced: (unplaced) => describeUnplaced(unplaced, messages),
    answerDocument: (parsed) => answerDocument(parsed),
    describeConfigProblem: (problem) => configProblemText(problem, messages),
    readRegister: (text, file) => parseRegister(text, file, messages),
    readRegisterPausing: (text, file, pause) => parseRegisterPausing(text, file, pause, messages),
    registerFromOpenData: (pages) => registerFromOpenData(pages, messages),
    searchEarlierAnswers: (query, sources) => searchEarlierAnswers(query, sources, messages),
    documentLinks: (parsed, index, uri) => documentLinks(parsed, index, uri, messages),
  };
}
