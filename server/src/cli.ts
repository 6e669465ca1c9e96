import { readdirSync, realpathSync, statSync, type Dirent } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import {
  checkInputs,
  createLanguageService,
  DIAGNOSTIC_CODES,
  isDraft,
  isSkippedFolder,
  mergeConfig,
  SEVERITY_NAME,
  SEVERITY_SETTINGS,
  type CalendarDate,
  type ConfigLayer,
  type Diagnostic,
  type DiagnosticCode,
  type LanguageService,
  type Messages,
  type SeveritySetting,
  type StructureSummary,
} from './service';
import { describeConfigProblem, describeReadError, findCommandLineConfig, MAX_DRAFT_BYTES, readStandardInput, readTextFileSync, type FoundConfig } from './files';
import { clockFromEnvironment, parseIsoDate } from './clock';
import { version } from '../../package.json';
import { runExport, runNew } from './word';
import { runRegister } from './openData/importCommand';

/**
 * kamervragen check [--json] [--severity code=level] [--today yyyy-mm-dd] <files or folders>...
 * The same checks as the editor, with the same configuration (the nearest kamervragen.json): this
 * file only reads files and prints.
 */

const USAGE = `Gebruik: kamervragen new <vragenbestand> [-o <concept>]        (zie kamervragen new --help)
       kamervragen export <concept> [-o <bestand.docx>] [--force] (zie kamervragen export --help)
       kamervragen register import <pagina's>... [-o <register.json>] [--force] (zie kamervragen register --help)
       kamervragen check [--json] [--severity <code>=<niveau>]... [--today <jjjj-mm-dd>] <bestanden of mappen>...

Controleert concept-antwoorden op Kamervragen. Mappen worden doorzocht op .kamervragen- en .txt-bestanden.
De instellingen komen uit het dichtstbijzijnde kamervragen.json boven elk bestand; opties gaan voor.
  --json                 één JSON-array met per bestand de structuur en de meldingen
  --severity code=niveau niveau van een controle: error, warning, information, hint of off
                         (codes: ${DIAGNOSTIC_CODES.join(', ')})
  --today jjjj-mm-dd     de datum waartoe de termijn wordt geteld (ook: KAMERVRAGEN_TODAY)
  --version              het versienummer
  --help                 deze uitleg

Afsluitcode: 0 zonder fouten, 1 bij fouten, 2 bij verkeerd gebruik of een onleesbaar bestand.`;

/** Besides .kamervragen, the CLI reads .txt drafts (the text of a PDF or Word file). */
const CLI_ASSOCIATIONS = ['*.txt'];

class UsageError extends Error {}

interface Options {
  json: boolean;
  layer: ConfigLayer;
  today?: CalendarDate;
  paths: string[];
}

function parseArguments(args: string[]): Options | 'help' | 'version' {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') return 'help';
  if (command === '--version' || command === '-v') return 'version';
  if (command !== 'check') throw new UsageError(command ? `onbekende opdracht '${command}'` : 'geen opdracht gegeven');
  const options: Options = { json: false, layer: {}, paths: [] };
  const valueOf = (arg: string, name: string, i: number): [string | undefined, number] => (arg === name ? [rest[i + 1], i + 1] : [arg.slice(name.length + 1), i]);
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--version') return 'version';
    if (arg === '--json') options.json = true;
    else if (arg === '--severity' || arg.startsWith('--severity=')) {
      const [value, next] = valueOf(arg, '--severity', i);
      i = next;
      const [code, level] = (value ?? '').split('=');
      if (!DIAGNOSTIC_CODES.includes(code as DiagnosticCode)) throw new UsageError(`onbekende controle '${code ?? ''}' bij --severity`);
      if (!SEVERITY_SETTINGS.includes(level as SeveritySetting)) throw new UsageError(`onbekend niveau '${level ?? ''}' bij --severity`);
      options.layer.severity = { ...options.layer.severity, [code]: level as SeveritySetting };
    } else if (arg === '--today' || arg.startsWith('--today=')) {
      const [value, next] = valueOf(arg, '--today', i);
      i = next;
      options.today = parseIsoDate(value);
      if (!options.today) throw new UsageError(`'${value ?? ''}' bij --today is geen datum als 2026-02-10`);
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`onbekende optie '${arg}'`);
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) throw new UsageError('geen bestanden of mappen gegeven');
  return options;
}

/** The names under which the command line reads its standard input: `-`, and the system's own. */
const STANDARD_INPUT = new Set(['-', '/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

/** A draft to check: a file (with the folder named on the command line that led to it), or the standard input. */
type Source = { file: string; named: string } | { standardInput: string };

/**
 * Expands folders to the drafts in them, in a stable order; each real file once, loops skipped,
 * and within a folder only what lies in it once links are resolved (a link out of it is not
 * followed). A file named on the command line is read wherever it is.
 */
function collectFiles(path: string, problems: string[], seen: Set<string>, messages: Messages): Source[] {
  if (STANDARD_INPUT.has(path)) {
    if (seen.has('-')) return [];
    seen.add('-');
    return [{ standardInput: path }];
  }
  let real: string;
  try {
    real = realpathSync(path);
    if (!statSync(real).isDirectory()) {
      if (seen.has(real)) return [];
      seen.add(real);
      return [{ file: path, named: dirname(resolve(path)) }];
    }
  } catch (error) {
    problems.push(`kan '${path}' niet lezen: ${describeReadError(error, messages)}`);
    return [];
  }
  return collectFolder(path, real, resolve(path), problems, seen, messages);
}

function collectFolder(path: string, real: string, named: string, problems: string[], seen: Set<string>, messages: Messages): Source[] {
  if (seen.has(real)) return [];
  seen.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    problems.push(`kan map '${path}' niet lezen: ${describeReadError(error, messages)}`);
    return [];
  }
  const root = realpathSync(named);
  const files: Source[] = [];
  for (const dirent of entries) {
    const entry = dirent.name;
    const child = join(path, entry);
    // a file that is no link lies where its folder really is: no realpath and no stat for each of a folder's drafts
    if (dirent.isFile()) {
      const target = join(real, entry);
      if (isDraft(child, CLI_ASSOCIATIONS) && !seen.has(target)) {
        seen.add(target);
        files.push({ file: child, named });
      }
      continue;
    }
    let target: string;
    let stats;
    try {
      target = realpathSync(child);
      stats = statSync(target);
    } catch {
      continue; // a dangling or looping link inside a folder is not a draft
    }
    if (target !== root && !target.startsWith(`${root}/`)) continue; // a link out of the folder named
    if (stats.isDirectory()) {
      if (!isSkippedFolder(entry)) for (const file of collectFolder(child, target, named, problems, seen, messages)) files.push(file);
    } else if (stats.isFile() && isDraft(child, CLI_ASSOCIATIONS) && !seen.has(target)) {
      seen.add(target);
      files.push({ file: child, named });
    }
  }
  return files;
}

function diagnosticJson(diagnostic: Diagnostic) {
  return {
    line: diagnostic.range.start.line + 1,
    column: diagnostic.range.start.character + 1,
    endLine: diagnostic.range.end.line + 1,
    endColumn: diagnostic.range.end.character + 1,
    severity: SEVERITY_NAME[diagnostic.severity],
    code: diagnostic.code,
    message: diagnostic.message,
  };
}

/** Text with NUL characters in its first kilobytes is not a draft (a .docx, a PDF, an image). */
function looksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}

interface FileResult {
  file: string;
  structure: StructureSummary;
  diagnostics: Array<ReturnType<typeof diagnosticJson>>;
}

/** Where the CLI prints: a piece of text, to which a line break is added; a promise when the reader is behind. */
export type Output = (text: string) => void | Promise<void>;

/**
 * Output written as it comes, whole lines at a time (`out` ends each piece with a line break). The
 * results of many or large drafts never become one string (V8 allows 512 MB at most), and each
 * file's results are gone from memory once its output has been taken by the reader.
 */
class LineWriter {
  private pending = '';
  private behind: Promise<void> | undefined;

  constructor(private readonly out: Output) {}

  write(text: string): void {
    this.pending += text;
    if (this.pending.length < 64 * 1024) return;
    const end = this.pending.lastIndexOf('\n');
    if (end < 0) return;
    this.send(this.pending.slice(0, end));
    this.pending = this.pending.slice(end + 1);
  }

  /** Waits until the reader has taken what was written. */
  async caughtUp(): Promise<void> {
    while (this.behind) {
      const behind = this.behind;
      this.behind = undefined;
      await behind;
    }
  }

  /** Writes what is left; its last line break is the one `out` adds. */
  end(): Promise<void> {
    if (this.pending !== '') this.send(this.pending.endsWith('\n') ? this.pending.slice(0, -1) : this.pending);
    this.pending = '';
    return this.caughtUp();
  }

  private send(text: string): void {
    const behind = this.out(text);
    if (behind) this.behind = this.behind ? this.behind.then(() => behind) : behind;
  }
}

/** What JSON.stringify(value, null, 2) writes, a piece at a time (the results are a few levels deep). */
function writeJson(value: unknown, writer: LineWriter, indent: string): void {
  const inner = `${indent}  `;
  if (Array.isArray(value) && value.length > 0) {
    writer.write('[');
    value.forEach((item, i) => {
      writer.write(`${i > 0 ? ',' : ''}\n${inner}`);
      writeJson(item, writer, inner);
    });
    writer.write(`\n${indent}]`);
  } else if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).some((v) => v !== undefined)) {
    writer.write('{');
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .forEach(([key, v], i) => {
        writer.write(`${i > 0 ? ',' : ''}\n${inner}${JSON.stringify(key)}: `);
        writeJson(v, writer, inner);
      });
    writer.write(`\n${indent}}`);
  } else writer.write(JSON.stringify(value));
}

/** kamervragen check: reads, checks and prints each draft in turn. */
async function checkAll(service: LanguageService, sources: Source[], options: Options, standardInput: string | undefined, problems: string[], out: Output, err: (text: string) => void, checkDay: CalendarDate): Promise<number> {
  const { messages } = service;
  const configs = new Map<string, FoundConfig | undefined>();
  const reported = new Set<string>();
  const writer = new LineWriter(out);
  let files = 0;
  let count = 0;
  let errors = 0;
  if (options.json) writer.write('[');
  for (const source of sources) {
    const file = 'file' in source ? source.file : source.standardInput;
    let text: string;
    try {
      text = 'file' in source ? readTextFileSync(source.file, MAX_DRAFT_BYTES) : (standardInput ?? '');
    } catch (error) {
      problems.push(`kan '${file}' niet lezen: ${describeReadError(error, messages)}`);
      continue;
    }
    if (looksBinary(text)) {
      problems.push(`'${file}' is geen tekstbestand; sla het op als tekst (.txt, UTF-8) of kopieer de tekst in een .kamervragen-bestand`);
      continue;
    }
    // the standard input counts as a draft in the current folder
    const folder = 'file' in source ? dirname(resolve(source.file)) : process.cwd();
    if (!configs.has(folder)) configs.set(folder, findCommandLineConfig(folder, 'file' in source ? source.named : folder));
    const found = configs.get(folder);
    if (found && !reported.has(found.path)) {
      reported.add(found.path);
      for (const problem of found.problems) err(`kamervragen: ${found.path}:${problem.line}: ${describeConfigProblem(problem, service)}`);
    }
    const config = mergeConfig(found?.layer ?? {}, options.layer);
    const parsed = service.parse(text);
    const diagnostics = service.check(parsed, checkInputs(config, checkDay));
    const result: FileResult = { file, structure: service.structureSummary(parsed), diagnostics: diagnostics.map(diagnosticJson) };
    files++;
    count += diagnostics.length;
    errors += diagnostics.filter((d) => d.severity === 1).length;
    if (options.json) {
      writer.write(files > 1 ? ',\n  ' : '\n  ');
      writeJson(result, writer, '  ');
    } else {
      const name = 'file' in source ? relative(process.cwd(), file) || file : file;
      if (result.structure.questions.length === 0) writer.write(`${name}: geen vragen gevonden\n`);
      for (const d of result.diagnostics) writer.write(`${name}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}\n`);
    }
    await writer.caughtUp();
  }
  if (options.json) writer.write(files > 0 ? '\n]' : ']');
  await writer.end();
  if (!options.json) {
    err(`${files} ${files === 1 ? 'bestand' : 'bestanden'} gecontroleerd, ${count} ${count === 1 ? 'melding' : 'meldingen'}, ${errors} ${errors === 1 ? 'fout' : 'fouten'}.`);
  }
  for (const problem of problems) err(`kamervragen: ${problem}`);
  if (problems.length > 0) return 2;
  return errors > 0 ? 1 : 0;
}

export function run(args: string[], out: Output, err: (text: string) => void, today: () => CalendarDate = clockFromEnvironment()): number | Promise<number> {
  const print = (text: string) => void out(text);
  if (args[0] === 'new') return runNew(args.slice(1), print, err, today());
  if (args[0] === 'export') return runExport(args.slice(1), print, err, today());
  if (args[0] === 'register') return runRegister(args.slice(1), print, err);
  let options: ReturnType<typeof parseArguments>;
  try {
    options = parseArguments(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`kamervragen: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    print(USAGE);
    return 0;
  }
  if (options === 'version') {
    print(version);
    return 0;
  }
  const service = createLanguageService(); // the CLI speaks Dutch
  const problems: string[] = [];
  const seen = new Set<string>();
  const sources = options.paths.flatMap((path) => collectFiles(path, problems, seen, service.messages));
  const checkDay = options.today ?? today();
  const standardInput = sources.find((source) => 'standardInput' in source);
  if (!standardInput || !('standardInput' in standardInput)) return checkAll(service, sources, options, undefined, problems, out, err, checkDay);
  return readStandardInput(standardInput.standardInput, MAX_DRAFT_BYTES).then(
    (text) => checkAll(service, sources, options, text, problems, out, err, checkDay),
    (error: unknown) => {
      problems.push(`kan ${service.messages.standardInput()} niet lezen: ${describeReadError(error, service.messages)}`);
      return checkAll(service, sources.filter((source) => 'file' in source), options, undefined, problems, out, err, checkDay);
    },
  );
}

/** The process's command line: run it, print, and set the exit code. */
export function main(): void {
  // `kamervragen check ... | head -1`: the reader has gone; end quietly, as Unix tools do
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  const internalError = (error: unknown) => {
    process.stderr.write(`kamervragen: interne fout: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  };
  // a reader behind (a pipe, a slow terminal): wait for it, so that unread output does not pile up in memory
  const out = (text: string) => (process.stdout.write(`${text}\n`) ? undefined : new Promise<void>((resolve) => process.stdout.once('drain', resolve)));
  try {
    Promise.resolve(run(process.argv.slice(2), out, (t) => process.stderr.write(`${t}\n`))).then((code) => (process.exitCode = code), internalError);
  } catch (error) {
    internalError(error);
  }
}

if (require.main === module) main();
