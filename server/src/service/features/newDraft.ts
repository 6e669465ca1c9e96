import { footnoteKey, type FootnoteMarker, type QuestionHeading } from '../model';
import type { ParsedDocument } from '../parse/parseDocument';
import { FILL_IN } from '../edits';
import { formatDutchDate, type CalendarDate } from '../dates';

/**
 * A canonical draft from the questions as the Kamer sends them (the text of the PDF, web page or
 * Word file, in any layout the parser reads): the cover letter filled in from the questions' heading,
 * each "Vraag N" with its exact text, "Antwoord op vraag N" with a placeholder, and every footnote
 * of the questions as "[n]" with its text. Nothing of a question's words is changed; lines are
 * joined with single spaces, as a reader joins wrapped lines.
 */
export interface NewDraft {
  text: string;
  questions: number;
  footnotes: number;
}

/** What the caller knows besides the text: the date for the letter. */
export interface NewDraftInputs {
  today: CalendarDate;
}

const ANSWER = '<antwoord>';

export function draftFromQuestions(parsed: ParsedDocument, inputs: NewDraftInputs): NewDraft | undefined {
  const { model, lines } = parsed;
  if (model.questionHeadings.length === 0) return undefined;
  const definitionLines = new Set<number>();
  for (const definition of model.footnoteDefinitions) {
    for (let line = definition.sectionRange.start.line; line <= definition.sectionRange.end.line; line++) definitionLines.add(line);
  }
  const markersByLine = new Map<number, FootnoteMarker[]>();
  for (const marker of model.footnoteMarkers) {
    const list = markersByLine.get(marker.range.start.line) ?? [];
    list.push(marker);
    markersByLine.set(marker.range.start.line, list);
  }

  const used: number[] = [];
  const renumbered = new Map<string, number>();
  /** One line of a question, its footnote markers written as "[n]" (numbered anew, in order). */
  const lineText = (line: number, from: number): string => {
    const text = lines.lineText(line);
    let out = '';
    let at = from;
    for (const marker of (markersByLine.get(line) ?? []).filter((m) => m.range.start.character >= from).sort((a, b) => a.range.start.character - b.range.start.character)) {
      const key = footnoteKey(marker);
      if (!renumbered.has(key)) {
        renumbered.set(key, renumbered.size + 1);
        used.push(model.footnoteDefinitions.findIndex((d) => footnoteKey(d) === key));
      }
      // " 1)" loses its space: the marker follows the word, as "[1]" does
      const before = text.slice(at, marker.range.start.character);
      out += (marker.series === 'paren' ? before.trimEnd() : before) + `[${renumbered.get(key)}]`;
      at = marker.range.end.character;
    }
    return (out + text.slice(at)).trim();
  };
  const questionText = (heading: QuestionHeading): string => {
    const parts: string[] = [];
    for (const line of heading.textLines) {
      if (definitionLines.has(line)) continue;
      const from = line === heading.line ? inlineTextStart(lines.lineText(line), heading.range.end.character) : 0;
      const part = lineText(line, from);
      if (part) parts.push(part);
    }
    return parts.join(' ');
  };

  const blocks: string[] = [];
  for (const heading of model.questionHeadings) {
    const labels = heading.labels;
    const list = labelList(labels);
    blocks.push(`Vraag ${list}\n${questionText(heading) || '<vraag>'}\n\nAntwoord op ${labels.length === 1 ? 'vraag' : 'vragen'} ${list}\n${ANSWER}`);
  }
  const footnotes = used.map((index, i) => `[${i + 1}] ${index >= 0 ? model.footnoteDefinitions[index].text : FILL_IN}`);

  const letter = model.letter;
  const eersteKamer = letter.chamber === 'eerste-kamer';
  const askers = letter.askers ?? '<het lid naam (partij)>';
  const subject = letter.subject ? stripMarkers(letter.subject) : '<onderwerp>';
  const sent = letter.sent ? letter.sent.text.replace(/^\s*(?:ingezonden|ingediend)\s+(?:op\s+)?/i, '') : '<datum>';
  const zaak = letter.zaaknummer ?? '<zaaknummer>';
  // "(ingezonden 10 oktober 2024, 2024Z15585)"; without a known zaaknummer Uw kenmerk asks for it
  const sentWith = letter.zaaknummer ? `${sent}, ${letter.zaaknummer}` : sent;
  const addressee = letter.addressee ? stripMarkers(letter.addressee) : 'minister van <ministerie>';
  const today = formatDutchDate(inputs.today);
  const text = [
    '> Retouradres <retouradres>',
    '',
    `Aan de Voorzitter van de ${eersteKamer ? 'Eerste' : 'Tweede'} Kamer der Staten-Generaal`,
    eersteKamer ? 'Postbus 20017' : 'Postbus 20018',
    '2500 EA Den Haag',
    '',
    `Datum ${today}`,
    `Betreft Antwoorden Kamervragen over ${subject}`,
    '',
    `Ons kenmerk ${FILL_IN}`,
    `Uw kenmerk ${zaak}`,
    'Bijlage(n) 1',
    '',
    'Geachte Voorzitter,',
    '',
    `Hierbij zend ik u de antwoorden op de vragen van ${askers} over ${subject} (ingezonden ${sentWith}).`,
    '',
    // each minister addressed signs, in the singular, one under the other
    ...signers(addressee).flatMap((signer) => [`De ${signer},`, '', '', '', '<naam>', '']),
    '',
    `Vragen van ${askers} aan de ${addressee} over ${subject} (ingezonden ${sentWith}).`,
    '',
    `Antwoord van <minister of staatssecretaris> <naam> (<ministerie>) (ontvangen ${today}).`,
    '',
    blocks.join('\n\n'),
    ...(footnotes.length > 0 ? ['', footnotes.join('\n')] : []),
    '',
  ].join('\n');
  return { text, questions: model.questionHeadings.reduce((n, h) => n + h.labels.length, 0), footnotes: footnotes.length };
}

/**
 * Who signs, each in the singular: "minister van A en de staatssecretaris van B" and "ministers
 * van A en van B" are two; "minister en staatssecretaris van Financiën" is two of one ministry.
 */
function signers(addressee: string): string[] {
  const plural = /^(ministers|staatssecretarissen)\s+((?:van|voor)\s.*)$/.exec(addressee);
  if (plural) {
    const role = plural[1] === 'ministers' ? 'minister' : 'staatssecretaris';
    return plural[2].split(/\s+en\s+(?=(?:van|voor)\s)/).map((ministry) => `${role} ${ministry}`);
  }
  const both = /^minister\s+en\s+(?:de\s+)?staatssecretaris\s+((?:van|voor)\s.*)$/.exec(addressee);
  if (both) return [`minister ${both[1]}`, `staatssecretaris ${both[1]}`];
  return addressee.split(/\s+en\s+(?:de\s+)?(?=(?:minister|staatssecretaris)\b)/);
}

/** "4", "4 en 5", "2 t/m 6" (a run of three or more, as drafters write it). */
function labelList(labels: string[]): string {
  if (labels.length === 1) return labels[0];
  const numbers = labels.map(Number);
  const run = labels.length >= 3 && numbers.every((n, i) => Number.isInteger(n) && (i === 0 || n === numbers[i - 1] + 1));
  return run ? `${labels[0]} t/m ${labels[labels.length - 1]}` : `${labels.slice(0, -1).join(', ')} en ${labels[labels.length - 1]}`;
}

/** Where a question's own text starts on its heading's line: after "1." or "Vraag 1:". */
function inlineTextStart(line: string, headingEnd: number): number {
  let at = headingEnd;
  while (at < line.length && /[\s:.]/.test(line[at])) at++;
  return at;
}

/** A letter's subject may carry a superscript marker glued to its last word ("...bang»1"). */
function stripMarkers(text: string): string {
  return text.replace(/([\p{L}»”’.)])\d{1,2}(?=\s|$)/gu, '$1').trim();
}
