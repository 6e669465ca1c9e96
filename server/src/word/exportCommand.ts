import { basename, dirname, extname, join, resolve } from 'path';
import { checkInputs, createLanguageService, mergeConfig, SEVERITY_NAME, type CalendarDate } from '../service';
import { describeConfigProblem, describeReadError, findCommandLineConfig, MAX_DRAFT_BYTES, readTextFileSync } from '../files';
import { fileCommandOrExit } from './arguments';
import { exportToWord } from './exportToWord';
import { createWordRunner } from './wordRunner';

export const EXPORT_USAGE = `Gebruik: kamervragen export <concept> [-o <bestand.docx>] [--template <sjabloon.docx>] [--force]

Zet een concept om in een Word-brief: de aanbiedingsbrief en de antwoorden, met echte Word-voetnoten.
Heeft het concept nog fouten (onbeantwoorde vragen, nog in te vullen tekst, voetnoten zonder tekst), dan
wordt er niets geschreven, tenzij --force.
  -o <bestand.docx>  waar de brief komt (standaard: <concept>.docx ernaast)
  --template <docx>  een eigen Word-sjabloon met {{datum}}, {{betreft}}, {{ons_kenmerk}}, {{uw_kenmerk}},
                     {{bijlage}}, {{retouradres}} in de tekst en {{aan}}, {{brief}}, {{antwoorden}}
                     elk in een eigen alinea
  --force            ook met fouten exporteren, en een bestaand bestand overschrijven (nooit het concept
                     of het sjabloon zelf)`;

/** `kamervragen export`: nothing is written half; an existing file is replaced only with --force. */
export async function runExport(args: string[], out: (text: string) => void, err: (text: string) => void, today: CalendarDate): Promise<number> {
  const command = fileCommandOrExit(args, { file: 'concept', valued: ['--template'] }, EXPORT_USAGE, out, err);
  if (typeof command === 'number') return command;
  const { source, target, force } = command;
  const service = createLanguageService(); // the CLI speaks Dutch
  const { messages } = service;
  let text: string;
  try {
    text = readTextFileSync(source, MAX_DRAFT_BYTES);
  } catch (error) {
    err(`kamervragen: ${messages.fileUnreadable(source, describeReadError(error, messages))}`);
    return 2;
  }
  const parsed = service.parse(text);
  // the draft's settings as `kamervragen check <draft>` finds them, so that both judge it alike
  const folder = dirname(resolve(source));
  const config = findCommandLineConfig(folder, folder);
  for (const problem of config?.problems ?? []) err(`kamervragen: ${config!.path}:${problem.line}: ${describeConfigProblem(problem, service)}`);
  const result = await exportToWord(
    {
      parsed,
      draftPath: source,
      target: target ?? join(dirname(source), `${basename(source, extname(source))}.docx`),
      replace: force,
      force,
      templatePath: command.values['--template'],
      diagnostics: () => service.check(parsed, checkInputs(mergeConfig(config?.layer ?? {}), today)),
    },
    { service, word: createWordRunner() },
  );
  if ('problem' in result) {
    err(`kamervragen: ${result.problem}`);
    return 2;
  }
  if ('errors' in result) {
    for (const d of result.errors) err(`${source}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY_NAME[d.severity]} ${d.code} ${d.message}`);
    err(`kamervragen: het concept heeft nog ${result.errors.length} ${result.errors.length === 1 ? 'fout' : 'fouten'}; er is niets geschreven (exporteer toch met --force)`);
    return 1;
  }
  err(`${result.written}: geschreven`);
  return 0;
}
