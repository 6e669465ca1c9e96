/**
 * Word in and out. The use cases, once for the CLI and the server: `newFromQuestions` (a draft
 * from the Kamer's questions) and `exportToWord` (the letter); the CLI's `new` and `export` around
 * them. The work on .docx files runs in the Word process (wordProcess.ts, bundled as dist/word.js),
 * started for each job by wordRunner.ts.
 */
export { newFromQuestions, type QuestionsSource, type NewDraftResult } from './newFromQuestions';
export { exportToWord, type ExportRequest, type ExportResult } from './exportToWord';
export { createWordRunner, type WordRunner } from './wordRunner';
export { runNew } from './newCommand';
export { runExport } from './exportCommand';
