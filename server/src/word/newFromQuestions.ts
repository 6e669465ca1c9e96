import { extname } from 'path';
import type { CalendarDate, LanguageService } from '../service';
import { decodeText, describeReadError, isTooLargeDraft, MAX_DRAFT_MEGABYTES, readBinaryFile } from '../files';
import { describeWordProblem, WordProblem } from './problems';
import type { WordRunner } from './wordRunner';
import { sniffWord } from './zipParts';

/** Where the questions are: a file (.docx, or the text of a PDF or web page), or a text itself. */
export type QuestionsSource = { path: string } | { text: string };

/** `unplaced`: what the draft could not place, said with a count and where (the draft marks each with <controleer: …>). */
export type NewDraftResult = { text: string; questions: number; footnotes: number; unplaced?: string } | { problem: string; unreadable: boolean };

/**
 * "New draft from the questions", once for the CLI (`kamervragen new`) and the editor's command:
 * read the questions (a Word file in the Word process), find them, and make the draft. Nothing is
 * written here: the CLI writes the draft, the editor opens it unsaved.
 */
export async function newFromQuestions(source: QuestionsSource, context: { today: CalendarDate; service: LanguageService; word: WordRunner }): Promise<NewDraftResult> {
  const { service } = context;
  const { messages } = service;
  let text: string;
  let name: string;
  if ('text' in source) {
    text = source.text;
    name = messages.currentText();
  } else {
    name = source.path;
    const unreadable = (reason: string) => ({ problem: messages.fileUnreadable(source.path, reason), unreadable: true });
    let bytes: Buffer;
    try {
      bytes = await readBinaryFile(source.path);
    } catch (error) {
      return unreadable(describeReadError(error, messages));
    }
    if (isWordFile(source.path, bytes)) {
      try {
        sniffWord(bytes);
      } catch (error) {
        if (error instanceof WordProblem) return unreadable(describeWordProblem(error.detail, messages));
        throw error;
      }
      const answer = await context.word.run({ kind: 'read-questions', docx: bytes });
      if ('problem' in answer) return unreadable(describeWordProblem(answer.problem, messages));
      if (!('text' in answer)) return unreadable(messages.wordFailed());
      text = answer.text;
    } else {
      text = decodeText(bytes);
      // a binary file under another name (an image, a spreadsheet) is no questions text
      if (text.slice(0, 8192).includes('\u0000')) return { problem: messages.notText(source.path), unreadable: true };
    }
  }
  // the questions are read as a draft is: no more text than a draft may have (files.ts, MAX_DRAFT_BYTES)
  if (isTooLargeDraft(text)) return { problem: messages.questionsTooLarge(name, MAX_DRAFT_MEGABYTES), unreadable: true };
  const draft = service.newDraft(service.parse(text), { today: context.today });
  if (!draft) return { problem: messages.newDraftNoQuestions(name), unreadable: false };
  const unplaced = service.describeUnplaced(draft.unplaced);
  return { text: draft.text, questions: draft.questions, footnotes: draft.footnotes, ...(unplaced ? { unplaced } : {}) };
}

/** A .docx by its name, or any file that is a zip, a PDF or an old .doc inside: the Word reader says which. */
function isWordFile(path: string, bytes: Buffer): boolean {
  if (/^\.(docx|docm|dotx|dotm|doc)$/i.test(extname(path))) return true;
  const start = bytes.subarray(0, 5).toString('latin1');
  return start.startsWith('PK\u0003\u0004') || start === '%PDF-' || (bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0);
}
