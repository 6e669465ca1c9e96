import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { repoRoot } from '../helpers/paths';

const vsce = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');

describe('packaging', function () {
  this.timeout(120000);

  it('the .vsix holds only what the extension needs', () => {
    const listed = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies', '--readme-path', 'dist/details.md'], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(listed.status, 0, listed.stderr);
    const files = listed.stdout.trim().split('\n').map((f) => f.trim()).sort();
    assert.deepEqual(files, [
      'CHANGELOG.md', 'LICENSE', 'dist/cli.js', 'dist/client.js', 'dist/details.md', 'dist/server-main.js', 'dist/server.js', 'dist/word.js',
      'images/draft-dark-modern.png', 'images/draft-high-contrast.png', 'images/draft-light-modern.png', 'images/editor-choice.png', 'images/editor-export.png', 'images/editor-snippets.png', 'images/export-example.png', 'images/export-letter.png', 'images/icon.png',
      'l10n/bundle.l10n.en.json', 'language-configuration.json', 'package.json', 'package.nls.json', 'package.nls.nl.json',
      'schemas/kamervragen.schema.json', 'syntaxes/kamervragen.tmLanguage.json',
    ]);
  });

  it('builds the .vsix', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kamervragen-vsix-')), 'kamervragen.vsix');
    const built = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--readme-path', 'dist/details.md', '--no-rewrite-relative-links', '--out', out], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(built.status, 0, built.stdout + built.stderr);
    assert.ok(existsSync(out));
    assert.equal(readFileSync(out).subarray(0, 2).toString(), 'PK', 'a zip file');
  });

  it('declares untrusted-workspace support and its activation, and every contributed file exists', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.ok(manifest.activationEvents.includes('onLanguage:kamervragen'));
    for (const path of [manifest.icon, manifest.main, ...manifest.contributes.grammars.map((g: { path: string }) => g.path), ...manifest.contributes.jsonValidation.map((v: { url: string }) => v.url), manifest.contributes.languages[0].configuration]) {
      assert.ok(existsSync(join(repoRoot, path)), path);
    }
  });

  it('shows the drafter a Details page without the developers\' part, with the pictures it names', () => {
    const details = readFileSync(join(repoRoot, 'dist', 'details.md'), 'utf8');
    for (const developers of ['npm ci', 'npm test', '../shared', 'CONTRIBUTING']) assert.ok(!details.includes(developers), developers);
    const pictures = [...details.matchAll(/\]\((images\/[^)]+)\)/g)].map((m) => m[1]);
    assert.ok(pictures.length >= 3, 'screenshots in three themes');
    for (const picture of pictures) assert.ok(existsSync(join(repoRoot, picture)), picture);
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    assert.match(readme, /^# Kamervragen\n\n```sh\nnpm ci && npx kamervragen check examples\n```\n\n```sh\nnpm test\n```/, 'the repository README starts with its two commands');
  });

  it('the Details page is the drafters\' manual in Dutch, and it and the README name each command as a Dutch and an English VS Code show it', async () => {
    const details = readFileSync(join(repoRoot, 'dist', 'details.md'), 'utf8');
    assert.equal(details, readFileSync(join(repoRoot, 'HANDLEIDING.md'), 'utf8'), 'the Details page is HANDLEIDING.md');
    const prose = details.replace(/```[^]*?```/g, '').replace(/^\|.*$/gm, '');
    const count = (words: RegExp) => (prose.match(words) ?? []).length;
    assert.ok(count(/\b(?:de|het|een|en|van|op)\b/g) > 150 && count(/\b(?:the|and|with|which|when|you|your)\b/g) < 10, 'written in Dutch');
    const { commandNames } = (await import(join(repoRoot, 'scripts', 'generate-manifest.mjs'))) as { commandNames(): Array<{ id: string; nl: string; en: string }> };
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const commands = commandNames();
    assert.ok(commands.length >= 6);
    for (const { id, nl, en } of commands) {
      assert.notEqual(nl, en, id);
      for (const [page, text] of [['Details', details], ['README', readme]]) assert.ok(text.includes(`*${nl}*`) && text.includes(`*${en}*`), `${page} names ${id} as "${nl}" and "${en}"`);
    }
  });
});
