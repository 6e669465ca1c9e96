import { basename, dirname, extname, join } from 'path';
import { createLanguageService, type CalendarDate } from '../service';
import { checkWritable, WriteRefused, writeFileSafely } from '../files';
import { fileCommandOrExit } from './arguments';
import { newFromQuestions } from './newFromQuestions';
import { createWordRunner } from './wordRunner';

export const NEW_USAGE = `Gebruik: kamervragen new <vragenbestand> [-o <concept>] [--force]

Maakt een concept-antwoorddocument van de vragen zoals de Kamer ze stuurt: een Word-bestand (.docx) of de
tekst van de PDF of webpagina (.txt). Het concept krijgt de aanbiedingsbrief, elke vraag met haar tekst,
een antwoordkop met <antwoord> en de voetnoten als [n].
  -o <concept>   waar het concept komt (standaard: <vragenbestand>.kamervragen ernaast; - is de uitvoer)
  --force        een bestaand concept overschrijven (nooit het vragenbestand zelf)`;

/** `kamervragen new`: writes nothing unless questions were found, and never overwrites without --force. */
export async function runNew(args: string[], out: (text: string) => void, err: (text: string) => void, today: CalendarDate): Promise<number> {
  const command = fileCommandOrExit(args, { file: 'vragenbestand' }, NEW_USAGE, out, err);
  if (typeof command === 'number') return command;
  const { source, target, force } = command;
  const service = createLanguageService(); // the CLI speaks Dutch
  const path = target ?? join(dirname(source), `${basename(source, extname(source))}.kamervragen`);
  const writeOptions = { replace: force, inputs: [source] };
  try {
    // a name that cannot be written is said before the questions are read
    if (target !== '-') checkWritable(path, writeOptions);
    const draft = await newFromQuestions({ path: source }, { today, service, word: createWordRunner() });
    if ('problem' in draft) {
      err(`kamervragen: ${draft.problem}`);
      return draft.unreadable ? 2 : 1;
    }
    if (target === '-') {
      out(draft.text.replace(/\n$/, ''));
      if (draft.unplaced) err(`kamervragen: ${draft.unplaced}`);
      return 0;
    }
    const written = writeFileSafely(path, draft.text, writeOptions);
    err(`${written}: concept met ${draft.questions} ${draft.questions === 1 ? 'vraag' : 'vragen'} en ${draft.footnotes} ${draft.footnotes === 1 ? 'voetnoot' : 'voetnoten'}`);
    if (draft.unplaced) err(`${written}: ${draft.unplaced}`);
    return 0;
  } catch (error) {
    if (!(error instanceof WriteRefused)) throw error;
    err(`kamervragen: ${error.describe(service.messages)}`);
    return 2;
  }
}
