import { strict as assert } from 'assert';
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { repoRoot } from '../helpers/paths';

/** The invariants of ARCHITECTURE.md, checked on the sources. */
function sources(folder: string): Array<{ path: string; text: string }> {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) return sources(path);
    return entry.endsWith('.ts') ? [{ path: relative(repoRoot, path), text: readFileSync(path, 'utf8') }] : [];
  });
}

function importsOf(text: string): string[] {
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
}

const service = sources(join(repoRoot, 'server', 'src', 'service'));

describe('architecture', () => {
  it('the language service imports neither vscode, the LSP packages nor Node I/O', () => {
    const forbidden = /^(vscode|vscode-languageserver.*|vscode-languageclient.*|fs|fs\/promises|path|child_process|net|http|https|os|url|node:.*)$/;
    const offending = service.flatMap(({ path, text }) => importsOf(text).filter((spec) => forbidden.test(spec)).map((spec) => `${path}: ${spec}`));
    assert.deepEqual(offending, []);
  });

  it('the language service has no clock: the caller gives the date', () => {
    const offending = service.filter(({ path, text }) => /\bDate\.now\(|new Date\(\)/.test(text) && !path.endsWith('dates.ts')).map(({ path }) => path);
    assert.deepEqual(offending, []);
    const dates = service.find(({ path }) => path.endsWith('dates.ts'))!.text;
    assert.doesNotMatch(dates, /new Date\(\)|Date\.now\(/);
  });

  it('data flows one way: parse knows no rules or features, rules know no features or lookups', () => {
    const layer = (path: string) => path.split('/')[3];
    const rules: Record<string, RegExp> = { parse: /\/(rules|features|lookup)\//, rules: /\/(features|lookup)\//, text: /\/(parse|rules|features|lookup)\// };
    const offending = service.flatMap(({ path, text }) => {
      const forbidden = rules[layer(path)];
      return forbidden ? importsOf(text).filter((spec) => forbidden.test(`/${spec.replace(/^\.\.?\//, '')}/`) || forbidden.test(spec)).map((spec) => `${path}: ${spec}`) : [];
    });
    assert.deepEqual(offending, []);
  });

  it('server code keeps no state at module level', () => {
    const server = sources(join(repoRoot, 'server', 'src')).filter(({ path }) => !path.includes('/service/'));
    const offending = server.filter(({ text }) => /^(?:export\s+)?(?:let|var)\s/m.test(text)).map(({ path }) => path);
    assert.deepEqual(offending, []);
    const entry = readFileSync(join(repoRoot, 'server', 'src', 'server.ts'), 'utf8');
    assert.ok(entry.split('\n').length < 40, 'server.ts only wires the process');
  });

  it('the client imports of the server only the protocol and the definition of a draft', () => {
    const client = sources(join(repoRoot, 'client', 'src'));
    const offending = client.flatMap(({ path, text }) => importsOf(text).filter((spec) => spec.includes('server/src') && !/server\/src\/(protocol|service\/drafts)$/.test(spec)).map((spec) => `${path}: ${spec}`));
    assert.deepEqual(offending, []);
  });
});
