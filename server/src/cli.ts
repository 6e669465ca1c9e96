import { readdirSync, realpathSync, statSync } from 'fs';
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
  type SeveritySetting,
} from './service';
import { describeReadError, FileRefused, findConfigSync, readTextFileSync, type FoundConfig } from './files';
import { clockFromEnvironment, parseIsoDate } from './clock';
import { version } from '../../package.json';
import { runExport, runNew } from './word';

/**
 * kamervragen check [--json] [--severity code=level] [--today yyyy-mm-dd] <files or folders>...
 * The same checks as the editor, with the same configuration (the nearest kamervragen.json): this
 * file only reads files and prints.
 */

const USAGE = `Gebruik: kamervragen new <vragenbestand> [-o <concept>]        (zie kamervragen new --help)
       kamervragen export <concept> [-o <bestand.docx>] [--force] (zie kamervragen export --help)
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

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'bestand of map bestaat niet';
  if (code === 'EACCES' || code === 'EPERM') return 'geen toegang';
  if (code === 'EISDIR') return 'is een map';
  if (code === 'ELOOP') return 'een kring van symbolische koppelingen';
  return error instanceof Error ? error.message : String(error);
}

/** Expands folders to the drafts in them, in a stable order; each real file once, loops skipped. */
function collectFiles(path: string, problems: string[], seen: Set<string>): string[] {
  let real: string;
  try {
    real = realpathSync(path);
    if (!statSync(real).isDirectory()) {
      if (seen.has(real)) return [];
      seen.add(real);
      return [path];
    }
  } catch (error) {
    problems.push(`kan '${path}' niet lezen: ${describe(error)}`);
    return [];
  }
  if (seen.has(real)) return [];
  seen.add(real);
  let entries: string[];
  try {
    entries = readdirSync(path).sort();
  } catch (error) {
    problems.push(`kan map '${path}' niet lezen: ${describe(error)}`);
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    const child = join(path, entry);
    let stats;
    try {
      stats = statSync(child);
    } catch {
      continue; // a dangling or looping link inside a folder is not a draft
    }
    if (stats.isDirectory()) {
      if (!isSkippedFolder(entry)) for (const file of collectFiles(child, problems, seen)) files.push(file);
    } else if (stats.isFile() && isDraft(child, CLI_ASSOCIATIONS)) {
      const target = realpathSync(child);
      if (!seen.has(target)) {
        seen.add(target);
        files.push(child);
      }
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

export function run(args: string[], out: (text: string) => void, err: (text: string) => void, today: () => CalendarDate = clockFromEnvironment()): number | Promise<number> {
  if (args[0] === 'new') return runNew(args.slice(1), out, err, today());
  if (args[0] === 'export') return runExport(args.slice(1), out, err, today());
  let options: ReturnType<typeof parseArguments>;
  try {
    options = parseArguments(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`kamervragen: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    out(USAGE);
    return 0;
  }
  if (options === 'version') {
    out(version);
    return 0;
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  const files = options.paths.flatMap((path) => collectFiles(path, problems, seen));
  const configs = new Map<string, FoundConfig | undefined>();
  const reported = new Set<string>();
  const checkDay = options.today ?? today();
  const service = createLanguageService(); // the CLI speaks Dutch
  const results = [];
  let errors = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readTextFileSync(file);
    } catch (error) {
      problems.push(`kan '${file}' niet lezen: ${error instanceof FileRefused ? describeReadError(error, service.messages) : describe(error)}`);
      continue;
    }
    if (looksBinary(text)) {
      problems.push(`'${file}' is geen tekstbestand; sla het op als tekst (.txt, UTF-8) of kopieer de tekst in een .kamervragen-bestand`);
      continue;
    }
    const folder = dirname(resolve(file));
    if (!configs.has(folder)) configs.set(folder, findConfigSync(folder));
    const found = configs.get(folder);
    if (found && found.problems.length > 0 && !reported.has(found.path)) {
      reported.add(found.path);
      err(`kamervragen: ${found.path}: ${service.describeConfigProblem(found.problems[0])}`);
    }
    const config = mergeConfig(found?.layer ?? {}, options.layer);
    const parsed = service.parse(text);
    const diagnostics = service.check(parsed, checkInputs(config, checkDay));
    errors += diagnostics.filter((d) => d.severity === 1).length;
    results.push({ file, structure: service.structureSummary(parsed), diagnostics: diagnostics.map(diagnosticJson) });
  }
  if (options.json) {
    out(JSON.stringify(results, null, 2));
  } else {
    for (const result of results) {
      const name = relative(process.cwd(), result.file) || result.file;
      if (result.structure.questions.length === 0) out(`${name}: geen vragen gevonden`);
      for (const d of result.diagnostics) out(`${name}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);
    }
    const count = results.reduce((sum, r) => sum + r.diagnostics.length, 0);
    err(`${results.length} ${results.length === 1 ? 'bestand' : 'bestanden'} gecontroleerd, ${count} ${count === 1 ? 'melding' : 'meldingen'}, ${errors} ${errors === 1 ? 'fout' : 'fouten'}.`);
  }
  for (const problem of problems) err(`kamervragen: ${problem}`);
  if (problems.length > 0) return 2;
  return errors > 0 ? 1 : 0;
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
  try {
    Promise.resolve(run(process.argv.slice(2), (t) => process.stdout.write(`${t}\n`), (t) => process.stderr.write(`${t}\n`))).then((code) => (process.exitCode = code), internalError);
  } catch (error) {
    internalError(error);
  }
}

if (require.main === module) main();
