import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { createLanguageService, Register, WorkspaceIndex, type CompletionSources, type ParsedDocument } from '../../server/src/service';
import { snippetCompletions } from '../../server/src/service/features/snippets';
import { referenceCompletions } from '../../server/src/service/features/referenceCompletion';
import { annotatedDocuments } from '../helpers/corpus';
import { draft, inputs, TEST_TODAY } from '../helpers/draft';
import { repoRoot } from '../helpers/paths';

/** Words that only a Dutch sentence has; the domain's own names (Mededeling, zaaknummer, kenmerk) are allowed. */
const DUTCH = /\b(het|een|geen|niet|wordt|voeg|vraag|vragen|voetnoot|voetnoottekst|antwoord|regel|regels|cijfers|verwacht|werkmap|gebruikt|klopt|bestaat|dagen|termijn|indieners|ingezonden|beantwoord|ontvangen|gericht|bijvoorbeeld|vorm|patroon|kabinet|nieuwe|uitgesteld|uitstelbericht|controleer|verschilt|staat|onder|bestand|kan|moet|zijn|heeft|op|van)\b/i;

const english = createLanguageService({ translation: JSON.parse(readFileSync(join(repoRoot, 'l10n', 'bundle.l10n.en.json'), 'utf8')) as Record<string, string> });
const register = new Register(english.readRegister(readFileSync(join(repoRoot, 'examples', 'register', 'register.json'), 'utf8'), 'register.json').entries);

/** What is the document's or the register's own text (shown in hovers and details) is not a message. */
function withoutData(text: string, data: string[]): string {
  let rest = text;
  // whole, or shortened for a detail ("Bent u bekend met …")
  for (const part of [...data].sort((a, b) => b.length - a.length)) if (part.length > 2) for (const piece of [part, part.slice(0, 79), part.slice(0, 80)]) rest = rest.split(piece).join(' ');
  return rest.replace(/```[^`]*```|'[^']*'|«[^»]*»|"[^"]*"|\*\*[^*]*\*\*|_[^_]*\.kamervragen_/g, ' ');
}

function shown(parsed: ParsedDocument, sources: CompletionSources): string[] {
  const strings: string[] = [];
  const diagnostics = english.check(parsed, inputs({ severity: { 'unknown-zaak': 'hint' } }, TEST_TODAY, () => false));
  strings.push(...diagnostics.map((d) => d.message));
  strings.push(...english.codeActions(parsed, diagnostics).map((fix) => fix.title));
  strings.push(...english.documentSymbols(parsed).flatMap((symbol) => [symbol.name, symbol.detail]));
  for (let line = 0; line < parsed.lines.count; line++) {
    const text = parsed.lines.lineText(line);
    for (let character = 0; character <= text.length; character += 7) {
      const target = english.targetAt(parsed, { line, character });
      if (target) strings.push(english.hover(parsed, target, sources) ?? '');
    }
    const end = { line, character: text.length };
    // every list, where the service's completions give one or the other
    // the snippets at the start of the first line (what they describe is the same on every line)
    const snippets = line === 0 ? snippetCompletions(parsed, { line, character: 0 }, TEST_TODAY, english.messages) : [];
    for (const item of [...referenceCompletions(parsed, end, sources, english.messages), ...snippetCompletions(parsed, end, TEST_TODAY, english.messages), ...snippets]) {
      strings.push(item.detail ?? '', typeof item.documentation === 'string' ? item.documentation : (item.documentation?.value ?? ''));
    }
  }
  return strings;
}

describe('English mode', () => {
  it('shows no Dutch in any message, quick fix, outline, hover or completion detail over the corpus', () => {
    const index = new WorkspaceIndex();
    const extra = draft('', 'Uw kenmerk 2024Z0025', 'Ons kenmerk ', 'Zie het antwoord op vraag 99 en Aanhangsel Handelingen, vergaderjaar 2022-203, nr. 5.', 'De minister van ', '[');
    const offending: string[] = [];
    for (const document of annotatedDocuments()) {
      const text = `${readFileSync(document.path, 'utf8')}\n${extra}`;
      index.update(`file:///ws/${document.file}`, text);
      const parsed = english.parse(text);
      const data = [
        ...parsed.model.questionHeadings.map((h) => h.text),
        ...parsed.model.footnoteDefinitions.map((d) => d.text),
        ...[...index.all()].flatMap((d) => [d.subject ?? '', d.askers ?? '', d.addressee ?? '', d.citation ?? '', ...d.questions.map((q) => q.text)]),
        ...register.answered(1000).flatMap((entry) => [entry.onderwerp, ...entry.indieners.map((i) => i.naam), entry.aanhangsel?.citatie ?? '']),
        ...register.withPrefix('20', 1000).map((entry) => entry.onderwerp),
      ];
      for (const string of shown(parsed, { register, index, today: TEST_TODAY, uri: 'file:///ws/nieuw.kamervragen', onsKenmerkPreset: 'cijfers' })) {
        const rest = withoutData(string, data);
        if (DUTCH.test(rest)) offending.push(`${document.file}: ${string.slice(0, 120)}`);
      }
    }
    assert.deepEqual([...new Set(offending)].slice(0, 20), []);
  });
});
