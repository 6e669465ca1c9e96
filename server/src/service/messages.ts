import type { FootnoteSeries, KenmerkProblem } from './model';

/**
 * Every text a drafter reads, in Dutch, in one place: it says what is wrong and what to do.
 * Dutch is the source language; l10n/bundle.l10n.en.json translates it when the drafter chose
 * English (setting kamervragen.language, which kamervragen.json may set per folder).
 *
 * There is no current language: `createMessages` makes the messages of one language, and every
 * caller passes on the ones its check, request or command speaks. Two folders in two languages
 * are so checked at the same time without either switching the other's.
 */

/** Translations keyed on the Dutch text, as in l10n/bundle.l10n.en.json; none: Dutch. */
export type Translation = Readonly<Record<string, string>>;

/** One language's `t`: the text in that language, its {0}, {1}, ... filled in (as @vscode/l10n's `t` does). */
interface Translator {
  t(message: string, ...args: Array<string | number>): string;
}

function translator(translation: Translation): Translator {
  return {
    t(message, ...args) {
      const translated = Object.hasOwn(translation, message) ? translation[message] : undefined;
      const template = typeof translated === 'string' && translated !== '' ? translated : message;
      return args.length === 0 ? template : template.replace(/\{(\d+)\}/g, (match, index: string) => String(args[Number(index)] ?? match));
    },
  };
}

/** The messages in Dutch, or in the language `translation` translates them into. */
export function createMessages(translation: Translation = {}) {
  return messagesIn(translator(translation));
}

/** The messages in one language. */
export type Messages = ReturnType<typeof createMessages>;

export function footnoteName(series: FootnoteSeries, number: number): string {
  return series === 'bracket' ? `[${number}]` : series === 'paren' ? `${number})` : `${number}`;
}

const messagesIn = (l10n: Translator) => ({
  unansweredQuestion: (n: number | string) => l10n.t("Vraag {0} heeft geen antwoord. Voeg 'Antwoord op vraag {0}' toe.", n),
  unknownQuestion: (n: number | string) =>
    l10n.t("Er is geen vraag {0} in dit document. Controleer het nummer in deze antwoordkop of voeg 'Vraag {0}' toe.", n),
  answerWithoutQuestion: () => l10n.t("Dit antwoord staat niet onder een vraag. Zet er een vraag boven of geef het vraagnummer: 'Antwoord op vraag …'."),
  duplicateAnswer: (n: number | string, firstLine: number) =>
    l10n.t('Vraag {0} is al beantwoord op regel {1}. Voeg de antwoorden samen of verbeter het vraagnummer.', n, firstLine + 1),
  duplicateQuestion: (n: number | string, firstLine: number) =>
    l10n.t('Vraagnummer {0} komt al voor op regel {1}. Geef elke vraag een eigen nummer.', n, firstLine + 1),
  undefinedFootnote: (series: FootnoteSeries, n: number) =>
    l10n.t("Voetnoot {0} heeft geen voetnoottekst. Voeg een regel '{0} …' met de bron toe.", footnoteName(series, n)),
  unusedFootnote: (series: FootnoteSeries, n: number) =>
    l10n.t('Voetnoottekst {0} wordt nergens in de tekst gebruikt. Verwijs ernaar met {0} of verwijder de voetnoot.', footnoteName(series, n)),
  duplicateFootnote: (series: FootnoteSeries, n: number, firstLine: number) =>
    l10n.t('Voetnoot {0} heeft al een voetnoottekst op regel {1}. Geef elke voetnoot een eigen nummer.', footnoteName(series, n), firstLine + 1),
  unknownReference: (n: number | string) => l10n.t('Dit document heeft geen vraag {0}. Controleer de verwijzing.', n),
  unknownZaak: (zaaknummer: string) => l10n.t('Zaak {0} staat niet in de werkmap of in een register. Controleer het nummer.', zaaknummer),
  nonexistentDate: (date: string) => l10n.t('De datum {0} bestaat niet.', date),
  answersLate: (days: number, sent: string, due: string) =>
    days === 1
      ? l10n.t('De antwoorden zijn 1 dag te laat: de vragen zijn ingezonden op {0} en de termijn verliep op {1}. Stuur een Mededeling (uitstelbericht).', sent, due)
      : l10n.t('De antwoorden zijn {0} dagen te laat: de vragen zijn ingezonden op {1} en de termijn verliep op {2}. Stuur een Mededeling (uitstelbericht).', days, sent, due),
  insertMededeling: () => l10n.t('Mededeling (uitstelbericht) invoegen'),
  malformedKenmerk: (text: string, problem: KenmerkProblem) => l10n.t('{0} klopt niet: {1}.', text, kenmerkProblem(l10n, problem)),
  placeholder: (text: string) => l10n.t("'{0}' is nog niet ingevuld. Vul het in voordat de brief ter ondertekening gaat.", text),
  emptyAnswer: (numbers: Array<number | string>) =>
    numbers.length === 0 ? l10n.t('Onder deze antwoordkop staat nog geen antwoord. Schrijf het antwoord.') : l10n.t('Onder deze antwoordkop staat nog geen antwoord op {0}. Schrijf het antwoord.', questionPhrase(l10n, numbers)),
  kenmerkMismatch: (uwKenmerk: string, zaaknummer: string, line: number) =>
    l10n.t('Uw kenmerk {0} verschilt van zaaknummer {1} op regel {2}. Controleer welk nummer juist is.', uwKenmerk, zaaknummer, line + 1),

  addAnswerHeading: (heading: string) => l10n.t("Voeg '{0}' toe", heading),
  addAnswerText: (n: number | string) => l10n.t('Voeg een antwoord op vraag {0} toe', n),
  addFootnoteDefinition: (label: string) => l10n.t('Voeg voetnoottekst {0} toe', label),
  removeUnusedFootnote: (label: string) => l10n.t('Verwijder ongebruikte voetnoot {0}', label),
  renumberFootnotes: () => l10n.t('Nummer de voetnoten op volgorde van verschijnen'),
  convertFootnotes: () => l10n.t('Voetnoten omzetten naar [n]'),
  nothingToConvert: () => l10n.t('Dit concept heeft geen geplakte voetnoten om om te zetten.'),

  configUnknownCheck: (code: string) => l10n.t("onbekende controle '{0}'", code),
  configBadSeverity: (code: string, level: string) => l10n.t("onbekend niveau '{1}' bij {0}: kies error, warning, information, hint of off", code, level),
  configBadTerm: (chamber: string, days: string) => l10n.t("termijn {0}: '{1}' is geen aantal dagen (1 tot en met 999)", chamber, days),
  configSyntax: (code: string) => l10n.t('geen geldige JSON: {0}', jsonSyntaxProblem(l10n, code)),
  configUnknownSetting: (key: string) => l10n.t("onbekende instelling '{0}'", key),
  configBadChoice: (key: string, value: string, choices: string[]) =>
    l10n.t("'{1}' is geen waarde voor {0}: kies {2}", key, value, choices.length === 1 ? choices[0] : l10n.t('{0} of {1}', choices.slice(0, -1).join(', '), choices[choices.length - 1])),
  configNotAnObject: (key: string) => l10n.t('{0} moet een object zijn: { ... }', key),
  configNotAList: (key: string) => l10n.t('{0} moet een lijst van bestanden zijn: ["register.json"]', key),
  configNotAPath: (key: string, value: string) => l10n.t("{0}: '{1}' is geen bestandsnaam", key, value),
  configNotText: (key: string) => l10n.t('{0} moet tekst zijn', key),
  configTooDeep: (levels: number) => l10n.t('het bestand is dieper genest dan {0} niveaus en wordt niet gebruikt', levels),
  configOutside: (boundary: string) => l10n.t('het is een koppeling naar een bestand buiten {0} en wordt niet gelezen', boundary),
  configProblem: (file: string, line: number, problem: string, more: number) =>
    more === 0
      ? l10n.t('Kamervragen-instellingen {0}, regel {1}: {2}. De rest van het bestand wordt gebruikt.', file, line, problem)
      : more === 1
        ? l10n.t('Kamervragen-instellingen {0}, regel {1}: {2} (en nog 1 ander probleem). De rest van het bestand wordt gebruikt.', file, line, problem)
        : l10n.t('Kamervragen-instellingen {0}, regel {1}: {2} (en nog {3} andere problemen). De rest van het bestand wordt gebruikt.', file, line, problem, more),

  registerMissingZaak: () => l10n.t('het veld zaaknummer ontbreekt'),
  registerBadZaak: (value: string) => l10n.t("zaaknummer '{0}' heeft niet de vorm 2024Z00025", value),
  registerBadDate: (field: string, value: string) => l10n.t("{0} '{1}' is geen datum als 2024-01-03", field, value),
  registerNotAList: () => l10n.t("verwacht een lijst van zaken, of een object met 'entries'"),
  registerNotAnObject: () => l10n.t('een zaak moet een object zijn'),
  registerBadCsvRow: () => l10n.t('deze regel is geen geldige CSV-rij (een kolom te veel of te weinig, of een losse aanhalingsteken) en is overgeslagen'),
  registerBadCsvHeader: () => l10n.t('de kopregel is geen geldige CSV'),
  registerCsvNoZaakColumn: () => l10n.t("de kopregel noemt geen kolom 'zaaknummer'; het register wordt niet gelezen"),
  registerEmpty: () => l10n.t('het register is leeg'),
  registerJsonUnclosedString: () => l10n.t('een tekst tussen aanhalingstekens is niet afgesloten: het sluitende " ontbreekt op deze regel'),
  registerJsonUnclosedComment: () => l10n.t('commentaar /* … is niet afgesloten met */'),
  registerJsonBadNumber: () => l10n.t('een getal is niet af (zoals 1. of 2e)'),
  registerJsonControlCharacter: () => l10n.t('een tab of een ander stuurteken staat los in een tekst; JSON schrijft het met een backslash'),
  registerJsonBadEscape: () => l10n.t('een backslash in een tekst staat niet voor een teken dat JSON kent'),
  registerJsonCommaExpected: () => l10n.t('hier ontbreekt een komma'),
  registerJsonColonExpected: () => l10n.t('hier ontbreekt de dubbele punt tussen een veldnaam en zijn waarde'),
  registerJsonKeyExpected: () => l10n.t('hier hoort een veldnaam tussen aanhalingstekens'),
  registerJsonValueExpected: () => l10n.t('hier ontbreekt een waarde'),
  registerJsonUnexpected: (character: string) => l10n.t('{0} staat hier niet op zijn plaats (een haakje te veel, of verwisseld)', character),
  registerJsonUnknown: (word: string) => l10n.t("'{0}' is geen JSON: een tekst moet tussen dubbele aanhalingstekens staan", word),
  registerJsonEntryNotClosed: () => l10n.t('hier begint een nieuwe zaak, maar de vorige is niet afgesloten: een } ontbreekt'),
  registerJsonUnclosed: () => l10n.t('het bestand houdt op voordat alle [ en { zijn afgesloten'),
  registerJsonAfterEnd: () => l10n.t('na het einde van de lijst staat nog tekst'),
  registerJsonListGoesOn: () => l10n.t('de lijst van zaken gaat hier nog door: er staat een ] te veel boven deze regel'),
  openDataNotAnItem: () => l10n.t('geen zaak: geen object'),
  openDataNotQuestions: (soort: string) => l10n.t("geen schriftelijke vragen maar '{0}'", soort),
  openDataDeleted: () => l10n.t('in de open data als verwijderd gemarkeerd'),
  openDataNoNummer: () => l10n.t('het veld Nummer (de zaaknummer) ontbreekt'),
  openDataBadNummer: (nummer: string) => l10n.t("Nummer '{0}' is geen zaaknummer als 2024Z00025", nummer),
  openDataNotJson: (line: number | undefined) => (line === undefined ? l10n.t('geen geldige JSON; download de pagina opnieuw') : l10n.t('geen geldige JSON (regel {0}); download de pagina opnieuw', line)),
  openDataNotPage: () => l10n.t('geen pagina uit de open data: verwacht een object met "value": [...] of een lijst van zaken'),
  openDataItemProblem: (file: string, item: number, zaaknummer: string | undefined, reason: string) =>
    zaaknummer ? l10n.t('{0}, item {1} ({2}): {3}', file, item, zaaknummer, reason) : l10n.t('{0}, item {1}: {2}', file, item, reason),
  openDataFileProblem: (file: string, reason: string) => l10n.t('{0}: {1}', file, reason),
  openDataEmpty: () => l10n.t('het bestand is leeg; download de pagina opnieuw'),
  openDataWebPage: () => l10n.t('een webpagina (HTML), geen JSON: de download is mislukt of gaf een foutpagina; download de pagina opnieuw'),
  openDataShortened: (field: string, max: number, length: number) => l10n.t('{0} ingekort tot {1} van {2} tekens', field, max, length),
  openDataFolderWithoutPages: () => l10n.t('in deze map staan geen .json-bestanden'),
  openDataLinkInFolder: () => l10n.t('een symbolische koppeling in de map wordt niet gevolgd; noem het bestand zelf'),
  openDataWriteIsPage: () => l10n.t("dat is een van de pagina's waaruit het register wordt gemaakt, en die wordt nooit overschreven; kies een andere naam voor het register"),
  openDataNothing: (items: number) =>
    items === 0
      ? l10n.t('Er zijn geen zaken gelezen; er is geen register geschreven.')
      : items === 1
        ? l10n.t('Geen bruikbare schriftelijke vragen gevonden in 1 item; er is geen register geschreven.')
        : l10n.t('Geen bruikbare schriftelijke vragen gevonden in {0} items; er is geen register geschreven.', items),
  openDataImported: (path: string, zaken: number, items: number, files: number) =>
    l10n.t(
      '{0}: {1} uit {2} in {3}',
      path,
      zaken === 1 ? l10n.t('1 zaak') : l10n.t('{0} zaken', zaken),
      items === 1 ? l10n.t('1 item') : l10n.t('{0} items', items),
      files === 1 ? l10n.t('1 bestand') : l10n.t('{0} bestanden', files),
    ),
  openDataUnused: (count: number) => l10n.t('Niet gebruikt ({0}):', count),
  openDataShortenedList: (count: number) => l10n.t('Ingekort ({0}):', count),
  openDataMore: (count: number) => l10n.t('… en nog {0}', count),
  openDraft: (file: string) => l10n.t('Concept openen: {0}', file),
  earlierAnswer: {
    answered: (date: string) => l10n.t('beantwoord {0}', date),
    sent: (date: string) => l10n.t('ingezonden {0}', date),
    notYetAnswered: () => l10n.t('nog niet beantwoord'),
    postponed: (date: string) => l10n.t('uitstel gemeld {0}', date),
    draft: (file: string) => l10n.t('concept in de werkmap: {0}', file),
  },
  registerProblem: (file: string, line: number, problem: string, more: number) =>
    more > 0
      ? l10n.t('Kamervragen-register {0}, regel {1}: {2} (en {3} andere regels). De rest van het register wordt gebruikt.', file, line, problem, more)
      : l10n.t('Kamervragen-register {0}, regel {1}: {2}. De rest van het register wordt gebruikt.', file, line, problem),
  moreRegistersWithProblems: (more: number) => (more === 1 ? l10n.t('Ook 1 ander register heeft fouten.') : l10n.t('Ook {0} andere registers hebben fouten.', more)),
  newDraftUnplaced: (parts: string[]) =>
    l10n.t('Niet alles kon een plaats krijgen: {0}. Het concept zegt het met <controleer: …>; de controle placeholder meldt het tot het is nagekeken.', parts.join('; ')),
  newDraftFootnoteTextsWithoutMarker: (count: number, where: string) =>
    count === 1 ? l10n.t('1 voetnoottekst zonder verwijzing in de vragen ({0})', where) : l10n.t('{0} voetnootteksten zonder verwijzing in de vragen ({1})', count, where),
  newDraftMarkersWithoutText: (count: number, where: string) =>
    count === 1 ? l10n.t('1 voetnootverwijzing zonder voetnoottekst ({0})', where) : l10n.t('{0} voetnootverwijzingen zonder voetnoottekst ({1})', count, where),
  newDraftWhere: (label: string, line: number) => l10n.t('voetnoot {0} op regel {1}', label, line + 1),
  newDraftTextOutsideQuestions: (count: number, where: string) =>
    count === 1 ? l10n.t('1 alinea buiten de vragen ({0})', where) : l10n.t("{0} alinea's buiten de vragen ({1})", count, where),
  newDraftLine: (line: number) => l10n.t('regel {0}', line + 1),
  newDraftNoQuestions: (source: string) => l10n.t("In {0} zijn geen vragen gevonden ('Vraag 1', '1. ...' of een los nummer boven elke vraag); er is geen concept gemaakt.", source),
  fileUnreadable: (path: string, reason: string) => l10n.t('{0} kan niet worden gelezen: {1}', path, reason),
  fileUnwritable: (path: string, reason: string) => l10n.t('{0} kan niet worden geschreven: {1}', path, reason),
  draftNotOpen: (uri: string) => l10n.t('Het concept {0} is niet geopend.', uri),
  currentText: () => l10n.t('de huidige tekst'),
  exportError: (line: number, message: string) => l10n.t('regel {0}: {1}', line + 1, message),
  registersOutsideWorkspace: (file: string, more: number) =>
    more === 0
      ? l10n.t('Kamervragen-register {0} staat buiten de werkmap en wordt niet gelezen: alleen uw eigen (gebruikers)instellingen mogen naar bestanden daarbuiten verwijzen.', file)
      : more === 1
        ? l10n.t('Kamervragen-register {0} en nog 1 ander register staan buiten de werkmap en worden niet gelezen: alleen uw eigen (gebruikers)instellingen mogen naar bestanden daarbuiten verwijzen.', file)
        : l10n.t('Kamervragen-register {0} en nog {1} andere registers staan buiten de werkmap en worden niet gelezen: alleen uw eigen (gebruikers)instellingen mogen naar bestanden daarbuiten verwijzen.', file, more),
  registersMissing: (file: string, more: number) =>
    more === 0
      ? l10n.t('Kamervragen-register {0} bestaat niet. Controleer de bestandsnaam in kamervragen.json of in de instelling kamervragen.registers.', file)
      : more === 1
        ? l10n.t('Kamervragen-register {0} en nog 1 ander register bestaan niet. Controleer de bestandsnamen in kamervragen.json of in de instelling kamervragen.registers.', file)
        : l10n.t('Kamervragen-register {0} en nog {1} andere registers bestaan niet. Controleer de bestandsnamen in kamervragen.json of in de instelling kamervragen.registers.', file, more),
  registersUnreadable: (file: string, reason: string, more: number) =>
    more === 0 ? l10n.t('Kamervragen-register {0} kan niet worden gelezen: {1}', file, reason) : l10n.t('Kamervragen-register {0} kan niet worden gelezen: {1} (en nog {2} andere registers niet)', file, reason, more),
  fileNotRegular: (name: string) => l10n.t('{0} is geen gewoon bestand', name),
  standardInput: () => l10n.t('de standaardinvoer'),
  standardInputIsTerminal: () => l10n.t('de standaardinvoer is een terminal: geef de tekst door met een pijp (cat concept.txt | kamervragen check -) of met < concept.txt'),
  fileTooLarge: (name: string, megabytes: number) => l10n.t('{0} is groter dan {1} MB', name, megabytes),
  checkFailed: (file: string, reason: string) => l10n.t('kan {0} niet controleren: {1}', file, reason),
  draftTooLarge: (megabytes: number) => l10n.t('Dit concept heeft meer dan {0} MB tekst: zo groot is geen antwoord op Kamervragen, en het wordt niet gecontroleerd of geëxporteerd.', megabytes),
  questionsTooLarge: (source: string, megabytes: number) => l10n.t('{0} heeft meer dan {1} MB tekst: zo veel tekst hebben Kamervragen niet; er is geen concept gemaakt.', source, megabytes),
  moreFindings: (more: number, code: string, shown: number) =>
    more === 1
      ? l10n.t('Nog 1 melding {0} in dit concept staat hier niet: alleen de eerste {1} van een soort worden getoond.', code, shown)
      : l10n.t('Nog {0} meldingen {1} in dit concept staan hier niet: alleen de eerste {2} van een soort worden getoond.', more, code, shown),

  readMissing: () => l10n.t('het bestand bestaat niet'),
  readNoAccess: () => l10n.t('geen toegang (leesrechten)'),
  readIsFolder: () => l10n.t('het is een map, geen bestand'),
  readLinkLoop: () => l10n.t('een kring van symbolische koppelingen'),
  readFailed: (code: string) => l10n.t('het lezen is mislukt ({0})', code),
  notText: (file: string) => l10n.t('{0} is geen tekstbestand en geen Word-bestand (.docx); sla de vragen op als tekst (.txt, UTF-8) of als .docx.', file),
  writeNoName: () => l10n.t('Er is geen bestandsnaam gegeven; er is niets geschreven.'),
  writeMissingFolder: (folder: string) => l10n.t('de map {0} bestaat niet', folder),
  writeIsFolder: () => l10n.t('het is een map; geef een bestandsnaam'),
  writeNotRegular: () => l10n.t('het is geen gewoon bestand'),
  writeSymlink: () => l10n.t('het is een symbolische koppeling, en via een koppeling wordt nooit geschreven; kies een andere naam'),
  writeExists: () => l10n.t('het bestaat al; kies een andere naam met -o of overschrijf het met --force'),
  writeIsInput: () => l10n.t('dat is een bestand dat deze opdracht leest (het concept, de vragen of het sjabloon), en dat wordt nooit overschreven; kies een andere naam'),
  writeNoAccess: (folder: string) => l10n.t('geen schrijfrechten in {0}', folder),
  writeReadOnly: () => l10n.t('het bestandssysteem is alleen-lezen'),
  writeFull: () => l10n.t('de schijf is vol'),
  writeFailed: () => l10n.t('het schrijven is mislukt'),
  templateUnusable: (file: string, reason: string) => l10n.t('Het Word-sjabloon {0} is niet te gebruiken: {1}. Er is niets geschreven.', file, reason),
  letterFailed: (reason: string) => l10n.t('De Word-brief kan niet worden gemaakt: {0}. Er is niets geschreven.', reason),
  wordIsPdf: () => l10n.t('het is een PDF-bestand, geen Word-bestand (.docx); kopieer de tekst uit de PDF in een .txt-bestand en gebruik dat'),
  wordIsOldWord: () => l10n.t('het is een oud Word-bestand (.doc) of het is met een wachtwoord beveiligd; sla het in Word op als .docx, zonder wachtwoord'),
  wordNotAZip: () => l10n.t('het is geen Word-bestand (.docx), of het is beschadigd; open het in Word en sla het opnieuw op als .docx'),
  wordEncrypted: () => l10n.t('het is versleuteld; sla het in Word op zonder wachtwoord'),
  wordDamaged: () => l10n.t('het Word-bestand is beschadigd; open het in Word en sla het opnieuw op'),
  wordDamagedPart: (part: string) => l10n.t('het Word-bestand is beschadigd (in {0}); open het in Word en sla het opnieuw op', part),
  wordPartTooLarge: (part: string, megabytes: number) => l10n.t('{0} is uitgepakt groter dan {1} MB; zo groot is geen Word-brief, dus het wordt niet gelezen', part, megabytes),
  wordTotalTooLarge: (megabytes: number) => l10n.t('het is uitgepakt groter dan {0} MB; zo groot is geen Word-brief, dus het wordt niet gelezen', megabytes),
  wordTooManyParts: (count: number) => l10n.t('het bestaat uit meer dan {0} onderdelen; zo is geen Word-brief, dus het wordt niet gelezen', count),
  wordNotADocument: () => l10n.t('er staat geen Word-document in (is het een Excel- of PowerPoint-bestand?)'),
  wordMacros: () => l10n.t("het bevat macro's (.docm of .dotm); sla het op als .docx of .dotx, zonder macro's"),
  wordTooComplex: () => l10n.t('het is te groot of te diep genest om te verwerken'),
  wordTimeout: (seconds: number) => l10n.t('het verwerken duurde langer dan {0} seconden en is gestopt', seconds),
  wordFailed: () => l10n.t('het verwerken is onverwacht gestopt'),

  hoverFootnote: (label: string, text: string | undefined) => `**${l10n.t('Voetnoot {0}', label)}**\n\n${text ?? `_(${l10n.t('geen voetnoottekst')})_`}`,
  hoverQuestion: (n: number | string, text: string) => `**${l10n.t('Vraag {0}', n)}**\n\n${text}`,
  renameOnlyNumbers: () => l10n.t('Alleen voetnoot- en vraagnummers kunnen worden hernoemd.'),
  renameNotANumber: (name: string) => l10n.t("'{0}' is geen nummer.", name),

  outlineQuestion: (numbers: Array<number | string>) => (numbers.length === 1 ? l10n.t('Vraag {0}', numbers[0]) : l10n.t('Vragen {0}', listPhrase(l10n, numbers))),
  outlineAnswer: (numbers: Array<number | string>) => (numbers.length === 0 ? l10n.t('Antwoord') : l10n.t('Antwoord op {0}', questionPhrase(l10n, numbers))),
  outlineMededeling: () => l10n.t('Mededeling'),
  outlineMededelingDetail: () => l10n.t('uitstelbericht'),
  outlinePostponed: () => l10n.t('uitgesteld'),

  describeZaak: {
    askers: (askers: string) => l10n.t('Indieners: {0}', askers),
    addressedTo: (ministries: string) => l10n.t('Gericht aan: {0}', ministries),
    sent: (date: string) => l10n.t('Ingezonden: {0}', date),
    answered: (date: string) => l10n.t('Beantwoord: {0}', date),
    received: (date: string) => l10n.t('Ontvangen: {0}', date),
    questionsBy: (askers: string) => l10n.t('Vragen van {0}', askers),
    onsKenmerk: (kenmerk: string) => l10n.t('Ons kenmerk: {0}', kenmerk),
    postponed: (date: string) => l10n.t('Uitstel gemeld: {0}', date),
  },
  usedInWorkspace: () => l10n.t('gebruikt in de werkmap'),
  kenmerkShape: (shape: string) => l10n.t('{0} (vorm)', shape),
  kenmerkExample: (example: string) => l10n.t('Bijvoorbeeld {0}', example),
  kenmerkPattern: (pattern: string) => l10n.t('{0} (patroon)', pattern),
  kenmerkPatternDetail: () => l10n.t('patroon uit de instelling kamervragen.onsKenmerk.pattern'),
  onsKenmerkPreset: (id: string) => PRESET_DESCRIPTIONS[id]?.(l10n) ?? id,
  previousCabinet: () => l10n.t('vorig kabinet'),
  newFootnote: () => l10n.t('nieuwe voetnoot'),

  nextQuestionLabel: (n: number) => l10n.t('Vraag {0} met antwoord', n),
  footnoteLabel: (label: string) => l10n.t('Voetnoot {0} met voetnoottekst', label),
  snippetCoverLetter: () => l10n.t('Aanbiedingsbrief aan de Tweede Kamer'),
  snippetCoverLetterEersteKamer: () => l10n.t('Aanbiedingsbrief aan de Eerste Kamer'),
  snippetAnswersHeading: () => l10n.t('Kop van de antwoorden'),
  snippetGroupedAnswer: () => l10n.t('Eén antwoord op meerdere vragen'),
  snippetMededeling: () => l10n.t('Mededeling (uitstelbericht)'),
  snippetFootnoteText: (label: string) => l10n.t('Voetnoottekst {0}', label),
  snippetNewDocument: () => l10n.t('Nieuw antwoorddocument'),
});

/** What jsonc-parser's error code means, for a drafter who edits kamervragen.json. */
function jsonSyntaxProblem(l10n: Translator, code: string): string {
  switch (code) {
    case 'PropertyNameExpected':
      return l10n.t('hier hoort de naam van een instelling tussen aanhalingstekens');
    case 'ValueExpected':
      return l10n.t('hier hoort een waarde');
    case 'ColonExpected':
      return l10n.t("hier hoort een ':'");
    case 'CommaExpected':
      return l10n.t("hier hoort een ','");
    case 'CloseBraceExpected':
      return l10n.t("hier hoort een '}'");
    case 'CloseBracketExpected':
      return l10n.t("hier hoort een ']'");
    case 'EndOfFileExpected':
      return l10n.t('na het object hoort niets meer te staan');
    default:
      return l10n.t('onverwachte tekens ({0})', code);
  }
}

/** "vraag 3", "vragen 4 en 5", "vragen 1, 2 en 3". */
function questionPhrase(l10n: Translator, numbers: Array<number | string>): string {
  return numbers.length === 1 ? l10n.t('vraag {0}', numbers[0]) : l10n.t('vragen {0}', listPhrase(l10n, numbers));
}

function listPhrase(l10n: Translator, numbers: Array<number | string>): string {
  return numbers.length === 1 ? String(numbers[0]) : l10n.t('{0} en {1}', numbers.slice(0, -1).join(', '), numbers[numbers.length - 1]);
}

function kenmerkProblem(l10n: Translator, problem: KenmerkProblem): string {
  switch (problem.kind) {
    case 'zaaknummer-digits':
      return l10n.t('{0} cijfers na de Z; een zaaknummer heeft er 5 ({1}Z00025)', problem.digits, problem.year);
    case 'vergaderjaar':
      return l10n.t('vergaderjaar {0}-{1}: verwacht {2}', problem.first, problem.second, problem.expected);
    case 'dossier':
      return l10n.t('dossiernummer {0}: een Kamerstuk heeft 5 cijfers (30 821)', problem.printed);
  }
}

const PRESET_DESCRIPTIONS: Record<string, (l10n: Translator) => string> = {
  'jaar-nummer': (l10n) => l10n.t('BZK, FIN, SZW: jaar en tien cijfers'),
  cijfers: (l10n) => l10n.t('JenV: zeven cijfers'),
  'directoraat-nummer': (l10n) => l10n.t('EZ: directoraat / nummer'),
  ienw: (l10n) => l10n.t('IenW: IENW/BSK-jaar/nummer'),
  vws: (l10n) => l10n.t('VWS: nummer-nummer-afdeling'),
  ocw: (l10n) => l10n.t('OCW: directie/nummer'),
};
