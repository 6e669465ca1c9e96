import { strict as assert } from 'assert';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'fs';
import { dirname, join } from 'path';
import { parse } from 'jsonc-parser';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import * as vscode from 'vscode';
import { keyboardAvailable, press } from './keyboard';

/**
 * The colours a drafter sees, in every theme that comes with this VS Code: the grammar's scopes are
 * resolved against each built-in theme's token rules by vscode-textmate, the library the workbench itself
 * colours with. Red reads as an error to a drafter, so only a placeholder still to fill in (`invalid.*`)
 * may be red.
 */

interface TokenRule {
  scope?: string | string[];
  settings: { foreground?: string; background?: string; fontStyle?: string };
}

interface Theme {
  id: string;
  colors: Record<string, string>;
  tokenColors: TokenRule[];
}

const extensionRoot = vscode.extensions.all.find((e) => e.packageJSON?.name === 'kamervragen')!.extensionPath;
const themesExtension = join(vscode.env.appRoot, 'extensions', 'theme-defaults');
const grammarFile = join(extensionRoot, 'syntaxes', 'kamervragen.tmLanguage.json');

/** The themes in which every part of a draft must have a colour of its own, questions and answers apart. */
const COLOURING = ['Light Modern', 'Dark Modern', 'Light+', 'Dark+', 'Default High Contrast', 'Default High Contrast Light'];
/** The same, where this VS Code has them (they are its default themes); the Visual Studio Light and Dark classics colour too little to ask. */
const COLOURING_WHERE_SHIPPED = ['Light 2026', 'Dark 2026'];

/** A theme file with its `include` chain, as VS Code merges it: the included theme's rules first. */
function loadTheme(file: string): Omit<Theme, 'id'> {
  const theme = parse(readFileSync(file, 'utf8')) as { include?: string; colors?: Record<string, string>; tokenColors?: TokenRule[] | string };
  const base = theme.include ? loadTheme(join(dirname(file), theme.include)) : { colors: {}, tokenColors: [] };
  return { colors: { ...base.colors, ...(theme.colors ?? {}) }, tokenColors: [...base.tokenColors, ...(Array.isArray(theme.tokenColors) ? theme.tokenColors : [])] };
}

/** Every colour theme VS Code ships (the theme-defaults extension's manifest). */
function builtInThemes(): Theme[] {
  const manifest = JSON.parse(readFileSync(join(themesExtension, 'package.json'), 'utf8')) as { contributes: { themes: { id: string; path: string }[] } };
  return manifest.contributes.themes.map((theme) => ({ id: theme.id, ...loadTheme(join(themesExtension, theme.path)) }));
}

/** Hue in degrees and HSL saturation of a #rrggbb colour. */
function hueAndSaturation(colour: string): { hue: number; saturation: number } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const delta = max - min;
  if (delta === 0) return { hue: 0, saturation: 0 };
  const lightness = (max + min) / 2;
  const saturation = delta / (1 - Math.abs(2 * lightness - 1));
  const sector = max === r ? ((g - b) / delta + 6) % 6 : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4;
  return { hue: sector * 60, saturation };
}

/** Red as an eye reads it: a hue near 0° (345°..15°), clearly saturated (not a grey). */
function looksRed(colour: string): boolean {
  const { hue, saturation } = hueAndSaturation(colour);
  return saturation > 0.25 && (hue >= 345 || hue <= 15);
}

/** Text with every construct of the grammar: the grammar fixtures (without their assertion lines) and the example drafts. */
function sampleLines(): string[] {
  const fixtures = readdirSync(join(extensionRoot, 'test', 'grammar')).filter((f) => f.endsWith('.kamervragen')).map((f) => join(extensionRoot, 'test', 'grammar', f));
  const examples = readdirSync(join(extensionRoot, 'examples')).filter((f) => f.endsWith('.kamervragen')).map((f) => join(extensionRoot, 'examples', f));
  return [...fixtures, ...examples].flatMap((file) => readFileSync(file, 'utf8').split(/\r?\n/)).filter((line) => !line.startsWith('#'));
}

interface ColouredToken {
  text: string;
  /** The scopes from the outermost (text.kamervragen) in. */
  scopes: string[];
  foreground: string;
  /** Whether the theme leaves it in the editor's plain text colour. */
  plain: boolean;
}

/** Every token of the sample with the foreground the theme gives it. */
async function colourTokens(registry: textmate.Registry, theme: Theme, lines: string[]): Promise<ColouredToken[]> {
  // VS Code puts the editor's colours first, as the rule without a scope
  registry.setTheme({ settings: [{ settings: { foreground: theme.colors['editor.foreground'], background: theme.colors['editor.background'] } }, ...theme.tokenColors] });
  const colours = registry.getColorMap();
  const grammar = (await registry.loadGrammar('text.kamervragen'))!;
  const tokens: ColouredToken[] = [];
  let state = textmate.INITIAL;
  for (const line of lines) {
    const scoped = grammar.tokenizeLine(line, state);
    const encoded = grammar.tokenizeLine2(line, state).tokens;
    state = scoped.ruleStack;
    for (const token of scoped.tokens) {
      let metadata = encoded[1];
      for (let i = 0; i < encoded.length; i += 2) if (encoded[i] <= token.startIndex) metadata = encoded[i + 1];
      const foregroundId = (metadata & 0x00ff8000) >>> 15; // vscode-textmate's EncodedTokenAttributes
      tokens.push({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes, foreground: colours[foregroundId].toLowerCase(), plain: foregroundId === 1 });
    }
  }
  return tokens;
}

describe('highlighting in the built-in themes', () => {
  const themes = builtInThemes();
  const lines = sampleLines();
  const grammarScopes = [...new Set([...readFileSync(grammarFile, 'utf8').matchAll(/"name": "([^"]+\.kamervragen)"/g)].map((m) => m[1]))];
  let registry: textmate.Registry;

  before(async () => {
    await oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
    registry = new textmate.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
      loadGrammar: async () => textmate.parseRawGrammar(readFileSync(grammarFile, 'utf8'), grammarFile),
    });
  });

  it('knows the themes and has a sample of every construct', async () => {
    assert.deepEqual(COLOURING.filter((id) => !themes.some((theme) => theme.id === id)), [], 'these themes come with VS Code');
    const seen = new Set((await colourTokens(registry, themes[0], lines)).flatMap((token) => token.scopes));
    assert.deepEqual(grammarScopes.filter((scope) => !seen.has(scope)), [], 'the sample (test/grammar, examples/) shows these scopes');
    assert.ok(looksRed('#800000') && looksRed('#cf222e') && looksRed('#f44747') && looksRed('#ff7b72') && looksRed('#e50000'), 'the red test knows red');
    assert.ok(!looksRed('#795e26') && !looksRed('#953800') && !looksRed('#0000ff') && !looksRed('#d4d4d4') && !looksRed('#267f99'), 'and what is not red');
  });

  for (const theme of themes) {
    it(`shows nothing red but a placeholder in ${theme.id}`, async () => {
      const red = (await colourTokens(registry, theme, lines))
        .filter((token) => token.text.trim() && !token.scopes.some((scope) => scope.startsWith('invalid.')) && looksRed(token.foreground))
        .map((token) => `"${token.text}" ${token.foreground} (${token.scopes.slice(1).join(' ')})`);
      assert.deepEqual([...new Set(red)], [], `red in ${theme.id}`);
    });
  }

  for (const id of [...COLOURING, ...COLOURING_WHERE_SHIPPED.filter((id) => themes.some((theme) => theme.id === id))]) {
    it(`colours every part of a draft in ${id}, questions and answers apart, the placeholder colour only on placeholders`, async () => {
      const tokens = await colourTokens(registry, themes.find((theme) => theme.id === id)!, lines);
      const innermost = (token: ColouredToken) => token.scopes[token.scopes.length - 1];
      // containers (the heading's line, a field's value) and punctuation may be in the text's colour
      const mustShow = (scope: string) => !/^(?:text|punctuation|meta|markup\.bold\.heading)\./.test(scope);
      assert.deepEqual([...new Set(tokens.filter((t) => t.plain && mustShow(innermost(t))).map(innermost))], [], `${id} leaves these plain`);
      const colourOf = (prefix: string) => tokens.find((t) => innermost(t).startsWith(prefix))!.foreground;
      assert.notEqual(colourOf('entity.name.type.question'), colourOf('entity.name.function.answer'), 'question and answer headings look different');
      const placeholder = colourOf('invalid.illegal.placeholder');
      const alike = tokens.filter((t) => t.text.trim() && !t.scopes.some((s) => s.startsWith('invalid.')) && t.foreground === placeholder).map((t) => `"${t.text}" (${innermost(t)})`);
      assert.deepEqual([...new Set(alike)], [], 'only placeholders have the placeholder colour');
    });
  }

  it('takes screenshots of the example draft in every built-in theme when asked', async function () {
    const folder = process.env.KAMERVRAGEN_SCREENSHOTS;
    const workspace = vscode.workspace.workspaceFolders?.[0];
    const example = workspace && vscode.Uri.joinPath(workspace.uri, '2026Z01234-antwoorden-cameras.kamervragen');
    // `npm run screenshots` sets the folder and opens a workspace that holds only the example
    if (!folder || !keyboardAvailable() || !example || !existsSync(example.fsPath)) this.skip();
    const configuration = vscode.workspace.getConfiguration();
    const before = configuration.inspect('workbench.colorTheme')?.globalValue;
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(example!));
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    // the answers, with a heading, a question, an answer, footnotes and a citation in view
    const firstQuestion = editor.document.getText().split('\n').findIndex((line) => /^Vraag 1\b/.test(line));
    editor.revealRange(new vscode.Range(Math.max(0, firstQuestion - 4), 0, Math.max(0, firstQuestion - 4), 0), vscode.TextEditorRevealType.AtTop);
    // the README's three, and every built-in theme to look at in out/test/e2e/screenshots/
    const published: Record<string, string> = { 'Light Modern': 'light-modern', 'Dark Modern': 'dark-modern', 'Default High Contrast': 'high-contrast' };
    const shots = join(extensionRoot, 'out', 'test', 'e2e', 'screenshots');
    mkdirSync(shots, { recursive: true });
    try {
      for (const theme of themes) {
        await configuration.update('workbench.colorTheme', theme.id, vscode.ConfigurationTarget.Global);
        await new Promise((wake) => setTimeout(wake, 1500));
        // the picture shows the example as a drafter has it: without a problem in the status bar
        assert.deepEqual(vscode.languages.getDiagnostics().filter(([, diagnostics]) => diagnostics.length > 0).map(([uri]) => uri.toString()), [], 'no file with problems');
        const name = published[theme.id];
        await press([], { screenshot: name ? join(folder!, `draft-${name}.png`) : join(shots, `theme-${theme.id.replace(/\+/g, ' Plus').replace(/\W+/g, '-')}.png`) });
      }
    } finally {
      await configuration.update('workbench.colorTheme', before, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });
});
