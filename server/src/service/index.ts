/**
 * The kamervragen language service: pure functions from text to model, diagnostics, outline.
 * It imports neither `vscode` nor the LSP connection, so the server, the CLI and the tests
 * all run this same code.
 */
export { parseDocument, type ParsedDocument } from './parse/parseDocument';
export { TextLines, type Position, type Range } from './text/lines';
export type * from './model';
export { questionNumbers } from './model';
export { checkDocument } from './check';
export * from './diagnostics';
export { documentSymbols, foldingSections, type OutlineSymbol, type FoldingSection } from './outline';
export { summarizeStructure, type StructureSummary } from './structureSummary';
export { quickFixes, renumberFootnotes, renumberFootnotesFix, applyEdits, FIX_ALL_KIND, FILL_IN, type Fix, type TextEdit, type DiagnosticRef } from './codeActions';
export { documentStatus, sentDate, ANSWER_TERM_DAYS, type DocumentStatus } from './status';
export { formatDutchDate, parseDutchDate, today, isRealDate, daysBetween, addDays, DUTCH_MONTHS, type CalendarDate } from './dates';
export { questionsMetadata, mededelingSnippet, type QuestionsMetadata } from './metadata';
export { snippetCompletions, type CompletionEntry } from './completion';
export { useTranslation, messages } from './messages';
export { targetAt, occurrences, hoverText, definitionRanges, prepareRename, renameEdits, type Target, type Occurrence } from './navigation';
export { readKenmerken, readLetterFields, type Kenmerk, type LetterField } from './kenmerken';
export { referenceCompletions, describeKenmerk, type CompletionSources } from './referenceCompletion';
export { Register, parseRegister, parseRegisterJson, parseRegisterCsv, type RegisterEntry, type RegisterLoad, type RegisterProblem } from './register';
export { WorkspaceIndex, indexDocument, type IndexedDocument } from './workspaceIndex';
export { ONS_KENMERK_PRESETS } from './onsKenmerk';
