import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { dirname, join } from 'path';
import { parse } from 'jsonc-parser';
import * as vscode from 'vscode';
import { keyboardAvailable, press } from './keyboard';

interface TokenRule {
  scope?: string | string[];
  settings: { foreground?: string };
}

const extensionRoot = vscode.extensions.all.find((e) => e.packageJSON?.name === 'kamervragen')!.extensionPath;
const themesDir = join(vscode.env.appRoot, 'extensions', 'theme-defaults', 'themes');
const THEMES = { 'Light Modern': 'light_modern.json', 'Dark Modern': 'dark_modern.json', 'Default High Contrast': 'hc_black.json', 'Default High Contrast Light': 'hc_light.json' };

/** A built-in theme's token rules, its `include` chain first (as VS Code applies them). */
function tokenRules(file: string): TokenRule[] {
  const theme = parse(readFileSync(file, 'utf8')) as { include?: string; tokenColors?: TokenRule[] };
  return [...(theme.include ? tokenRules(join(dirname(file), theme.include)) : []), ...(Array.isArray(theme.tokenColors) ? theme.tokenColors : [])];
}

/** The foreground a theme gives a scope: the rule with the longest matching selector (later wins a tie). */
function colourOf(rules: TokenRule[], scope: string): string | undefined {
  let best: { length: number; colour: string } | undefined;
  for (const rule of rules) {
    if (!rule.settings.foreground) continue;
    const selectors = (Array.isArray(rule.scope) ? rule.scope : (rule.scope ?? '').split(',')).map((s) => s.trim()).filter((s) => s && !s.includes(' '));
    for (const selector of selectors) {
      if ((scope === selector || scope.startsWith(`${selector}.`)) && (!best || selector.length >= best.length)) best = { length: selector.length, colour: rule.settings.foreground.toLowerCase() };
    }
  }
  return best?.colour;
}

/** Scopes of the grammar that must show in colour: everything but containers and punctuation. */
function colouredScopes(): string[] {
  const grammar = readFileSync(join(extensionRoot, 'syntaxes', 'kamervragen.tmLanguage.json'), 'utf8');
  const names = new Set([...grammar.matchAll(/"name": "([^"]+\.kamervragen)"/g)].map((m) => m[1]));
  return [...names].filter((name) => !/^(?:punctuation|meta|markup\.heading)\./.test(name));
}

describe('highlighting in the built-in themes', () => {
  for (const [theme, file] of Object.entries(THEMES)) {
    it(`colours every part of a draft in ${theme}, questions and answers apart, no error colour on correct text`, () => {
      const rules = tokenRules(join(themesDir, file));
      const uncoloured = colouredScopes().filter((scope) => colourOf(rules, scope) === undefined);
      assert.deepEqual(uncoloured, [], `${theme} leaves these plain`);
      const question = colourOf(rules, 'entity.name.type.question.kamervragen');
      const answer = colourOf(rules, 'entity.name.function.answer.kamervragen');
      assert.notEqual(question, answer, 'question and answer headings look different');
      const error = colourOf(rules, 'invalid.illegal.placeholder.kamervragen');
      for (const scope of colouredScopes().filter((s) => !s.startsWith('invalid.'))) assert.notEqual(colourOf(rules, scope), error, `${scope} is not in the error colour`);
    });
  }

  it('takes screenshots of a draft in Light Modern, Dark Modern and High Contrast when asked', async function () {
    const folder = process.env.KAMERVRAGEN_SCREENSHOTS;
    if (!folder || !keyboardAvailable()) this.skip(); // `npm run screenshots` sets the folder
    const configuration = vscode.workspace.getConfiguration();
    const before = configuration.inspect('workbench.colorTheme')?.globalValue;
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(join(extensionRoot, 'examples', '2026Z01234-antwoorden-cameras.kamervragen'))));
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    // the answers, with a heading, a question, an answer, footnotes and a citation in view
    const firstQuestion = editor.document.getText().split('\n').findIndex((line) => /^Vraag 1\b/.test(line));
    editor.revealRange(new vscode.Range(Math.max(0, firstQuestion - 4), 0, Math.max(0, firstQuestion - 4), 0), vscode.TextEditorRevealType.AtTop);
    try {
      for (const [theme, name] of [['Light Modern', 'light-modern'], ['Dark Modern', 'dark-modern'], ['Default High Contrast', 'high-contrast']]) {
        await configuration.update('workbench.colorTheme', theme, vscode.ConfigurationTarget.Global);
        await new Promise((wake) => setTimeout(wake, 1500));
        await press([], { screenshot: join(folder!, `draft-${name}.png`) });
      }
    } finally {
      await configuration.update('workbench.colorTheme', before, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });
});
