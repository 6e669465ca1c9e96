import { existsSync, writeFileSync } from 'fs';
import { basename, dirname, extname, join } from 'path';
import { draftFromQuestions, parseDocument, type CalendarDate } from '../service';
import { readTextFileSync } from '../files';
import { readWordText } from './readWord';
import { fileCommandOrExit } from './arguments';

export const NEW_USAGE = `Gebruik: kamervragen new <vragenbestand> [-o <concept>] [--force]

Maakt een concept-antwoorddocument van de vragen zoals de Kamer ze stuurt: een Word-bestand (.docx) of de
tekst van de PDF of webpagina (.txt). Het concept krijgt de aanbiedingsbrief, elke vraag met haar tekst,
een antwoordkop met <antwoord> en de voetnoten als [n].
  -o <concept>   waar het concept komt (standaard: <vragenbestand>.kamervragen ernaast; - is de uitvoer)
  --force        een bestaand concept overschrijven`;

/** The text of a questions file: a .docx through mammoth, anything else as text. */
export async function questionsText(path: string): Promise<string> {
  return extname(path).toLowerCase() === '.docx' ? readWordText(path) : readTextFileSync(path);
}

/** `kamervragen new`: writes nothing unless questions were found, and never overwrites without --force. */
export async function runNew(args: string[], out: (text: string) => void, err: (text: string) => void, today: CalendarDate): Promise<number> {
  const command = fileCommandOrExit(args, { file: 'vragenbestand' }, NEW_USAGE, out, err);
  if (typeof command === 'number') return command;
  const { source, target, force } = command;
  let text: string;
  try {
    text = await questionsText(source);
  } catch (error) {
    err(`kamervragen: kan '${source}' niet lezen: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const draft = draftFromQuestions(parseDocument(text), { today });
  if (!draft) {
    err(`kamervragen: in '${source}' zijn geen vragen gevonden ('Vraag 1', '1. ...' of een los nummer boven elke vraag); er is geen concept gemaakt`);
    return 1;
  }
  if (target === '-') {
    out(draft.text.replace(/\n$/, ''));
    return 0;
  }
  const path = target ?? join(dirname(source), `${basename(source, extname(source))}.kamervragen`);
  if (existsSync(path) && !force) {
    err(`kamervragen: '${path}' bestaat al; kies een andere naam met -o of overschrijf met --force`);
    return 2;
  }
  writeFileSync(path, draft.text);
  err(`${path}: concept met ${draft.questions} ${draft.questions === 1 ? 'vraag' : 'vragen'} en ${draft.footnotes} ${draft.footnotes === 1 ? 'voetnoot' : 'voetnoten'}`);
  return 0;
}
