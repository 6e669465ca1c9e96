import { existsSync, renameSync, writeFileSync } from 'fs';
import { basename, dirname, extname, join } from 'path';
import { answerDocument, checkDocument, checkInputs, mergeConfig, parseDocument, SEVERITY_NAME, type CalendarDate } from '../service';
import { findConfigSync, readBinaryFileSync, readTextFileSync } from '../files';
import { answerDocumentToDocx } from './writeWord';
import { fillTemplate } from './fillTemplate';
import { fileCommandOrExit } from './arguments';

export const EXPORT_USAGE = `Gebruik: kamervragen export <concept> [-o <bestand.docx>] [--template <sjabloon.docx>] [--force]

Zet een concept om in een Word-brief: de aanbiedingsbrief en de antwoorden, met echte Word-voetnoten.
Heeft het concept nog fouten (onbeantwoorde vragen, nog in te vullen tekst, voetnoten zonder tekst), dan
wordt er niets geschreven, tenzij --force.
  -o <bestand.docx>  waar de brief komt (standaard: <concept>.docx ernaast)
  --template <docx>  een eigen Word-sjabloon met {{datum}}, {{betreft}}, {{ons_kenmerk}}, {{uw_kenmerk}},
                     {{bijlage}}, {{retouradres}} in de tekst en {{aan}}, {{brief}}, {{antwoorden}}
                     elk in een eigen alinea
  --force            ook met fouten exporteren, en een bestaand bestand overschrijven`;

/** Written beside the target and renamed into place: a reader never sees half a file. */
export function writeWholeFile(path: string, content: Buffer): void {
  const partial = `${path}.${process.pid}.deel`;
  writeFileSync(partial, content);
  renameSync(partial, path);
}

/** The draft as .docx bytes, or the errors that stop the export (unless forced). */
export async function exportDraft(text: string, options: { force: boolean; today: CalendarDate; configFolder?: string; template?: Buffer }): Promise<{ docx: Buffer } | { errors: string[] }> {
  const parsed = parseDocument(text);
  const found = options.configFolder ? findConfigSync(options.configFolder) : undefined;
  const errors = checkDocument(parsed, checkInputs(mergeConfig(found?.layer ?? {}), options.today))
    .filter((d) => d.severity === 1)
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY_NAME[d.severity]} ${d.code} ${d.message}`);
  if (errors.length > 0 && !options.force) return { errors };
  const parts = answerDocument(parsed);
  return { docx: options.template ? await fillTemplate(options.template, parts) : await answerDocumentToDocx(parts) };
}

/** `kamervragen export`: nothing is written half; an existing file is replaced only with --force. */
export async function runExport(args: string[], out: (text: string) => void, err: (text: string) => void, today: CalendarDate): Promise<number> {
  const command = fileCommandOrExit(args, { file: 'concept', valued: ['--template'] }, EXPORT_USAGE, out, err);
  if (typeof command === 'number') return command;
  const { source, target, force } = command;
  const templatePath = command.values['--template'];
  let text: string;
  try {
    text = readTextFileSync(source);
  } catch (error) {
    err(`kamervragen: kan '${source}' niet lezen: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const path = target ?? join(dirname(source), `${basename(source, extname(source))}.docx`);
  if (existsSync(path) && !force) {
    err(`kamervragen: '${path}' bestaat al; kies een andere naam met -o of overschrijf met --force`);
    return 2;
  }
  let template: Buffer | undefined;
  if (templatePath !== undefined) {
    try {
      template = readBinaryFileSync(templatePath);
    } catch (error) {
      err(`kamervragen: kan sjabloon '${templatePath}' niet lezen: ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
  }
  let result: Awaited<ReturnType<typeof exportDraft>>;
  try {
    result = await exportDraft(text, { force, today, configFolder: dirname(source), template });
  } catch (error) {
    err(`kamervragen: sjabloon '${templatePath ?? ''}' is geen bruikbaar Word-bestand: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  if ('errors' in result) {
    for (const error of result.errors) err(`${source}:${error}`);
    err(`kamervragen: het concept heeft nog ${result.errors.length} ${result.errors.length === 1 ? 'fout' : 'fouten'}; er is niets geschreven (exporteer toch met --force)`);
    return 1;
  }
  writeWholeFile(path, result.docx);
  err(`${path}: geschreven`);
  return 0;
}
