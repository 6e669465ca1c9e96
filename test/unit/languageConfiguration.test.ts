import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { repoRoot } from '../helpers/paths';

const configuration = JSON.parse(readFileSync(join(repoRoot, 'language-configuration.json'), 'utf8')) as {
  wordPattern: string;
  brackets: string[][];
  colorizedBracketPairs: string[][];
  autoClosingPairs: Array<{ open: string; close: string }>;
};
const languageDefaults = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { contributes: { configurationDefaults: Record<string, Record<string, unknown>> } }).contributes.configurationDefaults['[kamervragen]'];

/** The word VS Code takes at `offset` (double-click, completion prefix), as it uses the pattern. */
function wordAt(text: string, offset: number): string | undefined {
  const pattern = new RegExp(configuration.wordPattern, 'g');
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index <= offset && offset <= m.index + m[0].length) return m[0];
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return undefined;
}

describe('language configuration', () => {
  it('keeps zaaknummers and document ids as one word', () => {
    assert.equal(wordAt('Uw kenmerk 2024Z00025.', 14), '2024Z00025');
    assert.equal(wordAt('zie ah-tk-20212022-2367 en', 10), 'ah-tk-20212022-2367');
    assert.equal(wordAt('(kv-tk-2021Z19796)', 3), 'kv-tk-2021Z19796');
  });

  it('stops words at Dutch quotation marks and punctuation', () => {
    assert.equal(wordAt('het bericht ‘Camera’s overal’', 14), 'Camera');
    assert.equal(wordAt('«Bunq»', 2), 'Bunq');
  });

  it('closes the quotation marks Dutch text uses', () => {
    const pairs = configuration.autoClosingPairs.map((p) => p.open + p.close);
    for (const pair of ['‘’', '“”', '«»', '()', '[]']) assert.ok(pairs.includes(pair), pair);
  });

  it('does not treat parentheses and brackets in prose as bracket pairs, nor colour a Word-style "1)" as unmatched', () => {
    assert.deepEqual(configuration.brackets, []);
    assert.deepEqual(configuration.colorizedBracketPairs, []);
    assert.equal(languageDefaults['editor.bracketPairColorization.enabled'], false);
  });

  it('never lets Enter insert a suggestion the writer did not pick, nor suggest words', () => {
    assert.equal(languageDefaults['editor.acceptSuggestionOnEnter'], 'off');
    assert.equal(languageDefaults['editor.wordBasedSuggestions'], 'off');
  });
});
