import { readdirSync, readFileSync, statSync } from 'fs';
import { extname, join, relative, resolve } from 'path';
import {
  checkDocument,
  DIAGNOSTIC_CODES,
  parseDocument,
  SEVERITY_NAME,
  SEVERITY_SETTINGS,
  summarizeStructure,
  type CheckSettings,
  type Diagnostic,
  type DiagnosticCode,
  type SeveritySetting,
} from './service';

/**
 * kamervragen check [--json] [--severity code=level] <files or folders>...
 * The same checks as the editor: this file only reads files and prints.
 */

const USAGE = `Gebruik: kamervragen check [--json] [--severity <code>=<niveau>]... <bestanden of mappen>...

Controleert concept-antwoorden op Kamervragen. Mappen worden doorzocht op .kamervragen- en .txt-bestanden.
  --json                 één JSON-array met per bestand de structuur en de meldingen
  --severity code=niveau niveau van een controle: error, warning, information, hint of off
                         (codes: ${DIAGNOSTIC_CODES.join(', ')})
  --help                 deze uitleg

Afsluitcode: 0 zonder fouten, 1 bij fouten, 2 bij verkeerd gebruik of een onleesbaar bestand.`;

const DRAFT_EXTENSIONS = new Set(['.kamervragen', '.txt']);
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

class UsageError extends Error {}

interface Options {
  json: boolean;
  settings: CheckSettings;
  paths: string[];
}

function parseArguments(args: string[]): Options | 'help' {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') return 'help';
  if (command !== 'check') throw new UsageError(command ? `onbekende opdracht '${command}'` : 'geen opdracht gegeven');
  const options: Options = { json: false, settings: { severity: {} }, paths: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--json') options.json = true;
    else if (arg === '--severity' || arg.startsWith('--severity=')) {
      const value = arg === '--severity' ? rest[++i] : arg.slice('--severity='.length);
      const [code, level] = (value ?? '').split('=');
      if (!DIAGNOSTIC_CODES.includes(code as DiagnosticCode)) throw new UsageError(`onbekende controle '${code ?? ''}' bij --severity`);
      if (!SEVERITY_SETTINGS.includes(level as SeveritySetting)) throw new UsageError(`onbekend niveau '${level ?? ''}' bij --severity`);
      options.settings.severity![code as DiagnosticCode] = level as SeveritySetting;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`onbekende optie '${arg}'`);
    else options.paths.push(arg);
  }
  if (options.paths.length === 0) throw new UsageError('geen bestanden of mappen gegeven');
  return options;
}

/** Expands folders to the drafts in them, in a stable order. */
function collectFiles(path: string, problems: string[]): string[] {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    problems.push(`kan '${path}' niet lezen: ${describe(error)}`);
    return [];
  }
  if (!stats.isDirectory()) return [path];
  const files: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(path).sort();
  } catch (error) {
    problems.push(`kan map '${path}' niet lezen: ${describe(error)}`);
    return [];
  }
  for (const entry of entries) {
    if (SKIPPED_FOLDERS.has(entry) || entry.startsWith('.')) continue;
    const child = join(path, entry);
    let childStats;
    try {
      childStats = statSync(child);
    } catch {
      continue;
    }
    if (childStats.isDirectory()) files.push(...collectFiles(child, problems));
    else if (DRAFT_EXTENSIONS.has(extname(entry).toLowerCase())) files.push(child);
  }
  return files;
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'bestand of map bestaat niet';
  if (code === 'EACCES' || code === 'EPERM') return 'geen toegang';
  if (code === 'EISDIR') return 'is een map';
  return error instanceof Error ? error.message : String(error);
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

export function run(args: string[], out: (text: string) => void, err: (text: string) => void): number {
  let options: Options | 'help';
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
  const problems: string[] = [];
  // A file named twice (a folder and a file in it) is checked once.
  const seen = new Set<string>();
  const files = options.paths
    .flatMap((path) => collectFiles(path, problems))
    .filter((file) => !seen.has(resolve(file)) && seen.add(resolve(file)));
  const results = [];
  let errors = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      problems.push(`kan '${file}' niet lezen: ${describe(error)}`);
      continue;
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // editors hide the BOM: columns must agree
    const parsed = parseDocument(text);
    const diagnostics = checkDocument(parsed, options.settings);
    errors += diagnostics.filter((d) => d.severity === 1).length;
    results.push({ file, structure: summarizeStructure(parsed.model), diagnostics: diagnostics.map(diagnosticJson) });
  }
  if (options.json) {
    out(JSON.stringify(results, null, 2));
  } else {
    for (const result of results) {
      const name = relative(process.cwd(), result.file) || result.file;
      for (const d of result.diagnostics) out(`${name}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);
    }
    const count = results.reduce((sum, r) => sum + r.diagnostics.length, 0);
    err(`${results.length} ${results.length === 1 ? 'bestand' : 'bestanden'} gecontroleerd, ${count} ${count === 1 ? 'melding' : 'meldingen'}, ${errors} ${errors === 1 ? 'fout' : 'fouten'}.`);
  }
  for (const problem of problems) err(`kamervragen: ${problem}`);
  if (problems.length > 0) return 2;
  return errors > 0 ? 1 : 0;
}

if (require.main === module) {
  try {
    process.exitCode = run(process.argv.slice(2), (t) => process.stdout.write(`${t}\n`), (t) => process.stderr.write(`${t}\n`));
  } catch (error) {
    process.stderr.write(`kamervragen: interne fout: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
