// Writes what the rules know into the files VS Code and readers see, so a check's facts live in
// its rule file only: the severity settings in package.json, their descriptions in package.nls
// (English) and package.nls.nl.json (Dutch), and the table of checks in the README.
// `npm run build` runs it; test/unit/manifest.test.ts fails when a file is out of date.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The rules, bundled from their TypeScript sources and loaded in memory. */
export async function loadRules() {
  const result = await build({ entryPoints: ['server/src/service/rules/index.ts'], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'error', mainFields: ['module', 'main'] });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, require);
  return module.exports.allRules;
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

export function readmeWith(rules, readme) {
  const start = '<!-- checks:start (generated from the rules by scripts/generate-manifest.mjs) -->';
  const end = '<!-- checks:end -->';
  const table = ['| code | default | what it finds |', '| --- | --- | --- |', ...rules.map((rule) => `| \`${rule.code}\` | ${rule.defaultSeverity} | ${rule.description.en} |`)].join('\n');
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`README.md needs the markers ${start} and ${end}`);
  return `${readme.slice(0, from + start.length)}\n${table}\n${readme.slice(to)}`;
}

export const generated = {
  'package.json': (rules, text) => `${JSON.stringify(manifestWith(rules, JSON.parse(text)), null, 2)}\n`,
  'package.nls.json': (rules, text) => `${JSON.stringify(nlsWith(rules, JSON.parse(text), 'en'), null, 2)}\n`,
  'package.nls.nl.json': (rules, text) => `${JSON.stringify(nlsWith(rules, JSON.parse(text), 'nl'), null, 2)}\n`,
  'README.md': (rules, text) => readmeWith(rules, text),
};

/** The extension's Details page: the README from its details marker on, without the developers' part. */
export function detailsPage(readme) {
  const marker = readme.indexOf('<!-- details:start');
  if (marker < 0) throw new Error('README.md needs the marker <!-- details:start -->');
  const body = readme.slice(readme.indexOf('-->', marker) + 3).trimStart();
  return `# Kamervragen\n\n${body}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rules = await loadRules();
  for (const [file, update] of Object.entries(generated)) {
    const text = readFileSync(file, 'utf8');
    const next = update(rules, text);
    if (next !== text) writeFileSync(file, next);
  }
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/details.md', detailsPage(readFileSync('README.md', 'utf8')));
}
