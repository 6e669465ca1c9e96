import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { CalendarDate } from './dates';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostics';
import { SEVERITY_SETTINGS, type SeveritySetting } from './severity';
import type { AnswerTerms } from './rules/rule';
import type { Messages } from './messages';

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
const RUN_MODES: readonly RunMode[] = ['onPause', 'onType', 'onSave'];

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

/** What in a configuration was ignored, and why; `configProblemText` says it in the drafter's language. */
export type ConfigProblem =
  | { kind: 'unknown-check'; code: string }
  | { kind: 'bad-severity'; code: string; level: string }
  | { kind: 'bad-term'; chamber: string; days: string }
  | { kind: 'syntax'; error: string; offset: number };

export function configProblemText(problem: ConfigProblem, messages: Messages): string {
  switch (problem.kind) {
    case 'unknown-check':
      return messages.configUnknownCheck(problem.code);
    case 'bad-severity':
      return messages.configBadSeverity(problem.code, problem.level);
    case 'bad-term':
      return messages.configBadTerm(problem.chamber, problem.days);
    case 'syntax':
      return messages.configSyntax(problem.error, problem.offset);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the settings as the editor or a config file gives them ({ severity: {...}, registers,
 * onsKenmerk: { preset, pattern }, answerTerm: { tweedeKamer, eersteKamer }, run, language }),
 * keeping only known keys with valid values; `problems` names what was ignored.
 */
export function readConfigLayer(raw: unknown, problems: ConfigProblem[] = []): ConfigLayer {
  const layer: ConfigLayer = {};
  if (!isRecord(raw)) return layer;
  if (isRecord(raw.severity)) {
    layer.severity = {};
    for (const [code, level] of Object.entries(raw.severity)) {
      if (!DIAGNOSTIC_CODES.includes(code as DiagnosticCode)) problems.push({ kind: 'unknown-check', code });
      else if (!SEVERITY_SETTINGS.includes(level as SeveritySetting)) problems.push({ kind: 'bad-severity', code, level: String(level) });
      else layer.severity[code as DiagnosticCode] = level as SeveritySetting;
    }
  }
  if (Array.isArray(raw.registers)) layer.registers = raw.registers.filter((r): r is string => typeof r === 'string' && r.trim() !== '');
  if (isRecord(raw.onsKenmerk)) {
    if (typeof raw.onsKenmerk.preset === 'string') layer.onsKenmerkPreset = raw.onsKenmerk.preset;
    if (typeof raw.onsKenmerk.pattern === 'string') layer.onsKenmerkPattern = raw.onsKenmerk.pattern;
  }
  if (isRecord(raw.answerTerm)) {
    layer.answerTerms = {};
    for (const chamber of ['tweedeKamer', 'eersteKamer'] as const) {
      const days = raw.answerTerm[chamber];
      if (days === null || (typeof days === 'number' && Number.isInteger(days) && days > 0 && days < 1000)) layer.answerTerms[chamber] = days;
      else if (days !== undefined) problems.push({ kind: 'bad-term', chamber, days: String(days) });
    }
  }
  if (RUN_MODES.includes(raw.run as RunMode)) layer.run = raw.run as RunMode;
  if (raw.language === 'nl' || raw.language === 'en' || raw.language === 'auto') layer.language = raw.language;
  return layer;
}

/** kamervragen.json, with comments allowed; a problem never stops the rest of the file from counting. */
export function parseConfigFile(text: string): { layer: ConfigLayer; problems: ConfigProblem[] } {
  const errors: ParseError[] = [];
  const raw: unknown = parseJsonc(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: true });
  const problems = errors.slice(0, 1).map((error): ConfigProblem => ({ kind: 'syntax', error: printParseErrorCode(error.error), offset: error.offset }));
  return { layer: readConfigLayer(raw, problems), problems };
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
