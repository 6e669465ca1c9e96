import { createLanguageService } from '../service';
import { WriteRefused } from '../files';
import { describeImportRefusal, importPages, importRegister } from './importRegister';

export const IMPORT_USAGE = `Gebruik: kamervragen register import <pagina's of mappen>... [-o <register.json>] [--force]

Maakt een register van eerdere vragen en antwoorden uit de open data van de Tweede Kamer: de pagina's
(JSON) die u downloadt van gegevensmagazijn.tweedekamer.nl (zie de README voor de zoekvraag). Een map
geeft alle .json-bestanden erin, op volgorde van hun nummers (pagina-2 voor pagina-10). Er wordt
niets opgehaald; alleen de genoemde bestanden worden gelezen. Elk item dat niet te gebruiken is, wordt
met zijn reden genoemd; de rest komt in het register.
  -o <register.json>  waar het register komt (standaard: register.json hier; - is de uitvoer)
  --force             een bestaand bestand vervangen (nooit een van de pagina's)`;

/** Problems printed one a line, at most this many; the rest counted. */
const SHOWN_PROBLEMS = 50;

/** `kamervragen register import`: 0 when a register was written, 2 when nothing was (wrong use, nothing usable, a name that cannot be written). */
export async function runRegister(args: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const [command, ...rest] = args;
  if (command === '--help' || command === '-h' || command === undefined) {
    (command === undefined ? err : out)(IMPORT_USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'import') {
    err(`kamervragen: onbekende opdracht 'register ${command}'\n\n${IMPORT_USAGE}`);
    return 2;
  }
  const files: string[] = [];
  let target = 'register.json';
  let force = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--help' || arg === '-h') {
      out(IMPORT_USAGE);
      return 0;
    }
    if (arg === '-o' || arg === '--output') target = rest[++i] ?? '';
    else if (arg === '--force') force = true;
    else if (arg.startsWith('-') && arg !== '-') return usage(err, `onbekende optie '${arg}'`);
    else files.push(arg);
  }
  if (files.length === 0) return usage(err, "geen pagina's gegeven");
  if (target === '') return usage(err, 'geen bestand na -o');
  const service = createLanguageService(); // the CLI speaks Dutch
  const { messages } = service;
  try {
    const result: Awaited<ReturnType<typeof importRegister>> = target === '-' ? await importPages(files, service) : await importRegister(files, target, force, service);
    list(err, messages.openDataUnused(result.problems.length), result.problems, messages.openDataMore);
    list(err, messages.openDataShortenedList(result.shortened.length), result.shortened, messages.openDataMore);
    if (result.zaken === 0) {
      err(`kamervragen: ${messages.openDataNothing(result.items)}`);
      return 2;
    }
    if (target === '-') out(result.text.replace(/\n$/, ''));
    else err(messages.openDataImported(result.written ?? target, result.zaken, result.items, result.files));
    return 0;
  } catch (error) {
    if (!(error instanceof WriteRefused)) throw error;
    err(`kamervragen: ${describeImportRefusal(error, messages)}`);
    return 2;
  }
}

/** A heading and its lines, at most SHOWN_PROBLEMS of them and the rest counted; nothing when there are none. */
function list(err: (text: string) => void, heading: string, lines: string[], more: (count: number) => string): void {
  if (lines.length === 0) return;
  err(heading);
  for (const line of lines.slice(0, SHOWN_PROBLEMS)) err(`  ${line}`);
  if (lines.length > SHOWN_PROBLEMS) err(`  ${more(lines.length - SHOWN_PROBLEMS)}`);
}

function usage(err: (text: string) => void, problem: string): number {
  err(`kamervragen: ${problem}\n\n${IMPORT_USAGE}`);
  return 2;
}
