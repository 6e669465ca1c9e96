import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { DIAGNOSTIC_CODES } from '../../server/src/service';
import { allRules } from '../../server/src/service/rules';
import { repoRoot } from '../helpers/paths';

/** The files generated from the rules (scripts/generate-manifest.mjs, run by `npm run build`) are up to date. */
describe('manifest generated from the rules', () => {
  it('package.json, package.nls*.json and the README match the rules', async () => {
    const generator = (await import(join(repoRoot, 'scripts', 'generate-manifest.mjs'))) as {
      generated: Record<string, (rules: unknown, text: string) => string>;
    };
    for (const [file, update] of Object.entries(generator.generated)) {
      const text = readFileSync(join(repoRoot, file), 'utf8');
      assert.equal(update(allRules, text), text, `${file} is out of date: run npm run build`);
    }
  });

  it('every rule has a unique code, a description in both languages and a valid default', () => {
    assert.equal(new Set(DIAGNOSTIC_CODES).size, allRules.length);
    for (const rule of allRules) {
      assert.match(rule.code, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(rule.description.nl.length > 10 && rule.description.en.length > 10, rule.code);
      assert.ok(['error', 'warning', 'information', 'hint', 'off'].includes(rule.defaultSeverity), rule.code);
    }
  });

  it('VS Code sends the same defaults the rules have, so a client that sends them changes nothing', () => {
    const properties = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).contributes.configuration.properties as Record<string, { default: unknown }>;
    for (const rule of allRules) assert.equal(properties[`kamervragen.severity.${rule.code}`]?.default, rule.defaultSeverity, rule.code);
  });
});
