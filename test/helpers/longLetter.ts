/**
 * A finished draft of many questions and answers of varied length, the same every run (a seeded
 * generator): enough pages that page breaks fall in many places, before and after headings.
 * Sent by two signers, with adjacent footnote markers ("[1][2]") here and there.
 */
export function longLetter(questions = 30): string {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const words = 'de het een van in op voor met dat zijn niet ook als bij aan om wordt worden door over deze heeft kan zal moet meer nog naar uit tot onder tussen gemeenten provincies kabinet ministerie beleid wet regeling uitvoering rapport onderzoek maatregelen zorg onderwijs veiligheid toezicht inspectie kosten middelen begroting jaar'.split(' ');
  const sentence = (length: number) => {
    const text = Array.from({ length }, () => pick(words)).join(' ');
    return text[0].toUpperCase() + text.slice(1);
  };
  const lines = [
    '> Retouradres Postbus 20350 2500 EJ Den Haag',
    '',
    'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
    'Postbus 20018',
    '2500 EA Den Haag',
    '',
    'Datum 3 maart 2026',
    'Betreft Antwoorden Kamervragen over wachtlijsten in de jeugdzorg en de gevolgen voor gemeenten en zorgaanbieders',
    '',
    'Ons kenmerk 4012345-1070001-PG',
    'Uw kenmerk 2026Z03120',
    'Bijlage(n) 1',
    '',
    'Geachte Voorzitter,',
    '',
    'Hierbij zend ik u, mede namens de staatssecretaris van Volksgezondheid, Welzijn en Sport, de antwoorden op de vragen van het lid Bakker (SP) over wachtlijsten in de jeugdzorg (ingezonden 10 februari 2026, 2026Z03120).',
    '',
    'De minister van Volksgezondheid, Welzijn en Sport,',
    '',
    '',
    '',
    'M. de Boer',
    '',
    'De staatssecretaris van Volksgezondheid, Welzijn en Sport,',
    '',
    '',
    '',
    'K. Visser',
    '',
    '',
    'Vragen van het lid Bakker (SP) aan de minister van Volksgezondheid, Welzijn en Sport over wachtlijsten in de jeugdzorg (ingezonden 10 februari 2026).',
    '',
    'Antwoord van minister De Boer (Volksgezondheid, Welzijn en Sport), mede namens de staatssecretaris van Volksgezondheid, Welzijn en Sport (ontvangen 3 maart 2026).',
    '',
  ];
  const notes: string[] = [];
  for (let q = 1; q <= questions; q++) {
    let markers = '';
    if (q % 7 === 0) {
      const n = notes.length + 1;
      markers = `[${n}][${n + 1}]`;
      notes.push(`[${n}] Kamerstukken II 2025/26, 31839, nr. ${900 + q}.`, `[${n + 1}] NOS, ${q} februari 2026.`);
    }
    lines.push(`Vraag ${q}`, `${sentence(12 + Math.floor(next() * 28))}?${markers}`, '', `Antwoord op vraag ${q}`);
    const paragraphs = 1 + Math.floor(next() * 3);
    for (let p = 0; p < paragraphs; p++) lines.push(`${sentence(15 + Math.floor(next() * 75))}.`, '');
  }
  return `${[...lines, ...notes].join('\n')}\n`;
}
