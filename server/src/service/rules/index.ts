import { unansweredQuestion } from './unansweredQuestion';
import { unknownQuestion } from './unknownQuestion';
import { emptyAnswer } from './emptyAnswer';
import { duplicateAnswer } from './duplicateAnswer';
import { duplicateQuestion } from './duplicateQuestion';
import { undefinedFootnote } from './undefinedFootnote';
import { unusedFootnote } from './unusedFootnote';
import { duplicateFootnote } from './duplicateFootnote';
import { unknownReference } from './unknownReference';
import { malformedKenmerk } from './malformedKenmerk';
import { kenmerkMismatch } from './kenmerkMismatch';
import { unknownZaak } from './unknownZaak';
import { deadline } from './deadline';
import { nonexistentDate } from './nonexistentDate';
import { placeholder } from './placeholder';

/** Every check, in the order the docs list them. The codes, the settings and the docs derive from this list. */
export const allRules = [
  unansweredQuestion,
  unknownQuestion,
  emptyAnswer,
  placeholder,
  duplicateAnswer,
  duplicateQuestion,
  undefinedFootnote,
  unusedFootnote,
  duplicateFootnote,
  unknownReference,
  malformedKenmerk,
  kenmerkMismatch,
  unknownZaak,
  deadline,
  nonexistentDate,
] as const;

export type DiagnosticCode = (typeof allRules)[number]['code'];
export const DIAGNOSTIC_CODES: readonly DiagnosticCode[] = allRules.map((rule) => rule.code);

export function ruleFor(code: unknown) {
  return allRules.find((rule) => rule.code === code);
}
