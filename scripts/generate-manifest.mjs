// Writes what the rules and the manifest know into the files VS Code and readers see, so a check's
// facts live in its rule file only and a command's names in package.nls*.json only: the severity
// settings in package.json, their descriptions in package.nls (English) and package.nls.nl.json
// (Dutch), the tables of checks and commands in the README, the tables of checks, commands and
// settings in HANDLEIDING.md (the drafters' manual in Dutch, which is the extension's Details page),
// and the JSON schema of kamervragen.json (schemas/kamervragen.schema.json, from those settings).
// `npm run build` runs it; test/unit/manifest.test.ts and configSchema.test.ts fail when a file is out of date.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A module of the language service, bundled from its TypeScript sources and loaded in memory. */
async function loadService(entry) {
  const result = await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'error', mainFields: ['module', 'main'] });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, require);
  return module.exports;
}

/** The rules. */
export async function loadRules() {
  return (await loadService('server/src/service/rules/index.ts')).allRules;
}

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

function severitySetting(rule) {
  return { type: 'string', enum: SEVERITIES, default: rule.defaultSeverity, description: `%config.severity.${rule.code}%`, scope: 'resource' };
}

/** package.json with the severity settings in rule order, after the settings before them. */
export function manifestWith(rules, manifest) {
  const properties = manifest.contributes.configuration.properties;
  const others = Object.entries(properties).filter(([key]) => !key.startsWith('kamervragen.severity.'));
  const at = others.findIndex(([key]) => key === 'kamervragen.language') + 1;
  const severity = rules.map((rule) => [`kamervragen.severity.${rule.code}`, severitySetting(rule)]);
  manifest.contributes.configuration.properties = Object.fromEntries([...others.slice(0, at), ...severity, ...others.slice(at)]);
  return manifest;
}

export function nlsWith(rules, nls, language) {
  const kept = Object.entries(nls).filter(([key]) => !key.startsWith('config.severity.'));
  const tail = language === 'nl' ? 'Niveau van de controle `{code}`; `off` zet haar uit.' : 'Severity of the check `{code}`; `off` turns it off.';
  const severity = rules.map((rule) => [`config.severity.${rule.code}`, `${rule.description[language]} ${tail.replace('{code}', rule.code)}`]);
  return Object.fromEntries([...kept, ...severity]);
}

/** A file's text with the part between `<!-- name:start ... -->` and `<!-- name:end -->` replaced by `table`. */
function withTable(file, text, name, table) {
  const start = text.indexOf(`<!-- ${name}:start`);
  const end = text.indexOf(`<!-- ${name}:end -->`);
  if (start < 0 || end < 0) throw new Error(`${file} needs the markers <!-- ${name}:start --> and <!-- ${name}:end -->`);
  const startEnd = text.indexOf('-->', start) + 3;
  return `${text.slice(0, startEnd)}\n${table}\n${text.slice(end)}`;
}

const repositoryRoot = new URL('..', import.meta.url);
const readJson = (file) => JSON.parse(readFileSync(new URL(file, repositoryRoot), 'utf8'));

/** Each command as VS Code's command palette shows it, in a Dutch and in an English VS Code. */
export function commandNames() {
  const manifest = readJson('package.json');
  const nls = { nl: readJson('package.nls.nl.json'), en: readJson('package.nls.json') };
  const title = (command, language) => `${command.category}: ${command.title.replace(/^%(.+)%$/, (_, key) => nls[language][key] ?? key)}`;
  return manifest.contributes.commands.map((command) => ({ id: command.command, nl: title(command, 'nl'), en: title(command, 'en'), inDraft: Boolean(command.enablement) }));
}

export function readmeWith(rules, readme) {
  const checks = ['| code | default | what it finds |', '| --- | --- | --- |', ...rules.map((rule) => `| \`${rule.code}\` | ${rule.defaultSeverity} | ${rule.description.en} |`)];
  const commands = ['| in an English VS Code | in a Dutch VS Code |', '| --- | --- |', ...commandNames().map((c) => `| *${c.en}* | *${c.nl}* |`)];
  return withTable('README.md', withTable('README.md', readme, 'checks', checks.join('\n')), 'commands', commands.join('\n'));
}

const SEVERITY_NL = { error: 'fout', warning: 'waarschuwing', information: 'informatie', hint: 'hint', off: 'uit' };

/** A setting's default as the manual shows it. */
function defaultShown(value) {
  if (value === '' || value === null || value === undefined) return 'geen';
  return `\`${JSON.stringify(value).replace(/^"|"$/g, '')}\``;
}

/** The settings other than the severities, with their Dutch descriptions and, for a choice, what each value means. */
function settingsTable() {
  const nl = readJson('package.nls.nl.json');
  const text = (value) => (typeof value === 'string' ? value.replace(/^%(.+)%$/, (_, key) => nl[key] ?? key) : '');
  const rows = Object.entries(readJson('package.json').contributes.configuration.properties)
    .filter(([key]) => !key.startsWith('kamervragen.severity.'))
    .map(([key, setting]) => {
      const values = (setting.enum ?? []).map((value, i) => [value, text(setting.enumDescriptions?.[i])]).filter(([value, meaning]) => value !== '' && meaning);
      const choices = values.map(([value, what]) => `\`${value}\`: ${what.replace(/\.$/, '')}`).join('; ');
      const meaning = [text(setting.description), choices && `${choices}.`].filter(Boolean).join(' ').replace(/\|/g, '\\|');
      return `| \`${key}\` | ${defaultShown(setting.default)} | ${meaning} |`;
    });
  const severity = `| \`kamervragen.severity.<code>\` | zie de controles hierboven | Het niveau van één controle: \`error\` (fout), \`warning\` (waarschuwing), \`information\`, \`hint\` of \`off\` (uit). |`;
  return ['| instelling | standaard | betekenis |', '| --- | --- | --- |', ...rows, severity].join('\n');
}

export function handleidingWith(rules, handleiding) {
  const checks = ['| controle | standaard | wat ze vindt |', '| --- | --- | --- |', ...rules.map((rule) => `| \`${rule.code}\` | ${SEVERITY_NL[rule.defaultSeverity]} | ${rule.description.nl} |`)];
  const commands = ['| in een Nederlandstalige VS Code | in een Engelstalige VS Code |', '| --- | --- |', ...commandNames().map((c) => `| *${c.nl}*${c.inDraft ? ' ¹' : ''} | *${c.en}* |`)];
  let text = withTable('HANDLEIDING.md', handleiding, 'checks', checks.join('\n'));
  text = withTable('HANDLEIDING.md', text, 'commands', commands.join('\n'));
  return withTable('HANDLEIDING.md', text, 'settings', settingsTable());
}

export const SCHEMA_FILE = 'schemas/kamervragen.schema.json';

/** What the file says of its registers differs from the setting's text: its paths are relative to the file, and must lie in the workspace. */
const FILE_DESCRIPTIONS = {
  registers: 'Registerbestanden (JSON of CSV) met eerdere vragen en antwoorden, ten opzichte van dit bestand. Alleen bestanden in de werkmap worden gelezen.',
};

/**
 * kamervragen.json's JSON schema, as markdownlint has one for its configuration: the settings of
 * package.json (`manifest`, with the severity settings from the rules) whose first key the file
 * holds (`fileKeys`, config.ts), nested at their dots, with their Dutch texts (`nlsNl`). VS Code
 * completes and validates the file with it (contributes.jsonValidation); comments and trailing
 * commas are allowed, as the CLI and the server allow them.
 */
export function configSchema(manifest, nlsNl, fileKeys) {
  const text = (value) => (typeof value === 'string' ? value.replace(/^%(.+)%$/, (_, key) => nlsNl[key] ?? key) : value);
  const root = { type: 'object', properties: {}, additionalProperties: false };
  for (const [key, setting] of Object.entries(manifest.contributes.configuration.properties)) {
    const path = key.split('.').slice(1);
    if (!fileKeys.includes(path[0])) continue;
    let node = root;
    for (const part of path.slice(0, -1)) {
      node.properties[part] ??= { type: 'object', properties: {}, additionalProperties: false };
      node = node.properties[part];
    }
    const { description, enumDescriptions, scope: _scope, ...shape } = setting;
    const explained = FILE_DESCRIPTIONS[path.join('.')] ?? text(description);
    node.properties[path[path.length - 1]] = { ...shape, description: explained, ...(enumDescriptions ? { enumDescriptions: enumDescriptions.map(text) } : {}) };
  }
  for (const key of fileKeys) if (!root.properties[key]) throw new Error(`kamervragen.json's key ${key} has no setting in package.json`);
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'kamervragen.json',
    description: 'Instellingen van de Kamervragen-controles voor deze map, voor de editor en voor kamervragen check: dezelfde als de instellingen kamervragen.* van VS Code, zonder dat voorvoegsel. Gegenereerd door scripts/generate-manifest.mjs.',
    allowComments: true,
    allowTrailingCommas: true,
    ...root,
    properties: { $schema: { type: 'string' }, ...root.properties },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export const generated = {
  'package.json': (rules, text) => `${JSON.stringify(manifestWith(rules, JSON.parse(text)), null, 2)}\n`,
  'package.nls.json': (rules, text) => `${JSON.stringify(nlsWith(rules, JSON.parse(text), 'en'), null, 2)}\n`,
  'package.nls.nl.json': (rules, text) => `${JSON.stringify(nlsWith(rules, JSON.parse(text), 'nl'), null, 2)}\n`,
  'README.md': (rules, text) => readmeWith(rules, text),
  'HANDLEIDING.md': (rules, text) => handleidingWith(rules, text),
};

function readIfThere(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The extension's Details page: the drafters' manual, HANDLEIDING.md, in Dutch (the README is the
 * developers', in English). Its pictures are named relative to the extension's folder.
 */
export function detailsPage(handleiding) {
  return handleiding;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rules = await loadRules();
  for (const [file, update] of Object.entries(generated)) {
    const text = readFileSync(file, 'utf8');
    const next = update(rules, text);
    if (next !== text) writeFileSync(file, next);
  }
  const { CONFIG_FILE_KEYS } = await loadService('server/src/service/config.ts');
  const schema = configSchema(JSON.parse(readFileSync('package.json', 'utf8')), JSON.parse(readFileSync('package.nls.nl.json', 'utf8')), CONFIG_FILE_KEYS);
  mkdirSync('schemas', { recursive: true });
  if (readIfThere(SCHEMA_FILE) !== schema) writeFileSync(SCHEMA_FILE, schema);
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/details.md', detailsPage(readFileSync('HANDLEIDING.md', 'utf8')));
}
