import type { Range, TextLines } from '../text/lines';
import type { AnswerHeading, MededelingSection, QuestionHeading, QuestionHeadingStyle } from '../model';
import type { LineKind, NormalizedLine } from './lineKinds';
import type { ParseWork } from '../text/work';

/** What a line turned out to be once the document's layout is known. */
export const enum LineRole {
  Blank,
  Text,
  Furniture,
  QuestionHeading,
  AnswerHeading,
  MededelingHeading,
}

/** A heading before `closeSections` knows where its section ends. */
type Open<T> = Omit<T, 'sectionRange' | 'empty'>;

export interface Structure {
  questionHeadings: Array<Open<QuestionHeading>>;
  answers: Array<Open<AnswerHeading>>;
  mededelingen: Array<Open<MededelingSection>>;
  roles: LineRole[];
  /** Every heading's line, in document order; `closeSections` turns them into ranges. */
  sectionStarts: SectionStart[];
  /** The first line of each question set after the first ("Vragen van het lid ..." again). */
  setStarts: number[];
}

/** The question set a line belongs to. */
export function setOf(setStarts: number[], line: number): number {
  let set = 0;
  while (set < setStarts.length && setStarts[set] <= line) set++;
  return set;
}

/** A footnote definition in the canonical form ("[1] NOS, ..."), or Word's ("1) NOS, ..."). */
const FOOTNOTE_DEFINITION_START = /^(?:\[\d{1,3}\]|\d{1,3}\))[ \t]/;

/** The heading of a question set: "Vragen van het lid Kops (PVV) aan de minister ...". */
const SET_HEADING = /^vragen van (?:het (?:kamer)?lid|de (?:kamer)?leden)\b/i;

/**
 * Headings are written one way within a document. Where the document's headings are capitalised
 * ("Vraag 4"), a line "vraag 4. De zorgaanbieder ..." is a wrapped sentence, not a heading.
 */
interface HeadingCase {
  capitalised: boolean;
}

function headingCase(kinds: LineKind[], normalized: NormalizedLine[], kind: 'question-heading' | 'answer-heading'): HeadingCase {
  let capitalised = 0;
  let lower = 0;
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i].kind !== kind) continue;
    const first = normalized[i].text.charCodeAt(0);
    if (first >= 0x61) lower++;
    else capitalised++;
  }
  return { capitalised: capitalised > 0 && capitalised >= lower };
}

function isWrappedSentence(k: LineKind, text: string, style: HeadingCase): boolean {
  if (k.kind !== 'question-heading' && k.kind !== 'answer-heading') return false;
  return style.capitalised && text.charCodeAt(0) >= 0x61 && k.inlineText !== undefined;
}

/**
 * Which heading styles a document uses. Bare numbers and "1. ..." items are questions only in
 * documents written that way: in a document with "Vraag N" headings a bare "2" is a chamber
 * number, a page number or a footnote number, never a question.
 */
interface Layout {
  bareNumberQuestions: boolean;
  numberedItemQuestions: boolean;
  /** The numbered questions' "1." or "1)": an item written the other way is a list item or Word's footnote text. */
  itemDelimiter: '.' | ')' | undefined;
  /** A web rendering ("• Vraag N" items): each question's later paragraphs are its answer. */
  implicitAnswers: boolean;
}

function nextNonBlank(kinds: LineKind[], from: number, work?: ParseWork): number {
  for (let i = from; i < kinds.length; i++) {
    if (work) work.steps++;
    if (kinds[i].kind !== 'blank') return i;
  }
  return -1;
}

/** Whether the paragraph that starts at `line` reads as a question (within a few lines). */
function paragraphAsks(normalized: NormalizedLine[], line: number): boolean {
  for (let i = line; i < Math.min(line + 8, normalized.length); i++) {
    const text = normalized[i].text;
    if (text.length === 0 && i > line) return false;
    if (text.includes('?')) return true;
  }
  return false;
}

function detectLayout(kinds: LineKind[], normalized: NormalizedLine[], work?: ParseWork): Layout {
  let vraagHeadings = 0;
  let bulletHeadings = 0;
  let answerHeadings = 0;
  let firstBareOne = -1;
  let firstItemOne = -1;
  let itemDelimiter: Layout['itemDelimiter'];
  if (work) work.steps += kinds.length;
  for (let i = 0; i < kinds.length; i++) {
    const k = kinds[i];
    if (k.kind === 'question-heading') {
      vraagHeadings++;
      if (k.bullet) bulletHeadings++;
    } else if (k.kind === 'answer-heading' || k.kind === 'bare-answer-heading') answerHeadings++;
    else if (k.kind === 'bare-number' && k.number === 1 && firstBareOne < 0) {
      const next = nextNonBlank(kinds, i + 1, work);
      if (next >= 0 && kinds[next].kind === 'text') firstBareOne = i;
    } else if (k.kind === 'numbered-item' && k.number === 1 && firstItemOne < 0) {
      firstItemOne = i;
      itemDelimiter = k.delimiter;
    }
  }
  const bareNumberQuestions =
    vraagHeadings === 0 &&
    firstBareOne >= 0 &&
    (answerHeadings > 0 || paragraphAsks(normalized, nextNonBlank(kinds, firstBareOne + 1)));
  const numberedItemQuestions =
    vraagHeadings === 0 && !bareNumberQuestions && firstItemOne >= 0 && (answerHeadings > 0 || paragraphAsks(normalized, firstItemOne));
  return {
    bareNumberQuestions,
    numberedItemQuestions,
    itemDelimiter,
    implicitAnswers: vraagHeadings > 0 && bulletHeadings === vraagHeadings && answerHeadings === 0,
  };
}

/** The page number that pdftotext prints under a running footer is furniture too. */
function withPageNumbers(kinds: LineKind[], work?: ParseWork): LineKind[] {
  const marked = kinds.slice();
  if (work) work.steps += kinds.length;
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i].kind !== 'running-footer') continue;
    const next = nextNonBlank(kinds, i + 1, work);
    if (next >= 0 && kinds[next].kind === 'bare-number') marked[next] = { kind: 'furniture' };
  }
  return marked;
}

/**
 * The questions asked and not yet answered, in order (a label twice when asked twice): a numbered
 * answer takes its labels out, a bare "Antwoord" answers all of them. Each step costs only the
 * labels it names, so a long run of questions and answers stays linear.
 */
class PendingQuestions {
  private entries: Array<{ label: string; open: boolean }> = [];
  private readonly openByLabel = new Map<string, Array<{ label: string; open: boolean }>>();

  ask(label: string): void {
    const entry = { label, open: true };
    this.entries.push(entry);
    const same = this.openByLabel.get(label);
    if (same) same.push(entry);
    else this.openByLabel.set(label, [entry]);
  }

  answer(labels: string[]): void {
    for (const label of labels) {
      for (const entry of this.openByLabel.get(label) ?? []) entry.open = false;
      this.openByLabel.delete(label);
    }
  }

  /** An answered entry is never open again: each is passed over at most once more. */
  all(): string[] {
    this.entries = this.entries.filter((entry) => entry.open);
    return this.entries.map((entry) => entry.label);
  }
}

export interface SectionStart {
  line: number;
  kind: 'question' | 'answer' | 'mededeling';
  index: number;
}

interface OpenSection extends SectionStart {
  /** The last item number of a numbered list ("1. ...") inside an answer, 0 when none. */
  listItem: number;
}

export function readStructure(lines: TextLines, normalized: NormalizedLine[], lineKinds: LineKind[], work?: ParseWork): Structure {
  const kinds = withPageNumbers(lineKinds, work);
  const layout = detectLayout(kinds, normalized, work);
  const roles: LineRole[] = new Array(kinds.length);
  const questionHeadings: Structure['questionHeadings'] = [];
  const answers: Structure['answers'] = [];
  const mededelingen: Structure['mededelingen'] = [];
  const sectionStarts: OpenSection[] = [];
  let pending = new PendingQuestions();
  let lastQuestion = 0;
  let current: OpenSection | undefined;
  let set = 0;
  const setStarts: number[] = [];
  const questionCase = headingCase(kinds, normalized, 'question-heading');
  const answerCase = headingCase(kinds, normalized, 'answer-heading');

  const span = (line: number, from: number, to: number): Range => {
    const offset = normalized[line].offset;
    return { start: { line, character: offset + from }, end: { line, character: offset + to } };
  };
  const open = (section: OpenSection) => {
    current = section;
    sectionStarts.push(section);
  };
  const addQuestion = (line: number, numbers: number[], labels: string[], style: QuestionHeadingStyle, range: Range, numberRanges: Range[], inlineText?: number) => {
    questionHeadings.push({
      numbers,
      labels,
      set,
      textLines: [],
      style,
      line,
      range,
      numberRanges,
      text: inlineText === undefined ? '' : normalized[line].text.slice(inlineText),
    });
    roles[line] = LineRole.QuestionHeading;
    for (const label of labels) pending.ask(label);
    lastQuestion = numbers[numbers.length - 1];
    open({ line, kind: 'question', index: questionHeadings.length - 1, listItem: 0 });
  };
  const addAnswer = (line: number, labels: string[], numbered: boolean, range: Range, numberRanges: Range[]) => {
    answers.push({ numbers: labels.map((label) => parseInt(label, 10)), labels, set, numbered, hasHeading: true, line, range, numberRanges });
    roles[line] = LineRole.AnswerHeading;
    pending.answer(labels);
    open({ line, kind: 'answer', index: answers.length - 1, listItem: 0 });
  };

  if (work) work.steps += 3 * kinds.length; // this loop and the two of headingCase
  for (let i = 0; i < kinds.length; i++) {
    let k = kinds[i];
    roles[i] = LineRole.Text;
    if (isWrappedSentence(k, normalized[i].text, k.kind === 'question-heading' ? questionCase : answerCase)) k = { kind: 'text' };
    if (questionHeadings.length > 0 && (normalized[i].text.charCodeAt(0) | 0x20) === 0x76 /* v */ && questionHeadings[questionHeadings.length - 1].set === set && SET_HEADING.test(normalized[i].text)) {
      set++;
      setStarts.push(i);
      pending = new PendingQuestions();
      lastQuestion = 0;
    }
    switch (k.kind) {
      case 'blank':
        roles[i] = LineRole.Blank;
        break;
      case 'furniture':
      case 'running-footer':
        roles[i] = LineRole.Furniture;
        break;
      case 'question-heading':
        addQuestion(i, k.numbers, k.labels, 'vraag', span(i, 0, k.end), k.spans.map(([from, to]) => span(i, from, to)), k.inlineText);
        break;
      case 'answer-heading':
        addAnswer(i, k.labels, true, span(i, 0, k.end), k.spans.map(([from, to]) => span(i, from, to)));
        break;
      case 'bare-answer-heading':
        addAnswer(i, pending.all(), false, span(i, 0, k.end), []);
        break;
      case 'mededeling-heading':
        roles[i] = LineRole.MededelingHeading;
        mededelingen.push({ line: i, range: span(i, 0, k.end) });
        open({ line: i, kind: 'mededeling', index: mededelingen.length - 1, listItem: 0 });
        break;
      case 'bare-number': {
        const next = nextNonBlank(kinds, i + 1, work);
        if (layout.bareNumberQuestions && k.number === lastQuestion + 1 && next >= 0 && kinds[next].kind === 'text') {
          addQuestion(i, [k.number], [String(k.number)], 'bare-number', span(i, 0, k.end), [span(i, 0, k.end)]);
        }
        break;
      }
      case 'numbered-item': {
        // Inside an answer, "2." may continue the answer's own list ("1. het eerste;" "2. ...")
        // rather than start question 2; when both fit, a question asks something.
        const listItem = current?.kind === 'answer' ? current.listItem : 0;
        const continuesList = listItem > 0 && k.number === listItem + 1;
        const isQuestion =
          layout.numberedItemQuestions &&
          k.delimiter === layout.itemDelimiter &&
          k.number === lastQuestion + 1 &&
          (!continuesList || paragraphAsks(normalized, i));
        if (isQuestion) {
          addQuestion(i, [k.number], [String(k.number)], 'numbered-item', span(i, 0, k.end), [span(i, 0, k.end - 1)], k.end + 1);
        } else if (current?.kind === 'answer') {
          current.listItem = k.number;
        }
        break;
      }
      case 'text':
        break;
    }
  }

  collectQuestionTexts(normalized, roles, questionHeadings, layout.implicitAnswers ? answers : undefined, lines, work);
  if (layout.implicitAnswers) {
    answers.forEach((answer, index) => sectionStarts.push({ line: answer.line, kind: 'answer', index, listItem: 0 }));
    sectionStarts.sort((a, b) => a.line - b.line);
  }
  return { questionHeadings, answers, mededelingen, roles, sectionStarts, setStarts };
}

/**
 * A question's text is its first paragraph. In a web rendering the paragraphs after it are the
 * answer, which has no heading: it is recorded at the line where it starts.
 */
function collectQuestionTexts(
  normalized: NormalizedLine[],
  roles: LineRole[],
  headings: Structure['questionHeadings'],
  implicitAnswers: Structure['answers'] | undefined,
  lines: TextLines,
  work?: ParseWork,
): void {
  for (const heading of headings) {
    const parts = heading.text ? [heading.text] : [];
    heading.textLines = heading.text ? [heading.line] : [];
    let i = heading.line + 1;
    let paragraphEnded = false;
    for (; i < roles.length; i++) {
      if (work) work.steps++;
      const role = roles[i];
      if (role === LineRole.Furniture) continue;
      if (role !== LineRole.Text && role !== LineRole.Blank) break;
      if (role === LineRole.Blank) {
        if (parts.length > 0) paragraphEnded = true;
        continue;
      }
      if (paragraphEnded && implicitAnswers) break;
      if (!paragraphEnded) parts.push(normalized[i].text.trim());
      heading.textLines.push(i);
    }
    if (implicitAnswers) {
      // the answer starts at the paragraph after the question's first
      i = heading.textLines.length > 0 ? heading.textLines[heading.textLines.length - 1] + 1 : heading.line + 1;
    }
    heading.text = parts.join(' ');
    if (!implicitAnswers) continue;
    for (; i < roles.length; i++) {
      if (work) work.steps++;
      if (roles[i] !== LineRole.Blank && roles[i] !== LineRole.Furniture) break;
    }
    // the notes at the end ("[1] NOS, ...") are no question's answer
    if (i < roles.length && roles[i] === LineRole.Text && !FOOTNOTE_DEFINITION_START.test(normalized[i].text)) {
      implicitAnswers.push({
        numbers: [...heading.numbers],
        labels: [...heading.labels],
        set: heading.set,
        numbered: false,
        hasHeading: false,
        line: i,
        range: lines.trimmedLineRange(i),
        numberRanges: [],
      });
    }
  }
  implicitAnswers?.sort((a, b) => a.line - b.line);
}

export interface ClosedSections {
  questionHeadings: QuestionHeading[];
  answers: AnswerHeading[];
  mededelingen: MededelingSection[];
}

/**
 * Each heading's section runs to the last text line before the next heading, or before a
 * `boundaries` line (footnote definitions at the end of the document belong to no answer).
 * An answer heading with no text in its section (nor after it on its own line) is empty.
 */
export function closeSections(lines: TextLines, structure: Structure, boundaries: number[], work?: ParseWork): ClosedSections {
  const { roles, sectionStarts: starts } = structure;
  const ranges = { question: new Array<Range>(structure.questionHeadings.length), answer: new Array<Range>(structure.answers.length), mededeling: new Array<Range>(structure.mededelingen.length) };
  let boundary = 0;
  for (let s = 0; s < starts.length; s++) {
    const start = starts[s];
    let next = s + 1 < starts.length ? starts[s + 1].line : roles.length;
    if (work) work.steps++;
    while (boundary < boundaries.length && boundaries[boundary] <= start.line) boundary++;
    if (boundary < boundaries.length && boundaries[boundary] < next) next = boundaries[boundary];
    let last = next - 1;
    while (last > start.line && (roles[last] === LineRole.Blank || roles[last] === LineRole.Furniture)) {
      if (work) work.steps++;
      last--;
    }
    ranges[start.kind][start.index] = {
      start: { line: start.line, character: 0 },
      end: { line: last, character: lines.end(last) - lines.start(last) },
    };
  }
  const textAfterHeading = (answer: Open<AnswerHeading>) => /[\p{L}\d]/u.test(lines.lineText(answer.line).slice(answer.range.end.character));
  return {
    questionHeadings: structure.questionHeadings.map((heading, i) => ({ ...heading, sectionRange: ranges.question[i] })),
    answers: structure.answers.map((answer, i) => ({
      ...answer,
      sectionRange: ranges.answer[i],
      empty: answer.hasHeading && ranges.answer[i].end.line === answer.line && !textAfterHeading(answer),
    })),
    mededelingen: structure.mededelingen.map((mededeling, i) => ({ ...mededeling, sectionRange: ranges.mededeling[i] })),
  };
}
