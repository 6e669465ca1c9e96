/**
 * Reads the entries of a JSON register (an array, or { "entries": [...] }) without building the
 * whole tree first: each entry's fields of interest become a small object that is handed on and
 * dropped, and every other value is only stepped over. Strict: anything JSON.parse would refuse,
 * or a shape it does not expect, makes it answer false, and the caller reads the file with
 * JSON.parse (and where that fails, with a parser that can say on which line the problem is).
 */
export function* readRegisterEntries(text: string, fields: ReadonlySet<string>, entry: (raw: Record<string, unknown>) => boolean): Generator<void, boolean> {
  try {
    const reader = new StrictJsonReader(text, fields);
    reader.skipSpace();
    if (reader.peek() === 0x5b /* [ */) {
      if (!(yield* reader.readEntries(entry))) return false;
    } else if (reader.peek() === 0x7b /* { */) {
      let found = false;
      for (let more = reader.enter(0x7b, 0x7d); more; more = reader.next(0x7d)) {
        const key = reader.readKey();
        if (key !== 'entries') {
          reader.skipValue();
          continue;
        }
        if (found || reader.peek() !== 0x5b) return false; // a second list (JSON.parse keeps the last), or no list
        found = true;
        if (!(yield* reader.readEntries(entry))) return false;
      }
      if (!found) return false;
    } else return false;
    reader.skipSpace();
    return reader.atEnd();
  } catch (error) {
    if (error instanceof NotStrictJson) return false;
    throw error;
  }
}

/** Entries read between two pauses: a few milliseconds of work, so that a server stays responsive. */
const ENTRIES_PER_SLICE = 1000;

class NotStrictJson extends Error {}

const STRING_RUN = /[^"\\\u0000-\u001f]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** Characters that end a run of plain string content: JSON allows none of them raw in a string. */
const STRING_STOPS = ['\\', '\n', '\r', '\t'];
const OTHER_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

class StrictJsonReader {
  private at = 0;
  /** Where the next of each of STRING_STOPS stands, found once per stretch of text. */
  private readonly nextStop: number[];
  private readonly fieldNames: string[];
  /** The field names in quotes, as they stand in the text. */
  private readonly fieldKeys: string[];

  constructor(
    private readonly text: string,
    private readonly fields: ReadonlySet<string>,
  ) {
    this.nextStop = STRING_STOPS.map(() => -1);
    this.fieldNames = [...fields];
    this.fieldKeys = this.fieldNames.map((field) => `"${field}"`);

  }

  /** Whether a stop character stands between `from` and `to` (each is searched for once per stretch). */
  private stopBefore(from: number, to: number): boolean {
    for (let i = 0; i < STRING_STOPS.length; i++) {
      let next = this.nextStop[i];
      if (next !== Infinity && next < from) {
        const found = this.text.indexOf(STRING_STOPS[i], from);
        next = this.nextStop[i] = found < 0 ? Infinity : found;
      }
      if (next < to) return true;
    }
    return false;
  }

  peek(): number {
    return this.text.charCodeAt(this.at);
  }

  atEnd(): boolean {
    this.checkControlCharacters();
    return this.at === this.text.length;
  }

  /** How far the text has been searched for control characters (see `checkControlCharacters`). */
  private checkedTo = 0;

  /**
   * A control character may not stand raw in a string (nor anywhere else in JSON). The strings'
   * own searches find a line break, tab or backslash; the other control characters are searched
   * for here, in the text read since the last search, so that the work is spread over the slices.
   */
  private checkControlCharacters(): void {
    if (this.at > this.checkedTo && OTHER_CONTROL.test(this.text.slice(this.checkedTo, this.at))) throw new NotStrictJson();
    this.checkedTo = this.at;
  }

  skipSpace(): void {
    const text = this.text;
    let at = this.at;
    for (let c = text.charCodeAt(at); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++at));
    this.at = at;
  }

  private expect(code: number): void {
    this.skipSpace();
    if (this.peek() !== code) throw new NotStrictJson();
    this.at++;
  }

  /** The array of entries: each must be an object. Pauses (yields) every ENTRIES_PER_SLICE entries. */
  *readEntries(entry: (raw: Record<string, unknown>) => boolean): Generator<void, boolean> {
    let count = 0;
    for (let more = this.enter(0x5b, 0x5d); more; more = this.next(0x5d)) {
      if (this.peek() !== 0x7b) return false;
      const raw: Record<string, unknown> = {};
      const ok = this.readObject((key) => {
        if (!this.fields.has(key)) return this.skipValue();
        raw[key] = this.readValue();
        return true;
      }, true);
      if (!ok || !entry(raw)) return false;
      if (++count % ENTRIES_PER_SLICE === 0) {
        this.checkControlCharacters();
        yield;
      }
    }
    return true;
  }

  /** Steps into an array or object; false when it is empty (and then already stepped out of). */
  enter(open: number, close: number): boolean {
    this.expect(open);
    this.skipSpace();
    if (this.peek() !== close) return true;
    this.at++;
    return false;
  }

  /** After an item: true when a comma brings another, false at `close`. */
  next(close: number): boolean {
    this.skipSpace();
    const c = this.peek();
    this.at++;
    if (c === close) return false;
    if (c !== 0x2c) throw new NotStrictJson();
    this.skipSpace();
    return true;
  }

  /** An object key and its colon; the reader then stands at the value. `fieldKeys`: see readObject. */
  readKey(fieldKeys = false): string {
    this.skipSpace();
    const key = fieldKeys ? this.readFieldKey() : this.readString(true);
    this.expect(0x3a);
    this.skipSpace();
    return key;
  }

  readArray(item: () => boolean): boolean {
    for (let more = this.enter(0x5b, 0x5d); more; more = this.next(0x5d)) if (!item()) return false;
    return true;
  }

  /** Calls `member` with each key, the reader standing at its value; `fieldKeys`: keys that are no field are not decoded (''). */
  readObject(member: (key: string) => boolean, fieldKeys = false): boolean {
    for (let more = this.enter(0x7b, 0x7d); more; more = this.next(0x7d)) if (!member(this.readKey(fieldKeys))) return false;
    return true;
  }

  /** A key that is one of the fields, found without making a new string; '' for any other key. */
  private readFieldKey(): string {
    for (let i = 0; i < this.fieldKeys.length; i++) {
      if (this.text.startsWith(this.fieldKeys[i], this.at)) {
        this.at += this.fieldKeys[i].length;
        return this.fieldNames[i];
      }
    }
    const key = this.readString(true); // a key spelled with escapes can still be a field
    return this.fields.has(key) ? key : '';
  }

  /** A string's value (`decode`), or only its end. */
  private readString(decode: boolean): string {
    const text = this.text;
    if (text.charCodeAt(this.at) !== 0x22) throw new NotStrictJson();
    const start = this.at;
    const end = text.indexOf('"', start + 1);
    if (end < 0) throw new NotStrictJson();
    if (!this.stopBefore(start + 1, end)) {
      this.at = end + 1;
      return decode ? text.slice(start + 1, end) : '';
    }
    let at = start + 1;
    let escaped = false;
    for (;;) {
      STRING_RUN.lastIndex = at;
      STRING_RUN.exec(text);
      at = STRING_RUN.lastIndex;
      const c = text.charCodeAt(at);
      if (c === 0x22) break;
      if (c !== 0x5c) throw new NotStrictJson(); // a control character, or the end of the text
      ESCAPE.lastIndex = at;
      if (!ESCAPE.test(text)) throw new NotStrictJson();
      at = ESCAPE.lastIndex;
      escaped = true;
    }
    this.at = at + 1;
    if (!decode) return '';
    return escaped ? (JSON.parse(text.slice(start, at + 1)) as string) : text.slice(start + 1, at);
  }

  readValue(): unknown {
    const c = this.peek();
    if (c === 0x22) return this.readString(true);
    if (c === 0x7b) {
      const value: Record<string, unknown> = {};
      this.readObject((key) => {
        // JSON.parse makes "__proto__" an ordinary key; no field read from a register has that name
        if (key === '__proto__') return this.skipValue();
        value[key] = this.readValue();
        return true;
      });
      return value;
    }
    if (c === 0x5b) {
      const value: unknown[] = [];
      this.readArray(() => {
        value.push(this.readValue());
        return true;
      });
      return value;
    }
    return this.readScalar();
  }

  skipValue(): boolean {
    const c = this.peek();
    if (c === 0x22) this.readString(false);
    else if (c === 0x7b) this.readObject(() => this.skipValue());
    else if (c === 0x5b) this.readArray(() => this.skipValue());
    else this.readScalar();
    return true;
  }

  private readScalar(): unknown {
    const text = this.text;
    for (const [word, value] of LITERALS) {
      if (text.startsWith(word, this.at)) {
        this.at += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = this.at;
    const number = NUMBER.exec(text);
    if (!number) throw new NotStrictJson();
    this.at = NUMBER.lastIndex;
    return Number(number[0]);
  }
}

const LITERALS: ReadonlyArray<[string, unknown]> = [
  ['true', true],
  ['false', false],
  ['null', null],
];
