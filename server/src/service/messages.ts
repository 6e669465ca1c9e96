import * as l10n from '@vscode/l10n';
import type { FootnoteSeries } from './model';

/**
 * Every text a drafter reads, in Dutch, in one place: it says what is wrong and what to do.
 * Dutch is the source language; l10n/bundle.l10n.en.json translates it when the drafter chose
 * English (setting kamervragen.language).
 */

export function footnoteName(series: FootnoteSeries, number: number): string {
  return series === 'bracket' ? `[${number}]` : series === 'paren' ? `${number})` : `${number}`;
}

export const messages = {
  unansweredQuestion: (n: number) => l10n.t("Vraag {0} heeft geen antwoord. Voeg 'Antwoord op vraag {0}' toe.", n),
  unknownQuestion: (n: number) =>
    l10n.t("Er is geen vraag {0} in dit document. Controleer het nummer in deze antwoordkop of voeg 'Vraag {0}' toe.", n),
  answerWithoutQuestion: () => l10n.t("Dit antwoord staat niet onder een vraag. Zet er een vraag boven of geef het vraagnummer: 'Antwoord op vraag …'."),
  duplicateAnswer: (n: number, firstLine: number) =>
    l10n.t('Vraag {0} is al beantwoord op regel {1}. Voeg de antwoorden samen of verbeter het vraagnummer.', n, firstLine + 1),
  duplicateQuestion: (n: number, firstLine: number) =>
    l10n.t('Vraagnummer {0} komt al voor op regel {1}. Geef elke vraag een eigen nummer.', n, firstLine + 1),
  undefinedFootnote: (series: FootnoteSeries, n: number) =>
    l10n.t("Voetnoot {0} heeft geen voetnoottekst. Voeg een regel '{0} …' met de bron toe.", footnoteName(series, n)),
  unusedFootnote: (series: FootnoteSeries, n: number) =>
    l10n.t('Voetnoottekst {0} wordt nergens in de tekst gebruikt. Verwijs ernaar met {0} of verwijder de voetnoot.', footnoteName(series, n)),
  duplicateFootnote: (series: FootnoteSeries, n: number, firstLine: number) =>
    l10n.t('Voetnoot {0} heeft al een voetnoottekst op regel {1}. Geef elke voetnoot een eigen nummer.', footnoteName(series, n), firstLine + 1),
  unknownReference: (n: number) => l10n.t('Dit document heeft geen vraag {0}. Controleer de verwijzing.', n),
  unknownZaak: (zaaknummer: string) => l10n.t('Zaak {0} staat niet in de werkmap of in een register. Controleer het nummer.', zaaknummer),
  nonexistentDate: (date: string) => l10n.t('De datum {0} bestaat niet.', date),
  answersLate: (days: number, sent: string, due: string) =>
    l10n.t('De antwoorden zijn {0} dagen te laat: de vragen zijn ingezonden op {1} en de termijn van drie weken verliep op {2}. Stuur een Mededeling (uitstelbericht).', days, sent, due),
  insertMededeling: () => l10n.t('Mededeling (uitstelbericht) invoegen'),
  malformedKenmerk: (text: string, problem: string) => l10n.t('{0} klopt niet: {1}.', text, problem),
  kenmerkMismatch: (uwKenmerk: string, zaaknummer: string, line: number) =>
    l10n.t('Uw kenmerk {0} verschilt van zaaknummer {1} op regel {2}. Controleer welk nummer juist is.', uwKenmerk, zaaknummer, line + 1),

  addAnswerHeading: (heading: string) => l10n.t("Voeg '{0}' toe", heading),
  addFootnoteDefinition: (label: string) => l10n.t('Voeg voetnoottekst {0} toe', label),
  removeUnusedFootnote: (label: string) => l10n.t('Verwijder ongebruikte voetnoot {0}', label),
  renumberFootnotes: () => l10n.t('Nummer de voetnoten op volgorde van verschijnen'),

  nextQuestionLabel: (n: number) => l10n.t('Vraag {0} met antwoord', n),
  nextQuestionDetail: () => l10n.t('volgende vraag en zijn antwoordkop'),
  footnoteLabel: (label: string) => l10n.t('Voetnoot {0} met voetnoottekst', label),
  footnoteDetail: () => l10n.t('verwijzing hier, voetnoottekst onderaan'),
};

/** Switches the messages to English (`contents` is l10n/bundle.l10n.en.json) or back to Dutch. */
export function useTranslation(contents: Record<string, string> | undefined): void {
  l10n.config({ contents: contents ?? {} });
}
