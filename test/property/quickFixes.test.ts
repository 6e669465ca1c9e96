import { strict as assert } from 'assert';
import fc from 'fast-check';
import type { Diagnostic } from '../../server/src/service';
import { checkDocument } from '../../server/src/service/check';
import { applyEdits, FILL_IN } from '../../server/src/service/edits';
import { quickFixes } from '../../server/src/service/features/codeActions';
import { parseDocument } from '../../server/src/service/parse/parseDocument';
import { dutch, inputs } from '../helpers/draft';

/**
 * A quick fix removes its problem and adds none, in every layout a draft comes in: the canonical
 * one ("Vraag 3", "Antwoord op vraag 3", "[1]"), and the pasted ones (bare numbers, "1." items,
 * PDF superscripts, Word's "1)" footnotes, a Mededeling). What a fix may add is what it writes on
 * purpose for the drafter to fill in: `<invullen>`, which the placeholder check reports, and the
 * answer heading it inserts, which empty-answer reports until its answer is written.
 */
const RUNS = Number(process.env.KAMERVRAGEN_PROPERTY_RUNS ?? 1);

type Layout = 'canonical' | 'bare-number' | 'numbered-item' | 'bullet';
type FootnoteStyle = 'bracket' | 'paren' | 'superscript' | 'none';

interface Shape {
  layout: Layout;
  footnotes: FootnoteStyle;
  questions: number;
  /** Per question: answered or not; its answer heading may name a wrong number. */
  answered: boolean[];
  wrongAnswer: boolean;
  /** Per footnote (one per question that has one): marker kept, definition kept. */
  footnoteOf: boolean[];
  markerKept: boolean[];
  definitionKept: boolean[];
  duplicateDefinition: boolean;
  letter: boolean;
  late: boolean;
  mededeling: boolean;
  reference: number;
  lineBreak: '\n' | '\r\n';
}

const shape: fc.Arbitrary<Shape> = fc
  .record({
    layout: fc.constantFrom<Layout>('canonical', 'bare-number', 'numbered-item', 'bullet'),
    footnotes: fc.constantFrom<FootnoteStyle>('bracket', 'paren', 'superscript', 'none'),
    questions: fc.integer({ min: 1, max: 5 }),
    answered: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    wrongAnswer: fc.boolean(),
    footnoteOf: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    markerKept: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    definitionKept: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
    duplicateDefinition: fc.boolean(),
    letter: fc.boolean(),
    late: fc.boolean(),
    mededeling: fc.boolean(),
    reference: fc.integer({ min: 0, max: 7 }),
    lineBreak: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
  });

const QUESTIONS = ['Bent u bekend met het bericht', 'Klopt het dat de regio dit heeft besloten', 'Waarom is dat zo gegaan', 'Wat gaat u daaraan doen', 'Wanneer informeert u de Kamer'];
const SOURCES = ['NOS, 8 februari 2022', 'Kamerstuk 30 821, nr. 124', 'Trouw, 1 maart 2026', 'Rapport van de inspectie, 2025', 'www.rijksoverheid.nl'];

/** A draft in the shape's layout; the footnote numbers run 1, 2, 3 ... over the questions that have one. */
function draftOf(s: Shape): string {
  const lines: string[] = [];
  if (s.letter) {
    const sent = s.late ? '5 januari 2026' : '2 februari 2026';
    lines.push(`Vragen van het lid Jansen (CDA) aan de minister van Financiën over banken (ingezonden ${sent}, 2026Z00025).`, '');
  }
  const definitions: string[] = [];
  let footnote = 0;
  for (let q = 1; q <= s.questions; q++) {
    let marker = '';
    if (s.footnotes !== 'none' && s.footnoteOf[q - 1]) {
      footnote++;
      const n = footnote;
      if (s.markerKept[n - 1]) marker = s.footnotes === 'bracket' ? `[${n}]` : s.footnotes === 'paren' ? ` ${n})` : `${n}`;
      const source = SOURCES[(n - 1) % SOURCES.length];
      const definition = s.footnotes === 'bracket' ? `[${n}] ${source}` : s.footnotes === 'paren' ? `${n}) ${source}` : `${n} ${source}`;
      if (s.definitionKept[n - 1]) definitions.push(definition);
      if (s.duplicateDefinition && n === 1 && s.definitionKept[0]) definitions.push(definition);
    }
    const question = s.footnotes === 'superscript' && marker ? `${QUESTIONS[q - 1]}${marker}?` : `${QUESTIONS[q - 1]}?${marker}`;
    if (s.layout === 'canonical') lines.push(`Vraag ${q}`, question);
    else if (s.layout === 'bullet') lines.push(`• Vraag ${q}`, question);
    else if (s.layout === 'bare-number') lines.push(String(q), question);
    else lines.push(`${q}. ${question}`);
    lines.push('');
    if (!s.mededeling && s.answered[q - 1] && s.layout !== 'bullet') {
      const named = s.wrongAnswer && q === s.questions ? q + 3 : q;
      lines.push(s.layout === 'canonical' ? `Antwoord op vraag ${named}` : 'Antwoord');
      lines.push(s.reference > 0 && q === 1 ? `Zie het antwoord op vraag ${s.reference}.` : 'Dat is zo.', '');
    } else if (s.layout === 'bullet' && s.answered[q - 1]) {
      lines.push('Dat is zo, zie ook de brief.', '');
    }
  }
  if (s.mededeling) lines.push('Mededeling', '', 'De vragen kunnen niet binnen de termijn worden beantwoord.', '');
  lines.push(...definitions);
  return lines.join(s.lineBreak) + s.lineBreak;
}

/** How many of each problem (errors and warnings: what a drafter must act on). */
function problemCounts(diagnostics: Diagnostic[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of diagnostics) if (d.severity <= 2) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return counts;
}

describe('property: a quick fix removes its problem and adds none', function () {
  this.timeout(600000);

  it('on generated drafts of every layout', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const text = draftOf(s);
        const parsed = parseDocument(text);
        const before = checkDocument(parsed, inputs(), dutch);
        const counts = problemCounts(before);
        for (const diagnostic of before) {
          for (const fix of quickFixes(parsed, diagnostic, dutch)) {
            const after = applyEdits(parsed.lines, fix.edits);
            const afterCounts = problemCounts(checkDocument(parseDocument(after), inputs(), dutch));
            const written = fix.edits.reduce((n, e) => n + e.newText.split(FILL_IN).length - 1, 0);
            const headings = fix.edits.reduce((n, e) => n + (e.newText.match(/^Antwoord(?: op vraag \S+)?$/gm)?.length ?? 0), 0);
            const where = `${diagnostic.code} (${diagnostic.message}) fixed by '${fix.title}' in:\n${text}\n->\n${after}`;
            for (const [code, n] of afterCounts) {
              const allowed = (counts.get(code) ?? 0) + (code === 'placeholder' ? written : code === 'empty-answer' ? headings : 0);
              assert.ok(n <= allowed, `${code}: ${counts.get(code) ?? 0} -> ${n}; ${where}`);
            }
            // a fix that resolves its diagnostic (all but renumbering, which only orders the numbers)
            if (fix.isPreferred) assert.ok((afterCounts.get(diagnostic.code) ?? 0) < (counts.get(diagnostic.code) ?? 0), `${diagnostic.code} stays; ${where}`);
          }
        }
      }),
      { numRuns: 3000 * RUNS },
    );
  });
});
