import { createScanner, findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, SyntaxKind, type ParseError } from 'jsonc-parser';
import type { CalendarDate } from './dates';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostics';
import { SEVERITY_SETTINGS, type SeveritySetting } from './severity';
import type { AnswerTerms } from './rules/rule';
import type { Messages } from './messages';
import { ONS_KENMERK_PRESETS } from './lookup/onsKenmerk';

/**
 * One configuration for the editor and CI. A drafts folder may hold a `kamervragen.json` (the
 * same keys as the VS Code settings without the `kamervragen.` prefix); the CLI and the server
 * both read it, as markdownlint's config file serves its CLI and its extension alike. Layers, last
 * wins: the rules' defaults, kamervragen.json, then the editor's explicitly set settings or the
 * CLI's options.
 */
export interface Config {
  severity: Partial<Record<DiagnosticCode, SeveritySetting>>;
  /** Register files, relative to the file or folder that names them. */
  registers: string[];
  onsKenmerkPreset?: string;
  onsKenmerkPattern?: string;
  answerTerms: AnswerTerms;
  /**
   * onPause: a problem in the line being typed waits until the writer pauses or leaves the line;
   * onType: after every keystroke; onSave: on open and save.
   */
  run: RunMode;
  language: 'nl' | 'en' | 'auto';
}

/** The three-week term of the Tweede Kamer (Reglement van Orde, art. 12.7); none for the Eerste Kamer. */
export const DEFAULT_ANSWER_TERMS: AnswerTerms = { tweedeKamer: 21 };

export const CONFIG_FILE_NAME = 'kamervragen.json';

export type RunMode = 'onPause' | 'onType' | 'onSave';
export const RUN_MODES: readonly RunMode[] = ['onPause', 'onType', 'onSave'];

export function defaultConfig(): Config {
  return { severity: {}, registers: [], answerTerms: { ...DEFAULT_ANSWER_TERMS }, run: 'onPause', language: 'nl' };
}

/** A layer: only what it sets. */
export type ConfigLayer = Partial<Omit<Config, 'answerTerms'>> & { answerTerms?: Partial<Record<keyof AnswerTerms, number | null>> };

/** Later layers win; a term of null removes the term (no deadline for that chamber). */
export function mergeConfig(...layers: ConfigLayer[]): Config {
  const config = defaultConfig();
  for (const layer of layers) {
    if (layer.severity) config.severity = { ...config.severity, ...layer.severity };
    if (layer.registers) config.registers = layer.registers;
    if (layer.onsKenmerkPreset !== undefined) config.onsKenmerkPreset = layer.onsKenmerkPreset || undefined;
    if (layer.onsKenmerkPattern !== undefined) config.onsKenmerkPattern = layer.onsKenmerkPattern || undefined;
    for (const [chamber, days] of Object.entries(layer.answerTerms ?? {}) as Array<[keyof AnswerTerms, number | null | undefined]>) {
      if (days === null) delete config.answerTerms[chamber];
      else if (days !== undefined) config.answerTerms[chamber] = days;
    }
    if (layer.run) config.run = layer.run;
    if (layer.language) config.language = layer.language;
  }
  return config;
}

/** Where in the settings a value stands: `['severity', 'deadline']`. */
export type SettingPath = Array<string | number>;

/** What in a configuration was not used, and why; `configProblemText` says it in the drafter's language. */
export type ConfigFault =
  | { kind: 'unknown-setting'; key: string }
  | { kind: 'unknown-check'; code: string }
  | { kind: 'bad-severity'; code: string; level: string }
  | { kind: 'bad-term'; chamber: string; days: string }
  | { kind: 'bad-choice'; key: string; value: string; choices: string[] }
  | { kind: 'not-an-object'; key: string }
  | { kind: 'not-a-list'; key: string }
  | { kind: 'not-a-path'; key: string; value: string }
  | { kind: 'not-text'; key: string }
  | { kind: 'too-deep'; levels: number }
  | { kind: 'syntax'; error: string }
  | { kind: 'outside'; boundary: string };

/** A fault of kamervragen.json, with its line (1-based). */
export type ConfigProblem = ConfigFault & { line: number };

/** A value the settings did not use, where it stands. */
export interface ConfigIssue {
  path: SettingPath;
  fault: ConfigFault;
}

export function configProblemText(fault: ConfigFault, messages: Messages): string {
  switch (fault.kind) {
    case 'unknown-setting':
      return messages.configUnknownSetting(fault.key);
    case 'unknown-check':
      return messages.configUnknownCheck(fault.code);
    case 'bad-severity':
      return messages.configBadSeverity(fault.code, fault.level);
    case 'bad-term':
      return messages.configBadTerm(fault.chamber, fault.days);
    case 'bad-choice':
      return messages.configBadChoice(fault.key, fault.value, fault.choices);
    case 'not-an-object':
      return messages.configNotAnObject(fault.key);
    case 'not-a-list':
      return messages.configNotAList(fault.key);
    case 'not-a-path':
      return messages.configNotAPath(fault.key, fault.value);
    case 'not-text':
      return messages.configNotText(fault.key);
    case 'too-deep':
      return messages.configTooDeep(fault.levels);
    case 'syntax':
      return messages.configSyntax(fault.error);
    case 'outside':
      return messages.configOutside(fault.boundary);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The keys of kamervragen.json (the settings without `kamervragen.`); the schema is generated from the settings with these. */
export const CONFIG_FILE_KEYS = ['severity', 'registers', 'onsKenmerk', 'answerTerm', 'run', 'language'] as const;
const LANGUAGES: ReadonlyArray<Config['language']> = ['nl', 'en', 'auto'];
const CHAMBERS = ['tweedeKamer', 'eersteKamer'] as const;

/** The longest answer term a setting may give, in days. */
export const MAX_TERM_DAYS = 999;

/** A value as a message quotes it: short, whatever was written. */
function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Reads the settings as the editor or a config file gives them ({ severity: {...}, registers,
 * onsKenmerk: { preset, pattern }, answerTerm: { tweedeKamer, eersteKamer }, run, language }),
 * keeping only known keys with valid values; `issues` names, by its place, every value not used.
 */
export function readConfigLayer(raw: unknown, issues: ConfigIssue[] = []): ConfigLayer {
  const layer: ConfigLayer = {};
  if (!isRecord(raw)) return layer;
  const unknownKeys = (object: Record<string, unknown>, known: readonly string[], path: string[]) => {
    for (const key of Object.keys(object)) if (!known.includes(key)) issues.push({ path: [...path, key], fault: { kind: 'unknown-setting', key: [...path, key].join('.') } });
  };
  const objectAt = (key: string): Record<string, unknown> | undefined => {
    const value = raw[key];
    if (value === undefined || isRecord(value)) return value;
    issues.push({ path: [key], fault: { kind: 'not-an-object', key } });
    return undefined;
  };
  const choice = <T extends string>(path: string[], value: unknown, choices: readonly T[]): T | undefined => {
    if (choices.includes(value as T)) return value as T;
    if (value !== undefined) issues.push({ path, fault: { kind: 'bad-choice', key: path.join('.'), value: quoted(value), choices: choices.filter((c) => c !== '') } });
    return undefined;
  };
  unknownKeys(raw, [...CONFIG_FILE_KEYS, '$schema'], []);
  const severity = objectAt('severity');
  if (severity) {
    layer.severity = {};
    for (const [code, level] of Object.entries(severity)) {
      if (!DIAGNOSTIC_CODES.includes(code as DiagnosticCode)) issues.push({ path: ['severity', code], fault: { kind: 'unknown-check', code } });
      else if (!SEVERITY_SETTINGS.includes(level as SeveritySetting)) issues.push({ path: ['severity', code], fault: { kind: 'bad-severity', code, level: quoted(level) } });
      else layer.severity[code as DiagnosticCode] = level as SeveritySetting;
    }
  }
  if (Array.isArray(raw.registers)) {
    const registers: string[] = [];
    raw.registers.forEach((register: unknown, i) => {
      if (typeof register === 'string' && register.trim() !== '') registers.push(register);
      else issues.push({ path: ['registers', i], fault: { kind: 'not-a-path', key: 'registers', value: quoted(register) } });
    });
    layer.registers = registers;
  } else if (raw.registers !== undefined) issues.push({ path: ['registers'], fault: { kind: 'not-a-list', key: 'registers' } });
  const onsKenmerk = objectAt('onsKenmerk');
  if (onsKenmerk) {
    unknownKeys(onsKenmerk, ['preset', 'pattern'], ['onsKenmerk']);
    const preset = choice(['onsKenmerk', 'preset'], onsKenmerk.preset, ['', ...ONS_KENMERK_PRESETS.map((p) => p.id)]);
    if (preset !== undefined) layer.onsKenmerkPreset = preset;
    if (typeof onsKenmerk.pattern === 'string') layer.onsKenmerkPattern = onsKenmerk.pattern;
    else if (onsKenmerk.pattern !== undefined) issues.push({ path: ['onsKenmerk', 'pattern'], fault: { kind: 'not-text', key: 'onsKenmerk.pattern' } });
  }
  const answerTerm = objectAt('answerTerm');
  if (answerTerm) {
    layer.answerTerms = {};
    unknownKeys(answerTerm, CHAMBERS, ['answerTerm']);
    for (const chamber of CHAMBERS) {
      const days = answerTerm[chamber];
      // null: no term, which the Eerste Kamer has by default (the Tweede Kamer's is turned off with severity.deadline)
      if ((days === null && chamber === 'eersteKamer') || (typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= MAX_TERM_DAYS)) layer.answerTerms[chamber] = days;
      else if (days !== undefined) issues.push({ path: ['answerTerm', chamber], fault: { kind: 'bad-term', chamber, days: quoted(days) } });
    }
  }
  const run = choice(['run'], raw.run, RUN_MODES);
  if (run) layer.run = run;
  const language = choice(['language'], raw.language, LANGUAGES);
  if (language) layer.language = language;
  return layer;
}

/** Deeper than any kamervragen.json needs (three levels), far below what would exhaust the stack. */
const MAX_CONFIG_DEPTH = 64;

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** How deep the file's objects and lists nest, read token by token (the parser recurses). */
function nestingDepth(text: string): number {
  const scanner = createScanner(text, true);
  let depth = 0;
  let deepest = 0;
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) deepest = Math.max(deepest, ++depth);
    else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) depth--;
    if (deepest > MAX_CONFIG_DEPTH) break;
  }
  return deepest;
}

/**
 * kamervragen.json, with comments and trailing commas allowed. Every value not used is a problem
 * with its line; a problem never stops the rest of the file from counting.
 */
export function parseConfigFile(text: string): { layer: ConfigLayer; problems: ConfigProblem[] } {
  const content = text.replace(/^\uFEFF/, '');
  if (nestingDepth(content) > MAX_CONFIG_DEPTH) return { layer: {}, problems: [{ kind: 'too-deep', levels: MAX_CONFIG_DEPTH, line: 1 }] };
  const errors: ParseError[] = [];
  const tree = parseTree(content, errors, { allowTrailingComma: true });
  const problems: ConfigProblem[] = errors.slice(0, 1).map((error) => ({ kind: 'syntax', error: printParseErrorCode(error.error), line: lineAt(content, error.offset) }));
  const raw: unknown = tree && getNodeValue(tree);
  if (tree && !isRecord(raw)) problems.push({ kind: 'not-an-object', key: 'kamervragen.json', line: lineAt(content, tree.offset) });
  const issues: ConfigIssue[] = [];
  const layer = readConfigLayer(raw, issues);
  for (const { path, fault } of issues) {
    const node = tree && findNodeAtLocation(tree, path);
    problems.push({ ...fault, line: node ? lineAt(content, node.parent?.type === 'property' ? node.parent.offset : node.offset) : 1 });
  }
  return { layer, problems: problems.sort((a, b) => a.line - b.line) };
}

/** What a check needs besides the document; built once per file by every entry point. */
export interface CheckInputs {
  severity: Config['severity'];
  answerTerms: AnswerTerms;
  /** The date the deadline is counted to: the caller's clock (the service has none). */
  today: CalendarDate;
  isKnownZaak?: (zaaknummer: string) => boolean;
}

export function checkInputs(config: Config, today: CalendarDate, isKnownZaak?: (zaaknummer: string) => boolean): CheckInputs {
  return { severity: config.severity, answerTerms: config.answerTerms, today, isKnownZaak };
}
