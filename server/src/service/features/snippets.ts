import templates from '../../../../snippets/kamervragen.json';
import type { ParsedDocument } from '../parse/parseDocument';
import type { Position, Range } from '../text/lines';
import { questionNumbers } from '../model';
import { definitionInsertion, type TextEdit } from '../edits';
import { formatDutchDate, type CalendarDate } from '../dates';
import type { Messages } from '../messages';
import { CompletionKind, insertedText, maxOf, type CompletionEntry } from './completionItems';
import { fillVariables, parseSnippet, renderSnippet, type SnippetNode } from './snippetSyntax';

/**
 * The snippets of snippets/kamervragen.json: the letter's standard parts. The language server
 * offers them, only at the start of a line after "kv" or on Ctrl+Space; they are not given to
 * VS Code's own snippet provider, whose fuzzy filter matches the word after the dash ("brief"
 * finds "kv-brief") and so showed them in the middle of a sentence.
 *
 * Their bodies are VS Code snippets whose KV_ variables come from the document:
 *   KV_VRAAG          the next free question number
 *   KV_VOETNOOT       the next free [n] footnote number
 *   KV_VOETNOOTTEKST  the first [n] marker without a text, else the next free number
 *   KV_INDIENERS      the askers ("het lid Jansen (VVD)"), from the letter
 *   KV_ONDERWERP      the questions' subject, from the letter
 *   KV_INGEZONDEN     the date they were sent ("3 januari 2026"), from the letter
 *   KV_ZAAKNUMMER     their zaaknummer, from the letter
 *   KV_VANDAAG        today, in Dutch whatever VS Code's language ("6 december 2026")
 * `${KV_NAME:default}` keeps its default (which may hold tab stops) where the document does not say.
 */

interface Template {
  name: string;
  prefix: string;
  body: SnippetNode[];
}

const TEMPLATES: Template[] = Object.entries(templates as Record<string, { prefix: string; body: string[] }>).map(([name, { prefix, body }]) => ({ name, prefix, body: parseSnippet(body.join('\n')) }));

/** What each snippet is, as the list shows it beside its prefix (in the messages' language). */
const DESCRIPTIONS: Record<string, (messages: Messages, values: DocumentValues) => string> = {
  'kv-brief': (messages) => messages.snippetCoverLetter(),
  'kv-brief-ek': (messages) => messages.snippetCoverLetterEersteKamer(),
  'kv-kop': (messages) => messages.snippetAnswersHeading(),
  'kv-vraag': (messages, values) => messages.nextQuestionLabel(values.nextQuestion),
  'kv-samen': (messages) => messages.snippetGroupedAnswer(),
  'kv-mededeling': (messages) => messages.snippetMededeling(),
  'kv-voetnoot': (messages, values) => messages.footnoteLabel(`[${values.nextFootnote}]`),
  'kv-voetnoottekst': (messages, values) => messages.snippetFootnoteText(`[${values.footnoteWithoutText}]`),
  'kv-nieuw': (messages) => messages.snippetNewDocument(),
};

/** The inline snippet: a footnote marker stands in a sentence; the others start a line. */
const INLINE = 'kv-voetnoot';

/** The prefixes of the snippets, in the order of the file. */
export const SNIPPET_PREFIXES: readonly string[] = TEMPLATES.map((t) => t.prefix);

interface DocumentValues {
  nextQuestion: number;
  nextFootnote: number;
  footnoteWithoutText: number;
  variables: Record<string, string | undefined>;
}

function documentValues(parsed: ParsedDocument, today: CalendarDate): DocumentValues {
  const { model } = parsed;
  const nextQuestion = maxOf(questionNumbers(model), 0) + 1;
  const markers = model.footnoteMarkers.filter((m) => m.series === 'bracket').map((m) => m.number);
  const defined = new Set(model.footnoteDefinitions.filter((d) => d.series === 'bracket').map((d) => d.number));
  const nextFootnote = maxOf(markers, maxOf([...defined], 0)) + 1;
  const footnoteWithoutText = markers.find((n) => !defined.has(n)) ?? nextFootnote;
  const { letter } = model;
  return {
    nextQuestion,
    nextFootnote,
    footnoteWithoutText,
    variables: {
      KV_VRAAG: String(nextQuestion),
      KV_VOETNOOT: String(nextFootnote),
      KV_VOETNOOTTEKST: String(footnoteWithoutText),
      KV_INDIENERS: letter.askers,
      KV_ONDERWERP: letter.subject,
      KV_INGEZONDEN: letter.sent?.date ? letter.sent.text.replace(/\s+/g, ' ') : undefined,
      KV_ZAAKNUMMER: letter.zaaknummer,
      KV_VANDAAG: formatDutchDate(today),
    },
  };
}

/** A snippet's body for this document: its KV_ variables filled in, the rest for the editor. */
function bodyFor(template: Template, values: DocumentValues): string {
  const own = (name: string) => name.startsWith('KV_');
  return fillVariables(template.body, (name) => (own(name) ? values.variables[name] : undefined), own);
}

/** The snippet with this prefix, filled in for the document (the "new answer document" command). */
export function snippetText(parsed: ParsedDocument, prefix: string, today: CalendarDate): string | undefined {
  const template = TEMPLATES.find((t) => t.prefix === prefix);
  return template && bodyFor(template, documentValues(parsed, today));
}

/** The word being typed before the cursor, dashes included ("kv-br"): what a snippet replaces. */
function typedWord(line: string, position: Position): { range: Range; word: string } {
  let start = position.character;
  while (start > 0 && /[\p{L}\d-]/u.test(line[start - 1])) start--;
  return { range: { start: { line: position.line, character: start }, end: position }, word: line.slice(start, position.character) };
}

/**
 * At the start of a line where "k" is typed, the first letter of "kv": one item that matches
 * nothing, so VS Code shows no list but asks again at the next key. Its answer to "k" may arrive
 * when "kv" has been typed already, and VS Code asks again after an incomplete answer only when
 * that answer held an item; after an empty one it waits for yet another key.
 */
export function snippetPrefixStarted(parsed: ParsedDocument, requested: Position): CompletionEntry | undefined {
  const position = parsed.lines.clamp(requested);
  const line = parsed.lines.lineText(position.line);
  const { range, word } = typedWord(line, position);
  if (word !== 'k' || line.slice(0, range.start.character).trim() !== '') return undefined;
  return { label: 'kv-', kind: CompletionKind.Snippet, filterText: '_', textEdit: { range, newText: word }, insertTextFormat: 1 };
}

/**
 * The snippets that apply here. At the start of a line: those whose prefix starts with the word
 * typed, when that word starts with "kv" (no Dutch word does), or all of them when no word is typed
 * (Ctrl+Space: typing always has a word). Elsewhere only the footnote marker, and only on Ctrl+Space.
 */
export function snippetCompletions(parsed: ParsedDocument, requested: Position, today: CalendarDate, messages: Messages): CompletionEntry[] {
  const { lines } = parsed;
  const position = lines.clamp(requested);
  const line = lines.lineText(position.line);
  const { range, word } = typedWord(line, position);
  const atLineStart = line.slice(0, range.start.character).trim() === '';
  const applies = (t: Template) => (atLineStart ? word === '' || (word.startsWith('kv') && t.prefix.startsWith(word)) : word === '' && t.prefix === INLINE);
  const chosen = TEMPLATES.filter(applies);
  if (chosen.length === 0) return [];
  const values = documentValues(parsed, today);
  return chosen.map((template) => {
    const body = bodyFor(template, values);
    const description = DESCRIPTIONS[template.prefix]?.(messages, values) ?? template.name;
    const additionalTextEdits: TextEdit[] | undefined = template.prefix === INLINE ? [definitionInsertion(parsed, 'bracket', values.nextFootnote)] : undefined;
    const preview = renderSnippet(parseSnippet(body)) + (additionalTextEdits ? `\n…\n${additionalTextEdits[0].newText.trim()}` : '');
    return {
      label: template.prefix,
      labelDetails: { description },
      kind: CompletionKind.Snippet,
      detail: description,
      documentation: { kind: 'markdown' as const, value: insertedText(preview) },
      filterText: template.prefix,
      sortText: String(TEMPLATES.indexOf(template)).padStart(2, '0'),
      textEdit: { range, newText: body },
      insertTextFormat: 2 as const,
      ...(additionalTextEdits ? { additionalTextEdits } : {}),
    };
  });
}
