/**
 * Dutch sentences a drafter types, with the words the snippets are named after ("brief", "kop",
 * "samen", "nieuw", "voetnoot", "mededeling", "kv") and none of the words after which the server
 * offers a list ("antwoord op vraag ", "Uw kenmerk ", "minister van ", "["): typing them must never
 * show a suggestion.
 */
export const PROSE = [
  'In de volgende brief ga ik in op uw vragen.',
  'Vraag 3',
  'Is het waar dat de kop van het rapport een andere vraag stelt?',
  'Antwoord',
  'Wij werken samen met de gemeenten aan een nieuw plan.',
  'De voetnoot bij deze brief verwijst naar een mededeling van de minister.',
  'Brief, vraag, kop, samen, nieuw, voetnoot, voetnoottekst, mededeling, kv.',
  "KvK-nummers worden niet gedeeld, zie ook de brief van 3 maart 2026 over camera's.",
  'Kijk voor de stand van zaken in het Aanhangsel van de Handelingen.',
  'kabinet en Kamer spreken hierover volgende week; kort daarna volgt de brief.',
];
