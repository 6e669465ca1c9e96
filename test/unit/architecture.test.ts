import { strict as assert } from 'assert';
import { readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative } from 'path';
import * as ts from 'typescript';
import { repoRoot } from '../helpers/paths';

/** The invariants of ARCHITECTURE.md, checked on the sources. */
function sources(folder: string): Array<{ path: string; text: string }> {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) return sources(path);
    return entry.endsWith('.ts') ? [{ path: relative(repoRoot, path), text: readFileSync(path, 'utf8') }] : [];
  });
}

/**
 * The modules a source names, by import, export ... from, import() (also in a type) and require():
 * TypeScript's own scanner finds them, so words in comments and strings do not count.
 */
function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
}

const service = sources(join(repoRoot, 'server', 'src', 'service'));
const allSources = [...sources(join(repoRoot, 'server', 'src')), ...sources(join(repoRoot, 'client', 'src'))];

/** Each source's own imports among the sources, as repository paths ("server/src/service/model.ts"). */
function moduleGraph(files: Array<{ path: string; text: string }>): Map<string, string[]> {
  const known = new Set(files.map(({ path }) => path));
  const resolveSpec = (from: string, spec: string) => {
    if (!spec.startsWith('.')) return undefined;
    const base = join(dirname(from), spec);
    return [`${base}.ts`, join(base, 'index.ts')].find((candidate) => known.has(candidate));
  };
  return new Map(files.map(({ path, text }) => [path, [...new Set(importsOf(text).flatMap((spec) => resolveSpec(path, spec) ?? []))]]));
}

/** The import circles: each set of modules that reach one another (Tarjan), as one of its cycles, "a -> b -> a". */
function circles(graph: Map<string, string[]>): Array<{ members: string[]; cycle: string }> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const members: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      members.push(member);
    } while (member !== node);
    if (members.length > 1 || graph.get(node)!.includes(node)) found.push(members.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found.map((members) => ({ members, cycle: shortestCycle(graph, members) }));
}

/** The shortest way from a circle's first member back to itself, within the circle. */
function shortestCycle(graph: Map<string, string[]>, members: string[]): string {
  const inside = new Set(members);
  const start = members[0];
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let at = 0; at < queue.length; at++) {
    for (const next of graph.get(queue[at])!.filter((n) => inside.has(n))) {
      if (next === start) {
        const path = [start];
        for (let node = queue[at]; node !== start; node = cameFrom.get(node)!) path.unshift(node);
        path.unshift(start);
        return path.join(' -> ');
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, queue[at]);
        queue.push(next);
      }
    }
  }
  return members.join(', ');
}

/**
 * Circles that are known and being removed, each by name. Nothing else may be added here: a circle
 * means two modules cannot be understood, tested or moved one without the other.
 */
const KNOWN_CIRCLES: Record<string, string[]> = {};

describe('architecture', () => {
  it('reads imports as TypeScript does: import, export from, import(), require(), never a comment', () => {
    const text = [
      "import type { A } from './a';",
      "export { B } from './b';",
      "// import { C } from './not-a-module';",
      "const fs = require('fs');",
      "const later = () => import('./d');",
      "type E = typeof import('./e');",
      "const text = \"require('./in-a-string')\";",
    ].join('\n');
    assert.deepEqual(importsOf(text), ['./a', './b', 'fs', './d', './e']);
  });

  it('no module imports itself through others: no import circles in the server or the client', () => {
    const found = circles(moduleGraph(allSources));
    const known = (members: string[]) => Object.values(KNOWN_CIRCLES).some((circle) => circle.join('\n') === members.join('\n'));
    assert.deepEqual(found.filter(({ members }) => !known(members)).map(({ cycle }) => cycle), []);
    const gone = Object.entries(KNOWN_CIRCLES).filter(([, circle]) => !found.some(({ members }) => members.join('\n') === circle.join('\n')));
    assert.deepEqual(gone.map(([name]) => name), [], 'a known circle is gone (or changed): remove it from KNOWN_CIRCLES');
  });

  it('finds a circle, however long, through any kind of import', () => {
    const files = [
      { path: 'x/a.ts', text: "import { b } from './b';" },
      { path: 'x/b.ts', text: "export * from './sub';" },
      { path: 'x/sub/index.ts', text: "const a = require('../a');" },
      { path: 'x/c.ts', text: "import { a } from './a'; const d = () => import('./d');" },
      { path: 'x/d.ts', text: "import type { C } from './c';" },
      { path: 'x/e.ts', text: "import { a } from './a';" },
    ];
    assert.deepEqual(circles(moduleGraph(files)), [
      { members: ['x/a.ts', 'x/b.ts', 'x/sub/index.ts'], cycle: 'x/a.ts -> x/b.ts -> x/sub/index.ts -> x/a.ts' },
      { members: ['x/c.ts', 'x/d.ts'], cycle: 'x/c.ts -> x/d.ts -> x/c.ts' },
    ]);
  });

  it('the language service imports neither vscode, the LSP packages nor Node I/O', () => {
    const forbidden = /^(vscode|vscode-languageserver.*|vscode-languageclient.*|fs|fs\/promises|path|child_process|net|http|https|os|url|node:.*)$/;
    const offending = service.flatMap(({ path, text }) => importsOf(text).filter((spec) => forbidden.test(spec)).map((spec) => `${path}: ${spec}`));
    assert.deepEqual(offending, []);
  });

  it('no global language: the server never configures @vscode/l10n, whose translation is one for the whole process', () => {
    const server = sources(join(repoRoot, 'server', 'src'));
    const offending = server.flatMap(({ path, text }) => importsOf(text).filter((spec) => spec.startsWith('@vscode/l10n')).map((spec) => `${path}: ${spec}`));
    assert.deepEqual(offending, []);
  });

  it('the language service has no clock: the caller gives the date', () => {
    const offending = service.filter(({ path, text }) => /\bDate\.now\(|new Date\(\)/.test(text) && !path.endsWith('dates.ts')).map(({ path }) => path);
    assert.deepEqual(offending, []);
    const dates = service.find(({ path }) => path.endsWith('dates.ts'))!.text;
    assert.doesNotMatch(dates, /new Date\(\)|Date\.now\(/);
  });

  it('data flows one way: the model and parse know no rules or features, rules know no features or lookups', () => {
    const layer = (path: string) => path.split('/')[3];
    const rules: Record<string, RegExp> = {
      'model.ts': /\/(parse|rules|features|lookup)\//,
      parse: /\/(rules|features|lookup)\//,
      rules: /\/(features|lookup)\//,
      text: /\/(parse|rules|features|lookup)\//,
    };
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

  it('the adapters (server, CLI, Word, benchmark) use the language service only through its front door, service/index.ts', () => {
    const front = 'server/src/service/index.ts';
    const adapters = [...allSources.filter(({ path }) => path.startsWith('server/src/') && !path.startsWith('server/src/service/')), ...sources(join(repoRoot, 'bench'))];
    const graph = moduleGraph([...adapters, ...service]);
    const offending = adapters.flatMap(({ path }) => graph.get(path)!.filter((target) => target.startsWith('server/src/service/') && target !== front).map((target) => `${path}: ${target}`));
    assert.deepEqual(offending, []);
  });

  it('the front door exports only what service/index.ts gives a reason for', () => {
    // adding a name is a decision: say in service/index.ts why an adapter needs it, then list it here
    const frontDoor = require(join(repoRoot, 'out', 'server', 'src', 'service')) as Record<string, unknown>;
    assert.deepEqual(Object.keys(frontDoor).sort(), [
      'CONFIG_FILE_NAME', 'DIAGNOSTIC_CODES', 'FIX_ALL_KIND', 'Register', 'SEVERITY_NAME', 'SEVERITY_SETTINGS', 'WorkspaceIndex',
      'calendarDate', 'checkInputs', 'composeLineEdits', 'createLanguageService', 'draftAssociations', 'isDraft', 'isSkippedFolder',
      'lineEditOfChanges', 'mergeConfig', 'parseConfigFile', 'readConfigLayer',
    ]);
  });

  it('the client imports of the server only the protocol and the definition of a draft', () => {
    const client = sources(join(repoRoot, 'client', 'src'));
    const offending = client.flatMap(({ path, text }) => importsOf(text).filter((spec) => spec.includes('server/src') && !/server\/src\/(protocol|service\/drafts)$/.test(spec)).map((spec) => `${path}: ${spec}`));
    assert.deepEqual(offending, []);
  });
});
