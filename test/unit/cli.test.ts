import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readdirSync, realpathSync, statSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { repoRoot } from '../helpers/paths';

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('command line: kamervragen check', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kamervragen-cli-'));
  const clean = join(folder, 'schoon.kamervragen');
  const broken = join(folder, 'fout.kamervragen');
  writeFileSync(clean, 'Vraag 1\nKlopt het?\n\nAntwoord op vraag 1\nJa.[1]\n\n[1] Bron\n');
  writeFileSync(broken, '\ufeffVraag 1\nKlopt het?\n\nVraag 2\nWaarom?\n\nAntwoord op vraag 1\nJa.\n');

  it('exits 0 on a clean draft', () => {
    const result = cli('check', clean);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '');
  });

  it('prints file:line:column severity code message and exits 1 on errors', () => {
    const result = cli('check', broken);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /fout\.kamervragen:4:1 error unanswered-question Vraag 2 heeft geen antwoord\./);
  });

  it('checks every draft in a folder and prints JSON with structure and 1-based positions', () => {
    const result = cli('check', '--json', folder);
    const parsed = JSON.parse(result.stdout) as Array<{ file: string; structure: { questions: number[]; answerGroups: number[][] }; diagnostics: Array<Record<string, unknown>> }>;
    assert.equal(parsed.length, 2);
    const faulty = parsed.find((r) => r.file.endsWith('fout.kamervragen'))!;
    assert.deepEqual(faulty.structure.questions, [1, 2]);
    assert.deepEqual(faulty.structure.answerGroups, [[1]]);
    assert.deepEqual(faulty.diagnostics[0], {
      line: 4, column: 1, endLine: 4, endColumn: 8, severity: 'error', code: 'unanswered-question',
      message: "Vraag 2 heeft geen antwoord. Voeg 'Antwoord op vraag 2' toe.",
    });
  });

  it('applies --severity', () => {
    assert.equal(cli('check', '--severity', 'unanswered-question=warning', broken).status, 0);
    assert.equal(cli('check', '--severity=unanswered-question=off', broken).stdout, '');
  });

  it('exits 2 with a clear message on bad usage or an unreadable file, never a stack trace', () => {
    for (const args of [[], ['lint'], ['check'], ['check', '--bogus', clean], ['check', '--severity', 'nope=error', clean], ['check', join(folder, 'bestaat-niet.txt')]]) {
      const result = cli(...args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /^kamervragen: /m, args.join(' '));
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    }
  });

  it('prints its usage with --help', () => {
    const result = cli('--help');
    assert.equal(result.status, 0);
    assert.match(result.stdout, /kamervragen check \[--json\]/);
    assert.match(result.stdout, /Gebruik: kamervragen new/);
  });
});

describe('command line: input, configuration and clock', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kamervragen-cli-input-'));
  const late = "Vragen van het lid A (B) aan de minister van C over D (ingezonden 3 januari 2026, 2026Z00025).\n\nVraag 1\nKlopt het?\n\nAntwoord op vraag 1\nJa.\n";

  it('reads UTF-16 with a BOM (Word\'s "Unicode text") as text', () => {
    const file = join(folder, 'unicode.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Vraag 1\nKlopt het?\n\nAntwoord op vraag 1\nJa.\n', 'utf16le')]));
    const result = cli('check', '--json', file);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout)[0].structure.questions, [1]);
  });

  it('refuses a binary file with one clear message', () => {
    const file = join(folder, 'brief.txt');
    writeFileSync(file, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
    const result = cli('check', file);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /is geen tekstbestand/);
  });

  it('says so when a file has no questions', () => {
    const file = join(folder, 'notitie.kamervragen');
    writeFileSync(file, 'Een notitie zonder vragen.\n');
    assert.match(cli('check', file).stdout, /notitie\.kamervragen: geen vragen gevonden/);
  });

  it('counts the deadline to --today or KAMERVRAGEN_TODAY, with 1 dag in the singular', () => {
    const file = join(folder, 'te-laat.kamervragen');
    writeFileSync(file, late);
    assert.match(cli('check', '--today', '2026-01-25', file).stdout, /1 dag te laat/);
    const env = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'check', file], { encoding: 'utf8', env: { ...process.env, KAMERVRAGEN_TODAY: '2026-01-27' } });
    assert.match(env.stdout, /3 dagen te laat/);
    assert.equal(cli('check', '--today', 'morgen', file).status, 2);
  });

  it('reads the nearest kamervragen.json up to the repository\'s root, and --severity overrides it', () => {
    const team = join(folder, 'team');
    mkdirSync(join(team, 'concepten'), { recursive: true });
    mkdirSync(join(team, '.git'));
    writeFileSync(join(team, 'kamervragen.json'), '{ "severity": { "deadline": "error" } }');
    const file = join(team, 'concepten', 'te-laat.kamervragen');
    writeFileSync(file, late);
    assert.match(cli('check', '--today', '2026-02-10', file).stdout, /error deadline/);
    assert.doesNotMatch(cli('check', '--today', '2026-02-10', '--severity', 'deadline=off', file).stdout, /deadline/);
  });

  it('prints its version, and ends quietly when its reader goes away', () => {
    assert.match(cli('--version').stdout, /^\d+\.\d+\.\d+\n$/);
    const many = join(folder, 'veel');
    mkdirSync(many);
    for (let i = 0; i < 200; i++) writeFileSync(join(many, `c${i}.kamervragen`), 'Vraag 1\nKlopt het?\n');
    const piped = spawnSync('bash', ['-c', `node "${join(repoRoot, 'dist', 'cli.js')}" check "${many}" | head -1`], { encoding: 'utf8' });
    assert.doesNotMatch(piped.stderr, /EPIPE|Error/);
  });

  it('checks each file once, however it is reached, and survives a symlink loop', () => {
    const loop = join(folder, 'lus');
    mkdirSync(loop);
    writeFileSync(join(loop, 'a.kamervragen'), 'Vraag 1\nKlopt het?\n\nAntwoord op vraag 1\nJa.\n');
    symlinkSync(loop, join(loop, 'terug'));
    symlinkSync(join(loop, 'a.kamervragen'), join(loop, 'b.kamervragen'));
    const result = cli('check', '--json', loop);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).length, 1);
  });

  it("checks the files a walk that resolves every entry's links would check (a file that is no link is not resolved: issue 21)", () => {
    const root = join(folder, 'boom');
    const draft = 'Vraag 1\nKlopt het?\n\nAntwoord op vraag 1\nJa.\n';
    for (const sub of ['sub', 'echt', 'echt/diep']) mkdirSync(join(root, sub), { recursive: true });
    for (const file of ['b.kamervragen', 'c.txt', 'z.kamervragen', 'sub/d.kamervragen', 'echt/e.kamervragen', 'echt/diep/g.kamervragen']) writeFileSync(join(root, file), draft);
    symlinkSync(join(root, 'b.kamervragen'), join(root, 'a-link.kamervragen')); // before the file it names
    symlinkSync(join(root, 'sub'), join(root, 'sub-link'));
    symlinkSync(join(root, 'echt'), join(root, 'via'));
    symlinkSync(join(root, 'echt', 'e.kamervragen'), join(root, 'echt', 'f-link.kamervragen'));
    symlinkSync(root, join(folder, 'boom-link'));
    // the plain walk: every entry's real path and type, in name order; each real file once
    const plain = (path: string, seen: Set<string>): string[] => {
      if (seen.has(realpathSync(path))) return [];
      seen.add(realpathSync(path));
      return readdirSync(path)
        .sort()
        .flatMap((name) => {
          const child = join(path, name);
          const target = realpathSync(child);
          if (statSync(target).isDirectory()) return plain(child, seen);
          if (!/\.(kamervragen|txt)$/.test(name) || seen.has(target)) return [];
          seen.add(target);
          return [child];
        });
    };
    const named = join(folder, 'boom-link');
    const result = cli('check', '--json', named);
    assert.equal(result.status, 0, result.stderr);
    const expected = plain(named, new Set());
    assert.equal(expected.length, 6);
    assert.deepEqual(
      (JSON.parse(result.stdout) as Array<{ file: string }>).map((r) => r.file),
      expected,
    );
  });
});
