import { createScanner, ScanError, SyntaxKind, type JSONScanner } from 'jsonc-parser';
import type { Messages } from '../messages';
import { emptyRawEntry, ENTRY_FIELDS, NESTED_FIELDS, RegisterProblems, setField, toEntry, type RawEntry } from './registerEntry';
import { RegisterRows, RegisterRowsBuilder, type RegisterLoad } from './registerRows';

/**
 * Reads a JSON register (an array of entries, or { "entries": [...] }) in one pass over
 * jsonc-parser's scanner, which gives each token with its offset. Only the entries' own fields
 * become values (a small object per entry, handed on and dropped); everything else is stepped
 * over. Open arrays and objects are kept on a stack of numbers, not on the call stack, so no
 * depth of nesting can overflow it. A syntax error is reported on its line and reading goes on:
 * where a new entry begins while the one before is still open (an unterminated string, a missing
 * brace), that one is closed, so that the entries after it are kept. Comments and trailing commas
 * are allowed, as in VS Code's own JSON files.
 *
 * A generator: it pauses (yields) after every slice of tokens, so that the server can check what
 * is typed in between.
 */
export function* readJsonRegister(text: string, file: string, messages: Messages): Generator<void, RegisterLoad> {
  const reader = new JsonRegisterReader(text, file, messages);
  // the first slices small: before the code is optimised a token costs many times more
  for (let tokens = FIRST_TOKENS_PER_SLICE; reader.read(tokens); tokens = Math.min(TOKENS_PER_SLICE, 2 * tokens)) yield;
  return yield* reader.finish();
}

/** Some 1,000 entries of an ordinary register: a few milliseconds of work between two pauses. */
const TOKENS_PER_SLICE = 32768;
const FIRST_TOKENS_PER_SLICE = 1024;

/** What an open array or object is in the register. */
const enum Role {
  /** The top-level object that holds "entries". */
  Wrapper,
  /** The list of entries. */
  Entries,
  Entry,
  /** Within an entry's field: built into the value the entry check reads. */
  Built,
  /** Stepped over. */
  Skipped,
}

const enum RootState {
  None,
  Open,
  /** The list (or the object holding it) is closed; anything after it is reported once. */
  Closed,
  Done,
}

/** What an open array or object expects next. */
const enum Expect {
  Key,
  Colon,
  Value,
  AfterValue,
}

/**
 * Arrays and objects within a field deeper than this are not built: the entry check reads
 * indieners[i].naam at most, and a deeper one is an object or array it does not look into.
 */
const BUILT_DEPTH = 2;

class JsonRegisterReader {
  private readonly scanner: JSONScanner;
  private readonly rows: RegisterRowsBuilder;
  private readonly problems: RegisterProblems;
  /** Where reading stands, and the line breaks before it: the line of the last token, from 0. */
  private at = 0;
  private lineBreaks = 0;
  /** Line breaks within the last token (see `nextToken`). */
  private lineBreaksInToken = 0;
  /** The line the last token ended on, and whether the token being taken is the first on its line. */
  private lastTokenLine = 0;
  private startsLine = false;
  /** The last token's value (a number's text; a string's content when the scanner read it) and its error. */
  private tokenValue = '';
  /** A string read here: where its content starts and ends (-1: the scanner read it). */
  private stringStart = -1;
  private stringEnd = -1;
  private error = ScanError.None;
  /** The stop search (stopFrom): no stop lies before nextStop since the last search's start; nextStop is a stop when nextStopFound (or Infinity). */
  private nextStop = -1;
  private nextStopFound = true;

  /** The stack of open arrays and objects: per level, whether it is an array, its role and what it expects. */
  private depth = 0;
  private isArray: Uint8Array<ArrayBuffer> = new Uint8Array(64);
  private role: Uint8Array<ArrayBuffer> = new Uint8Array(64);
  private expect: Uint8Array<ArrayBuffer> = new Uint8Array(64);
  /** Per level of an entry and the values built within it: the object or array. */
  private readonly built: Array<Record<string, unknown> | unknown[] | undefined> = [];
  /**
   * Per level of an object: its pending key, as a place in the names that count at that level
   * (ENTRY_FIELDS in an entry, NESTED_FIELDS within a field, "entries" in the wrapper); -1 for
   * any other key, whose value is stepped over.
   */
  private readonly keys: number[] = [];

  /** The level of the open entry (-1: none), the line it starts on, whether a syntax error fell within it. */
  private entryLevel = -1;
  private entryLine = 0;
  /** The open entry's fields. */
  private raw: RawEntry = emptyRawEntry();
  private damaged = false;

  private rootState = RootState.None;
  private foundEntries = false;
  /** Where it shows that the text holds no list of entries. */
  private notAListLine = 1;

  constructor(
    private readonly text: string,
    file: string,
    private readonly messages: Messages,
  ) {
    this.scanner = createScanner(text, false);
    this.rows = new RegisterRowsBuilder(file);
    this.problems = new RegisterProblems(file);
  }

  /** Reads up to `tokens` tokens; false when the text is read to its end. */
  read(tokens: number): boolean {
    for (let n = 0; n < tokens; n++) {
      if (this.plainField()) {
        this.lastTokenLine = this.lineBreaks;
        continue;
      }
      const token = this.nextToken();
      if (token === SyntaxKind.EOF) return false;
      if (this.error !== ScanError.None) this.problem(scanErrorMessage(this.error, this.messages));
      this.startsLine = this.lineBreaks !== this.lastTokenLine;
      this.take(token);
      this.lastTokenLine = this.lineBreaks + this.lineBreaksInToken;
    }
    return true;
  }

  /** One token, wherever it stands. */
  private take(token: number): void {
    if (this.depth === 0) return this.root(token);
    switch (token) {
      case SyntaxKind.ColonToken:
        return this.colon();
      case SyntaxKind.CommaToken:
        return this.comma();
      case SyntaxKind.CloseBraceToken:
        return this.closeBrace();
      case SyntaxKind.CloseBracketToken:
        return this.closeBracket();
      case SyntaxKind.Unknown:
        return this.unknown();
      default:
        return this.valueToken(token);
    }
  }

  *finish(): Generator<void, RegisterLoad> {
    if (this.depth > 0) {
      // on the last line that holds anything
      const trailing = this.text.slice(this.text.trimEnd().length);
      this.lineBreaks -= lineBreaksIn(trailing);
      this.problem(this.messages.registerJsonUnclosed());
      while (this.depth > 0) this.pop();
    }
    if (this.rootState === RootState.None) this.problems.add(1, this.messages.registerEmpty());
    else if (!this.foundEntries) this.problems.add(this.notAListLine, this.messages.registerNotAList());
    const entries = yield* RegisterRows.buildInSlices(this.rows);
    return { entries, ...this.problems.finish() };
  }

  /**
   * The next token that is not white space or a comment, its value in `value` and any error in
   * `error`. Punctuation and a string without escapes or control characters (nearly every token
   * of a register) are read here, with one search for the closing quote; everything else
   * (numbers, literals, escapes, comments, anything wrong) by the scanner. The scanner would
   * also build a string of every run of white space: that is stepped over here.
   */
  private nextToken(): number {
    const text = this.text;
    this.lineBreaks += this.lineBreaksInToken;
    this.lineBreaksInToken = 0;
    for (;;) {
      const at = this.skipWhiteSpace();
      const c = text.charCodeAt(at);
      this.error = ScanError.None;
      const punctuation = c < 128 ? PUNCTUATION[c] : 0;
      if (punctuation !== 0) {
        this.at = at + 1;
        return punctuation;
      }
      if (c === 0x22) {
        const end = text.indexOf('"', at + 1);
        if (end >= 0 && this.stopFrom(at + 1, end) > end) {
          this.stringStart = at + 1;
          this.stringEnd = end;
          this.at = end + 1;
          return SyntaxKind.StringLiteral;
        }
      }
      const scanner = this.scanner;
      scanner.setPosition(at);
      const token = scanner.scan();
      this.at = scanner.getPosition();
      this.tokenValue = scanner.getTokenValue();
      this.stringStart = -1;
      this.error = scanner.getTokenError();
      // a comment, or a string with a backslash before a line break, runs over lines: counted after the token
      const lineBreaks = lineBreaksIn(text.slice(at, this.at));
      if (token !== SyntaxKind.BlockCommentTrivia && token !== SyntaxKind.LineCommentTrivia) {
        this.lineBreaksInToken = lineBreaks;
        return token;
      }
      if (this.error === ScanError.None) this.lineBreaks += lineBreaks;
      else {
        // a /* that is never closed: only the rest of its line is taken for a comment, so that a /* in broken text swallows nothing more
        this.problem(scanErrorMessage(this.error, this.messages));
        const lineEnd = text.slice(at).search(/\r|\n/);
        this.at = lineEnd < 0 ? text.length : at + lineEnd;
      }
    }
  }

  /** Steps over white space, counting its line breaks; where the next token starts. */
  private skipWhiteSpace(): number {
    const text = this.text;
    let at = this.at;
    let c = text.charCodeAt(at);
    for (;;) {
      if (c === 0x20 || c === 0x09) c = text.charCodeAt(++at);
      else if (c === 0x0a || c === 0x0d) {
        // \r\n is one line break, a lone \r one too
        if (c === 0x0a || text.charCodeAt(at + 1) !== 0x0a) this.lineBreaks++;
        c = text.charCodeAt(++at);
      } else break;
    }
    this.at = at;
    return at;
  }

  /**
   * A field whose value is a string without escapes ("naam": "waarde"), read at once where an
   * entry, or an object within one, expects a key: most of a register is such fields. Anything
   * else (false) is left to the reading token by token, from the same place.
   */
  private plainField(): boolean {
    const top = this.depth - 1;
    if (top < 0 || this.expect[top] !== Expect.Key) return false;
    const role = this.role[top];
    if (role !== Role.Entry && role !== Role.Built) return false;
    this.lineBreaks += this.lineBreaksInToken;
    this.lineBreaksInToken = 0;
    const text = this.text;
    const keyStart = this.skipWhiteSpace();
    if (text.charCodeAt(keyStart) !== 0x22) return false;
    const keyEnd = text.indexOf('"', keyStart + 1);
    if (keyEnd < 0 || this.stopFrom(keyStart + 1, keyEnd) < keyEnd) return false;
    let at = keyEnd + 1;
    while (text.charCodeAt(at) === 0x20) at++;
    if (text.charCodeAt(at) !== 0x3a) return false;
    at++;
    while (text.charCodeAt(at) === 0x20) at++;
    if (text.charCodeAt(at) !== 0x22) return false;
    const valueEnd = text.indexOf('"', at + 1);
    if (valueEnd < 0 || this.stopFrom(at + 1, valueEnd) < valueEnd) return false;
    const key = (role === Role.Entry ? ENTRY_NAMES : NESTED_NAMES).find(text, keyStart + 1, keyEnd);
    this.at = valueEnd + 1;
    this.expect[top] = Expect.AfterValue;
    if (key >= 0) {
      this.keys[top] = key;
      this.attach(top, text.slice(at + 1, valueEnd));
    }
    return true;
  }

  /**
   * The next stop (a backslash or a control character) at or after `from`, or, when there is none
   * up to `through`, a place beyond `through` before which there is none. The text is searched a
   * window at a time: a register without a backslash is then not searched to its end at its first
   * string, in one slice (282 MB of one line: 100 ms before the first pause).
   */
  private stopFrom(from: number, through: number): number {
    if (this.nextStop < from || (!this.nextStopFound && this.nextStop <= through)) {
      const start = this.nextStop < from ? from : this.nextStop;
      const end = Math.min(this.text.length, Math.max(through + 1, start + STOP_WINDOW));
      const found = this.text.slice(start, end).search(STOP);
      this.nextStopFound = found >= 0 || end === this.text.length;
      this.nextStop = found >= 0 ? start + found : end === this.text.length ? Infinity : end;
    }
    return this.nextStop;
  }

  private problem(message: string): void {
    this.problems.add(this.lineBreaks + 1, message);
    if (this.entryLevel >= 0) this.damaged = true;
  }

  private root(token: number): void {
    if (this.rootState === RootState.Closed) {
      // more after the list: a ] too many closed it early, and what follows is read as its entries
      if (this.role[0] === Role.Entries) {
        this.problem(this.messages.registerJsonListGoesOn());
        this.rootState = RootState.Open;
        this.push(true, Role.Entries);
        this.expect[0] = Expect.AfterValue;
        return this.take(token);
      }
      this.problem(this.messages.registerJsonAfterEnd());
      this.rootState = RootState.Done;
    }
    if (this.rootState !== RootState.None) return;
    this.rootState = RootState.Open;
    if (token === SyntaxKind.OpenBracketToken) {
      this.foundEntries = true;
      this.push(true, Role.Entries);
    } else if (token === SyntaxKind.OpenBraceToken) this.push(false, Role.Wrapper);
    else {
      this.notAListLine = this.lineBreaks + 1;
      this.rootState = RootState.Done;
    }
  }

  private push(isArray: boolean, role: Role): void {
    const level = this.depth++;
    if (level === this.role.length) {
      this.isArray = grow(this.isArray);
      this.role = grow(this.role);
      this.expect = grow(this.expect);
    }
    this.isArray[level] = isArray ? 1 : 0;
    this.role[level] = role;
    this.expect[level] = isArray ? Expect.Value : Expect.Key;
    if (role === Role.Entry) {
      this.entryLevel = level;
      this.entryLine = this.lineBreaks;
      this.damaged = false;
      this.raw = emptyRawEntry();
    } else if (role === Role.Built) {
      const value = isArray ? [] : {};
      this.attach(level - 1, value);
      this.built[level] = value;
    }
  }

  private pop(): void {
    const level = --this.depth;
    const role = this.role[level];
    if (role === Role.Entry) this.finishEntry();
    if (level < this.built.length) this.built[level] = undefined;
    if (level === 0) this.rootState = RootState.Closed;
  }

  private finishEntry(): void {
    const entry = toEntry(this.raw, this.messages);
    if (typeof entry === 'string') this.problems.add(this.entryLine + 1, entry);
    else this.rows.add(entry, this.entryLine + 1);
    this.entryLevel = -1;
    this.damaged = false;
  }

  /** Adds a value to the entry, or to the array or object being built at `level`. */
  private attach(level: number, value: unknown): void {
    if (level === this.entryLevel) return setField(this.raw, this.keys[level], value);
    const container = this.built[level]!;
    if (this.isArray[level]) (container as unknown[]).push(value);
    else if (this.keys[level] >= 0) (container as Record<string, unknown>)[NESTED_FIELDS[this.keys[level]]] = value;
  }

  /** A string, number, literal, `{` or `[`, wherever it stands. */
  private valueToken(token: number): void {
    const top = this.depth - 1;
    const expect = this.expect[top];
    const opensObject = token === SyntaxKind.OpenBraceToken;
    // a { at a line's start in a list that broken text opened ("citatie":" [/* ...): a new entry, not an item of that list
    if (expect === Expect.Value && !(opensObject && this.startsLine && this.damaged && this.entryLevel >= 0 && this.role[top] === Role.Skipped)) return this.value(token);
    if (expect === Expect.Value) return this.breakOutOfEntry();
    if (this.isArray[top]) {
      // after an item, without a comma: an entry opening where an entry was left broken begins anew
      if (opensObject && this.entryLevel >= 0 && this.damaged) return this.breakOutOfEntry();
      this.problem(this.messages.registerJsonCommaExpected());
      return this.value(token);
    }
    if (opensObject && this.entryLevel >= 0) return this.breakOutOfEntry();
    if (token === SyntaxKind.StringLiteral && expect !== Expect.Colon) {
      if (expect === Expect.AfterValue) this.problem(this.messages.registerJsonCommaExpected());
      this.keys[top] = this.keyAt(this.role[top]);
      this.expect[top] = Expect.Colon;
      return;
    }
    if (expect === Expect.Colon) {
      // "naam" "waarde": the colon left out
      this.problem(this.messages.registerJsonColonExpected());
      return this.value(token);
    }
    this.problem(expect === Expect.Key ? this.messages.registerJsonKeyExpected() : this.messages.registerJsonCommaExpected());
    this.expect[top] = Expect.AfterValue;
    if (token === SyntaxKind.OpenBracketToken || opensObject) this.push(token === SyntaxKind.OpenBracketToken, Role.Skipped);
  }

  /** The key just read, as a place in the names that count for an object in `role` (see `keys`); found without making a string. */
  private keyAt(role: number): number {
    const names = role === Role.Entry ? ENTRY_NAMES : role === Role.Built ? NESTED_NAMES : role === Role.Wrapper ? WRAPPER_NAMES : undefined;
    if (!names) return -1;
    return this.stringStart < 0 ? names.indexOf(this.tokenValue) : names.find(this.text, this.stringStart, this.stringEnd);
  }

  /** A value where one is expected. */
  private value(token: number): void {
    const top = this.depth - 1;
    const role = this.role[top];
    this.expect[top] = Expect.AfterValue;
    const opens = token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken;
    const isArray = token === SyntaxKind.OpenBracketToken;
    switch (role) {
      case Role.Entries:
        if (token === SyntaxKind.OpenBraceToken) return this.push(false, Role.Entry);
        this.problem(this.messages.registerNotAnObject());
        // a list within the list: its entries are read as entries (a [ put in by mistake would swallow them)
        if (isArray) this.push(true, Role.Entries);
        return;
      case Role.Wrapper:
        if (this.keys[top] === 0) {
          if (isArray) {
            this.foundEntries = true;
            return this.push(true, Role.Entries);
          }
          this.notAListLine = this.lineBreaks + 1;
        }
        if (opens) this.push(isArray, Role.Skipped);
        return;
      case Role.Entry:
        if (this.keys[top] < 0) {
          if (opens) this.push(isArray, Role.Skipped);
          return;
        }
        if (opens) return this.push(isArray, Role.Built);
        return this.attach(top, this.scalar(token));
      case Role.Built:
        if (!opens) return this.attach(top, this.scalar(token));
        if (top - this.entryLevel < BUILT_DEPTH) return this.push(isArray, Role.Built);
        this.attach(top, isArray ? [] : {});
        return this.push(isArray, Role.Skipped);
      default:
        if (opens) this.push(isArray, Role.Skipped);
    }
  }

  private scalar(token: number): unknown {
    switch (token) {
      case SyntaxKind.StringLiteral:
        return this.stringStart >= 0 ? this.text.slice(this.stringStart, this.stringEnd) : this.tokenValue;
      case SyntaxKind.NumericLiteral:
        return Number(this.tokenValue);
      case SyntaxKind.TrueKeyword:
        return true;
      case SyntaxKind.FalseKeyword:
        return false;
      default:
        return null;
    }
  }

  /**
   * A `{` inside an entry where no value can stand: the entry was left open (a string or brace
   * not closed) and the next one begins. The open one is closed with what it had, so that the
   * next is read as an entry of its own.
   */
  private breakOutOfEntry(): void {
    if (!this.damaged) this.problem(this.messages.registerJsonEntryNotClosed());
    const entryLevel = this.entryLevel;
    while (this.depth > entryLevel) this.pop();
    this.push(false, Role.Entry);
  }

  private closeBrace(): void {
    for (;;) {
      if (this.depth === 0) return this.problem(this.messages.registerJsonUnexpected('}'));
      const top = this.depth - 1;
      if (!this.isArray[top]) {
        if (this.expect[top] === Expect.Colon || this.expect[top] === Expect.Value) this.problem(this.messages.registerJsonValueExpected());
        return this.pop();
      }
      if (this.role[top] === Role.Entries) return this.problem(this.messages.registerJsonUnexpected('}'));
      // `}` closes the object the unclosed array stands in
      this.problem(this.messages.registerJsonUnexpected('}'));
      this.pop();
    }
  }

  private closeBracket(): void {
    for (;;) {
      if (this.depth === 0) return this.problem(this.messages.registerJsonUnexpected(']'));
      const top = this.depth - 1;
      if (this.isArray[top]) return this.pop();
      if (this.role[top] === Role.Wrapper) return this.problem(this.messages.registerJsonUnexpected(']'));
      // `]` closes the array the unclosed object stands in (an entry, the list of entries)
      this.problem(this.messages.registerJsonUnexpected(']'));
      this.pop();
    }
  }

  private comma(): void {
    const top = this.depth - 1;
    const expect = this.expect[top];
    if (this.isArray[top]) {
      if (expect === Expect.AfterValue) this.expect[top] = Expect.Value;
      else this.problem(this.messages.registerJsonValueExpected());
      return;
    }
    if (expect === Expect.Key) this.problem(this.messages.registerJsonKeyExpected());
    else if (expect !== Expect.AfterValue) this.problem(this.messages.registerJsonValueExpected());
    this.expect[top] = Expect.Key;
  }

  private colon(): void {
    const top = this.depth - 1;
    if (!this.isArray[top] && this.expect[top] === Expect.Colon) this.expect[top] = Expect.Value;
    else this.problem(this.messages.registerJsonUnexpected(':'));
  }

  /** A word that is no JSON (`tru`, `undefined`, `'text'`): reported, and taken for a value that is left out. */
  private unknown(): void {
    this.problem(this.messages.registerJsonUnknown(this.tokenValue.slice(0, 20)));
    const top = this.depth - 1;
    if (this.expect[top] === Expect.Value) this.expect[top] = Expect.AfterValue;
  }
}

/** A few names, found in the text by their length and first letter and one comparison. */
class Names {
  /** Per length and first letter (length * 128 + letter): the place of the one name that has them, -1 if none. */
  private readonly byLengthAndLetter = new Int8Array(MAX_NAME * 128).fill(-1);

  constructor(private readonly names: readonly string[]) {
    names.forEach((name, i) => {
      const slot = name.length * 128 + name.charCodeAt(0);
      if (name.length >= MAX_NAME || name.charCodeAt(0) >= 128 || this.byLengthAndLetter[slot] !== -1) throw new Error(`Names: ${name}`);
      this.byLengthAndLetter[slot] = i;
    });
  }

  /** The place of the name that stands in `text` from `start` to `end`; -1 if none does. */
  find(text: string, start: number, end: number): number {
    const length = end - start;
    const letter = text.charCodeAt(start);
    if (length >= MAX_NAME || letter >= 128) return -1;
    const i = this.byLengthAndLetter[length * 128 + letter];
    if (i < 0) return -1;
    // compared letter by letter: startsWith is a call into the runtime, and this runs for every key
    const name = this.names[i];
    for (let at = 1; at < length; at++) if (text.charCodeAt(start + at) !== name.charCodeAt(at)) return -1;
    return i;
  }

  indexOf(name: string): number {
    return this.names.indexOf(name);
  }
}

const MAX_NAME = 16;
const ENTRY_NAMES = new Names(ENTRY_FIELDS);
const NESTED_NAMES = new Names(NESTED_FIELDS);
const WRAPPER_NAMES = new Names(['entries']);

/** Tokens of one character, by their code. */
const PUNCTUATION = new Uint8Array(128);
PUNCTUATION[0x7b] = SyntaxKind.OpenBraceToken;
PUNCTUATION[0x7d] = SyntaxKind.CloseBraceToken;
PUNCTUATION[0x5b] = SyntaxKind.OpenBracketToken;
PUNCTUATION[0x5d] = SyntaxKind.CloseBracketToken;
PUNCTUATION[0x3a] = SyntaxKind.ColonToken;
PUNCTUATION[0x2c] = SyntaxKind.CommaToken;

/** What ends the plain part of a string: a backslash, or a control character (which JSON allows only escaped). */
const STOP = /[\u0000-\u001f\\]/;
/** How much of the text one search for a stop reads at least (a window of some thousand strings). */
const STOP_WINDOW = 65536;

function lineBreaksIn(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) count++;
  }
  return count;
}

function grow(array: Uint8Array): Uint8Array<ArrayBuffer> {
  const larger = new Uint8Array(array.length * 2);
  larger.set(array);
  return larger;
}

function scanErrorMessage(error: ScanError, messages: Messages): string {
  switch (error) {
    case ScanError.UnexpectedEndOfString:
      return messages.registerJsonUnclosedString();
    case ScanError.UnexpectedEndOfComment:
      return messages.registerJsonUnclosedComment();
    case ScanError.UnexpectedEndOfNumber:
      return messages.registerJsonBadNumber();
    case ScanError.InvalidCharacter:
      return messages.registerJsonControlCharacter();
    default:
      return messages.registerJsonBadEscape();
  }
}
