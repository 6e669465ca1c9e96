import type { FootnoteSeries } from './model';

/**
 * Every text a drafter reads, in Dutch, in one place: it says what is wrong and what to do.
 */

function footnoteName(series: FootnoteSeries, number: number): string {
  return series === 'bracket' ? `[${number}]` : series === 'paren' ? `${number})` : `${number}`;
}

export const messages = {
  unansweredQuestion: (n: number) => `Vraag ${n} heeft geen antwoord. Voeg 'Antwoord op vraag ${n}' toe.`,
  unknownQuestion: (n: number) =>
    `Er is geen vraag ${n} in dit document. Controleer het nummer in deze antwoordkop of voeg 'Vraag ${n}' toe.`,
  answerWithoutQuestion: () => `Dit antwoord staat niet onder een vraag. Zet er een vraag boven of geef het vraagnummer: 'Antwoord op vraag …'.`,
  duplicateAnswer: (n: number, firstLine: number) =>
    `Vraag ${n} is al beantwoord op regel ${firstLine + 1}. Voeg de antwoorden samen of verbeter het vraagnummer.`,
  duplicateQuestion: (n: number, firstLine: number) =>
    `Vraagnummer ${n} komt al voor op regel ${firstLine + 1}. Geef elke vraag een eigen nummer.`,
  undefinedFootnote: (series: FootnoteSeries, n: number) =>
    `Voetnoot ${footnoteName(series, n)} heeft geen voetnoottekst. Voeg een regel '${footnoteName(series, n)} …' met de bron toe.`,
  unusedFootnote: (series: FootnoteSeries, n: number) =>
    `Voetnoottekst ${footnoteName(series, n)} wordt nergens in de tekst gebruikt. Verwijs ernaar met ${footnoteName(series, n)} of verwijder de voetnoot.`,
  duplicateFootnote: (series: FootnoteSeries, n: number, firstLine: number) =>
    `Voetnoot ${footnoteName(series, n)} heeft al een voetnoottekst op regel ${firstLine + 1}. Geef elke voetnoot een eigen nummer.`,
  unknownReference: (n: number) => `Dit document heeft geen vraag ${n}. Controleer de verwijzing.`,
};
