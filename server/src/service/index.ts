/**
 * The kamervragen language service: pure functions from text to model, diagnostics, outline,
 * completion and hover. It imports neither `vscode` nor the LSP connection, does no I/O and has
 * no clock, so the server, the CLI and the tests all run this same code with the same inputs.
 */
export { parseDocument, type ParsedDocument, type PreviousParse } from './parse/parseDocument';
export { composeLineEdits, lineEditOf, lineEditOfChanges, type LineEdit } from './text/lineEdit';
export { TextLines, type Position, type Range } from './text/lines';
export type * from './model';
export { questionNumbers } from './model';
export { checkDocument } from './check';
export * from './diagnostics';
export * from './severity';
export { allRules, ruleFor } from './rules';
export type { Rule, RuleContext, AnswerTerms, DiagnosticRef } from './rules/rule';
export * from './config';
export { isDraft, isSkippedFolder, draftAssociations, DRAFT_EXTENSION } from './drafts';
export { applyEdits, mededelingText, renumberFootnotes, renumberFootnotesFix, FIX_ALL_KIND, FILL_IN, type Fix, type TextEdit } from './edits';
export { codeActions, quickFixes, type CodeActionFix } from './features/codeActions';
export { documentSymbols, foldingSections, type OutlineSymbol, type FoldingSection } from './features/outline';
export { summarizeStructure, type StructureSummary } from './features/structureSummary';
export { draftFromQuestions, type NewDraft } from './features/newDraft';
export { answerDocument, inlines, type AnswerDocument, type Block, type Inline } from './features/answerDocument';
export { documentStatus, type DocumentStatus } from './features/status';
export { completions, type CompletionList } from './features/completion';
export type { CompletionEntry } from './features/completionItems';
export { snippetCompletions, snippetText, SNIPPET_PREFIXES } from './features/snippets';
export { completionNeedsSources, referenceCompletions, describeKenmerk, type CompletionSources } from './features/referenceCompletion';
export { targetAt, occurrences, hoverText, definitionRanges, prepareRename, renameEdits, type Target, type Occurrence } from './features/navigation';
export { formatDutchDate, parseDutchDate, isRealDate, daysBetween, addDays, calendarDate, DUTCH_MONTHS, type CalendarDate } from './dates';
export { readLetter, normalizeZaaknummer } from './parse/letter';
export { readKenmerken } from './parse/kenmerken';
export { createMessages, footnoteName, type Messages, type Translation } from './messages';
export { Register, RegisterRows, parseRegister, parseRegisterPausing, parseRegisterJson, parseRegisterJsonWhole, parseRegisterCsv, type RegisterEntry, type RegisterLoad, type RegisterProblem } from './lookup/register';
export { WorkspaceIndex, indexDocument, type IndexedDocument } from './lookup/workspaceIndex';
export { ONS_KENMERK_PRESETS } from './lookup/onsKenmerk';
export { createLanguageService, type LanguageService, type LanguageServiceOptions } from './languageService';
export type { NewDraftInputs } from './features/newDraft';
