import type { Diagnostic, LanguageService, ParsedDocument } from '../service';
import { checkWritable, describeReadError, readBinaryFile, WriteRefused, writeFileSafely } from '../files';
import { describeWordProblem, WordProblem } from './problems';
import type { WordRunner } from './wordRunner';
import { sniffWord } from './zipParts';

export interface ExportRequest {
  parsed: ParsedDocument;
  /** the draft's own file, if it has one: never written over */
  draftPath?: string;
  /** the .docx to write */
  target: string;
  /** replace an existing file: the CLI's --force, or the editor's save dialog, which asked */
  replace: boolean;
  /** export although the draft still has errors */
  force: boolean;
  /** a ministry's Word template with {{placeholders}} */
  templatePath?: string;
  /** the draft's diagnostics, as the caller checks (the CLI with kamervragen.json, the server with its settings) */
  diagnostics: () => Diagnostic[] | Promise<Diagnostic[]>;
}

export type ExportResult = { written: string } | { errors: Diagnostic[] } | { problem: string };

/**
 * "Export to Word", once for the CLI (`kamervragen export`) and the editor's command: the target
 * is checked first (so a wrong name costs no work), then the draft's errors stop the export
 * unless forced, the letter is made in the Word process (with the template, which gets the
 * blame for what is wrong with it), and the file is written whole or not at all.
 */
export async function exportToWord(request: ExportRequest, context: { service: LanguageService; word: WordRunner }): Promise<ExportResult> {
  const { service } = context;
  const { messages } = service;
  const writeOptions = { replace: request.replace, inputs: [request.draftPath, request.templatePath] };
  try {
    checkWritable(request.target, writeOptions);
  } catch (error) {
    if (error instanceof WriteRefused) return { problem: error.describe(messages) };
    throw error;
  }
  if (!request.force) {
    const errors = (await request.diagnostics()).filter((d) => d.severity === 1);
    if (errors.length > 0) return { errors };
  }
  let template: Buffer | undefined;
  if (request.templatePath !== undefined) {
    const unusable = (reason: string) => ({ problem: messages.templateUnusable(request.templatePath!, reason) });
    try {
      template = await readBinaryFile(request.templatePath);
      sniffWord(template);
    } catch (error) {
      return unusable(error instanceof WordProblem ? describeWordProblem(error.detail, messages) : describeReadError(error, messages));
    }
  }
  const answer = await context.word.run({ kind: 'write-letter', document: service.answerDocument(request.parsed), template });
  if ('problem' in answer) {
    const reason = describeWordProblem(answer.problem, messages);
    return { problem: request.templatePath !== undefined ? messages.templateUnusable(request.templatePath, reason) : messages.letterFailed(reason) };
  }
  if (!('docx' in answer)) return { problem: messages.letterFailed(messages.wordFailed()) };
  try {
    return { written: writeFileSafely(request.target, Buffer.from(answer.docx.buffer, answer.docx.byteOffset, answer.docx.byteLength), writeOptions) };
  } catch (error) {
    if (error instanceof WriteRefused) return { problem: error.describe(messages) };
    throw error;
  }
}
