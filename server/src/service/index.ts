/**
 * The kamervragen language service's front door. The service is pure: it imports neither `vscode`
 * nor the LSP connection, does no I/O and has no clock, so the server, the CLI, the Word use cases
 * and the benchmark all run this same code with the same inputs. They use only what this file
 * exports (test/unit/architecture.test.ts holds them to it); the tests of a unit may import it
 * directly.
 *
 * `createLanguageService` gives the features, in one language. Beside it stand, each for a reason:
 */
export { createLanguageService, type LanguageService, type LanguageServiceOptions } from './languageService';

// What the methods take and give, and what the protocol sends to the client.
export type { ParsedDocument, PreviousParse } from './parse/parseDocument';
export type { Position, Range } from './text/lines';
export type { LineEdit } from './text/lineEdit';
export type { DocumentModel } from './model';
export type { Diagnostic, DiagnosticCode } from './diagnostics';
export type { SeverityName, SeveritySetting } from './severity';
export type { AnswerTerms, DiagnosticRef } from './rules/rule';
export type { Fix, TextEdit } from './edits';
export type { CodeActionFix } from './features/codeActions';
export type { FoldingSection, OutlineSymbol } from './features/outline';
export type { StructureSummary } from './features/structureSummary';
export type { DocumentStatus } from './features/status';
export type { CompletionList } from './features/completion';
export type { CompletionEntry } from './features/completionItems';
export type { CompletionSources } from './features/referenceCompletion';
export type { Occurrence, Target } from './features/navigation';
export type { NewDraft, NewDraftInputs, Unplaced } from './features/newDraft';
export type { AnswerDocument, Block, Inline, LetterField, Signature } from './features/answerDocument';
export type { CalendarDate } from './dates';
export type { Messages, Translation } from './messages';
export type { CheckInputs, Config, ConfigLayer, ConfigProblem, RunMode } from './config';
export type { RegisterEntry, RegisterLoad, RegisterProblem } from './lookup/register';
export type { RegisterRows } from './lookup/registerRows';
export type { IndexedDocument } from './lookup/workspaceIndex';
export type { OpenDataPage, OpenDataProblem, OpenDataRegister } from './lookup/openData';
export type { EarlierAnswer, EarlierAnswerSources } from './features/earlierAnswers';
export type { DocumentLink } from './features/documentLinks';

// The server turns the protocol's changes into the edit that `parse` reads again from.
export { composeLineEdits, lineEditOfChanges } from './text/lineEdit';
// The configuration's layers (rule defaults < kamervragen.json < editor or CLI): one for the CLI and the server, in no language.
export { CONFIG_FILE_NAME, checkInputs, mergeConfig, parseConfigFile, readConfigLayer } from './config';
// Which files are drafts, for the CLI's and the server's walks over folders (the client imports drafts.ts itself).
export { draftAssociations, isDraft, isSkippedFolder } from './drafts';
// The checks' codes and severity names, which the CLI takes as options and prints.
export { DIAGNOSTIC_CODES } from './diagnostics';
export { SEVERITY_NAME, SEVERITY_SETTINGS } from './severity';
// The fix-all code action's kind, which the server announces.
export { FIX_ALL_KIND } from './edits';
// The caller's clock as the date the service counts to (the service has no clock).
export { calendarDate } from './dates';
// What the server knows besides the open document, kept and filled by it: the registers and the
// other drafts. Their classes stay here while issue 23.4 reworks the register.
export { Register } from './lookup/register';
export { WorkspaceIndex } from './lookup/workspaceIndex';
