import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { parseDocument } from '../../server/src/service/parse/parseDocument';
import { annotatedDocuments } from '../helpers/corpus';
import { repoRoot } from '../helpers/paths';

/**
 * The grammar against the parser, over every real document: each line the parser reads as a
 * "Vraag N" or numbered answer heading is highlighted as a heading (the fixtures in test/grammar
 * pin the exact scopes; this keeps grammar and parser in step on real text).
 */
describe('grammar over the real corpus', () => {
  let grammar: textmate.IGrammar;

  before(async () => {
    const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
    await oniguruma.loadWASM(wasm);
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
      loadGrammar: async () => textmate.parseRawGrammar(readFileSync(join(repoRoot, 'syntaxes', 'kamervragen.tmLanguage.json'), 'utf8'), 'kamervragen.tmLanguage.json'),
    });
    grammar = (await registry.loadGrammar('text.kamervragen'))!;
  });

  function scopesOfLine(lines: string[], target: number): string[] {
    let state = textmate.INITIAL;
    let scopes: string[] = [];
    for (let i = 0; i <= target; i++) {
      const result = grammar.tokenizeLine(lines[i], state);
      state = result.ruleStack;
      if (i === target) scopes = result.tokens.flatMap((t) => t.scopes);
    }
    return scopes;
  }

  for (const document of annotatedDocuments()) {
    it(`highlights every heading of ${document.file}`, () => {
      const text = readFileSync(document.path, 'utf8');
      const lines = text.split(/\r?\n/);
      const { model } = parseDocument(text);
      const headingLines = [
        ...model.questionHeadings.filter((h) => h.style === 'vraag').map((h) => [h.line, 'markup.bold.heading.question'] as const),
        ...model.answers.filter((a) => a.hasHeading).map((a) => [a.line, 'markup.bold.heading.answer'] as const),
      ];
      for (const [line, scope] of headingLines) {
        assert.ok(scopesOfLine(lines, line).some((s) => s.startsWith(scope)), `line ${line + 1} "${lines[line]}" has ${scope}`);
      }
    });
  }
});
