import { strict as assert } from 'assert';
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { createLanguageService, DIAGNOSTIC_CODES } from '../../server/src/service';
import { inputs, service } from '../helpers/draft';
import { allRules } from '../../server/src/service/rules';
import { repoRoot } from '../helpers/paths';

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? sources(path) : entry.endsWith('.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

const english = JSON.parse(readFileSync(join(repoRoot, 'l10n', 'bundle.l10n.en.json'), 'utf8')) as Record<string, string>;

describe('localisation', () => {
  it('has an English translation for every message of the server and the client', () => {
    const keys = [...sources(join(repoRoot, 'server', 'src')), ...sources(join(repoRoot, 'client', 'src'))].flatMap((source) =>
      [...source.matchAll(/\bl10n\.t\(\s*(['"])((?:\\.|(?!\1).)*)\1|\bt\(\s*(['"])((?:\\.|(?!\3).)*)\3/g)].map((m) => (m[2] ?? m[4]).replace(/\\'/g, "'")),
    );
    assert.ok(keys.length > 20, `found ${keys.length} messages`);
    const missing = keys.filter((key) => !(key in english));
    assert.deepEqual(missing, []);
  });

  it('the manifest has every %key% in English and Dutch', () => {
    const manifest = readFileSync(join(repoRoot, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    for (const file of ['package.nls.json', 'package.nls.nl.json']) {
      const bundle = JSON.parse(readFileSync(join(repoRoot, file), 'utf8')) as Record<string, string>;
      assert.deepEqual(keys.filter((key) => !(key in bundle)), [], file);
    }
  });

  it('speaks Dutch by default and English when asked', () => {
    const text = 'Vraag 1\nKlopt het?';
    assert.equal(service.check(service.parse(text), inputs())[0].message, "Vraag 1 heeft geen antwoord. Voeg 'Antwoord op vraag 1' toe.");
    const inEnglish = createLanguageService({ translation: english });
    assert.equal(inEnglish.check(inEnglish.parse(text), inputs())[0].message, "Question 1 has no answer. Add 'Antwoord op vraag 1'.");
  });
});

describe('settings', () => {
  it('every check has a severity setting with its default', () => {
    const properties = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).contributes.configuration.properties as Record<string, { default: string }>;
    for (const code of DIAGNOSTIC_CODES) {
      const rule = allRules.find((r) => r.code === code);
      assert.ok(rule, `a rule for ${code}`);
      assert.equal(properties[`kamervragen.severity.${code}`]?.default, rule.defaultSeverity, code);
    }
  });
});
