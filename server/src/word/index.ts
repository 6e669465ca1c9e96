/**
 * Everything Word: reading a questions file, writing the answer letter, filling a ministry's
 * template. Bundled on its own (dist/word.js) and loaded on first use through load.ts: its
 * libraries are two thirds of the server's code, and no check or completion needs them.
 */
export { questionsText, runNew } from './newCommand';
export { runExport, writeWholeFile } from './exportCommand';
export { answerDocumentToDocx } from './writeWord';
export { fillTemplate } from './fillTemplate';
