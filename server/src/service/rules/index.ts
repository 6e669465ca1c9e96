import type { Rule } from './rule';
import { unansweredQuestion } from './unansweredQuestion';
import { unknownQuestion } from './unknownQuestion';
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

export const allRules: readonly Rule[] = [
  unansweredQuestion,
  unknownQuestion,
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
];
