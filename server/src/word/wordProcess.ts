import type { AnswerDocument } from '../service';
import { fillTemplate } from './fillTemplate';
import { WordProblem, type WordLimits, type WordProblemDetail } from './problems';
import { readWordText } from './readWord';
import { answerDocumentToDocx } from './writeWord';

/**
 * The Word process: reads a .docx, or writes the letter, for one job and exits. Its libraries
 * (mammoth, docx, JSZip) parse what comes from outside, so they run here, in a process of their
 * own with a heap limit and a time limit (wordRunner.ts): whatever an input does to them (runs
 * out of memory, overflows the stack, never ends), the language server and the CLI carry on.
 * It does no I/O of its own: bytes come in over IPC, and text or bytes go back.
 */

export type WordJob = { kind: 'read-questions'; docx: Uint8Array } | { kind: 'write-letter'; document: AnswerDocument; template?: Uint8Array };

export type WordAnswer = { text: string } | { docx: Uint8Array } | { problem: WordProblemDetail };

export interface WordRequest {
  job: WordJob;
  limits: WordLimits;
}

function bytes(array: Uint8Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

export async function doWordJob({ job, limits }: WordRequest): Promise<WordAnswer> {
  try {
    if (job.kind === 'read-questions') return { text: await readWordText(bytes(job.docx), limits) };
    const docx = job.template ? await fillTemplate(bytes(job.template), job.document, limits) : await answerDocumentToDocx(job.document);
    return { docx };
  } catch (error) {
    if (error instanceof WordProblem) return { problem: error.detail };
    // "Maximum call stack size exceeded", "Invalid string length", an array too large
    if (error instanceof RangeError) return { problem: { kind: 'too-complex' } };
    // anything else a library throws on a file it cannot read ("entity not found", a bad zip)
    return { problem: job.kind === 'read-questions' || job.template ? { kind: 'damaged' } : { kind: 'failed' } };
  }
}

function serve(): void {
  // the caller kills this process once it has the answer; if the caller goes first, so does this
  process.on('disconnect', () => process.exit(0));
  process.once('message', (request: WordRequest) => {
    void doWordJob(request).then((answer) => process.send!(answer));
  });
}

if (require.main === module && process.send) serve();
