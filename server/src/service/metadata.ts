import type { TextLines } from './text/lines';
import { parseDutchDate, type CalendarDate } from './dates';

/**
 * What the heading of the questions says about them: "Vragen van het lid Six Dijkstra (Nieuw
 * Sociaal Contract) aan de minister van Justitie en Veiligheid over het artikel ... (ingezonden
 * 3 januari 2024, 2024Z00025)". Headings wrap anywhere in PDF text, so the text is read with its
 * line breaks folded to spaces.
 */
export interface QuestionsMetadata {
  /** "het lid Six Dijkstra (Nieuw Sociaal Contract)" or "de leden Sneller (D66), Chakor ..." */
  askers?: string;
  addressee?: string;
  subject?: string;
  sent?: CalendarDate;
  sentText?: string;
  zaaknummer?: string;
}

const HEADING = /Vragen van ((?:het lid|de leden) .+?) aan de (.+?) over (.+?) \((?:ingezonden )+(\d{1,2} \p{L}+ \d{4})(?:, (20\d\dZ ?\d{5}))?\)/u;
const ZAAKNUMMER = /\b20\d\dZ ?\d{5}\b/;
const HEAD_LENGTH = 6000;

export function questionsMetadata(lines: TextLines): QuestionsMetadata {
  const head = lines.text.slice(0, HEAD_LENGTH).replace(/\s+/g, ' ');
  const heading = HEADING.exec(head);
  const zaaknummer = heading?.[5] ?? ZAAKNUMMER.exec(head)?.[0];
  if (!heading) return { zaaknummer: zaaknummer?.replace(' ', '') };
  return {
    askers: heading[1],
    addressee: heading[2],
    subject: heading[3],
    sent: parseDutchDate(heading[4]),
    sentText: heading[4],
    zaaknummer: zaaknummer?.replace(' ', ''),
  };
}

/** The Mededeling (postponement notice) for this document's questions, as a snippet. */
export function mededelingSnippet(lines: TextLines): string {
  const meta = questionsMetadata(lines);
  const escape = (text: string) => text.replace(/[$}\\]/g, (c) => `\\${c}`);
  const askers = meta.askers ? escape(meta.askers) : '${1:het lid naam (partij)}';
  const subject = meta.subject ? escape(meta.subject) : '${2:onderwerp}';
  const sent = meta.sentText ? escape(meta.sentText) : '${3:datum}';
  const zaak = meta.zaaknummer ? `, ${meta.zaaknummer}` : '';
  return [
    'Mededeling',
    '',
    `De vragen van ${askers} over ${subject} (ingezonden ${sent}${zaak}) kunnen niet binnen de gebruikelijke termijn van drie weken worden beantwoord. \${4:De reden hiervoor is dat \${5:afstemming met andere departementen meer tijd vraagt}.} Ik streef ernaar de vragen zo spoedig mogelijk te beantwoorden.`,
    '$0',
  ].join('\n');
}
