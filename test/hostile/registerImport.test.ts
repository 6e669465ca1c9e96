import { strict as assert } from 'assert';
import { execFileSync, spawn, spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { repoRoot } from '../helpers/paths';

/**
 * `kamervragen register import` on the built CLI, at the boundaries of what it reads and writes:
 * only the files named are read (a FIFO or device is refused, not waited on), the register is
 * written whole or not at all, never over an existing file without --force, never over one of
 * the pages even with it, never through a link, and nothing is left behind when it fails.
 */
describe('kamervragen register import: reads only what it is given, writes only what it may', function () {
  this.timeout(60000);
  const fixtures = join(repoRoot, 'test', 'fixtures', 'opendata');
  let folder: string;
  const pages = () => ['pagina-1.json', 'pagina-2.json', 'pagina-3.json'].map((name) => join(folder, name));
  const run = (args: string[]) => spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'register', 'import', ...args], { cwd: folder, encoding: 'utf8', timeout: 30000 });
  const debris = () => readdirSync(folder).filter((name) => name.endsWith('.deel'));

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'kamervragen-import-'));
    for (const name of ['pagina-1.json', 'pagina-2.json', 'pagina-3.json', 'niet-json.json']) copyFileSync(join(fixtures, name), join(folder, name));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes register.json here by default, says what it read and names every item it did not use', () => {
    const result = run([...pages(), join(folder, 'niet-json.json')]);
    assert.equal(result.status, 0, result.stderr);
    const register = JSON.parse(readFileSync(join(folder, 'register.json'), 'utf8')) as { entries: Array<{ zaaknummer: string }> };
    assert.deepEqual(register.entries.map((e) => e.zaaknummer), ['2023Z17001', '2023Z17002', '2024Z00107', '2024Z00208']);
    assert.match(result.stderr, /register\.json: 4 zaken uit 10 items in 4 bestanden/);
    assert.match(result.stderr, /Niet gebruikt \(6\):/);
    assert.match(result.stderr, /pagina-1\.json, item 3 \(2023Z17003\): geen schriftelijke vragen maar 'Motie'/);
    assert.match(result.stderr, /niet-json\.json: geen geldige JSON \(regel 2\)/);
    assert.deepEqual(debris(), []);
  });

  it('never replaces a file without --force, and replaces it whole with it', () => {
    const target = join(folder, 'register.json');
    writeFileSync(target, 'mijn eigen register');
    const refused = run([...pages(), '-o', target]);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /bestaat al; kies een andere naam met -o of overschrijf het met --force/);
    assert.equal(readFileSync(target, 'utf8'), 'mijn eigen register');
    const forced = run([...pages(), '-o', target, '--force']);
    assert.equal(forced.status, 0, forced.stderr);
    assert.match(readFileSync(target, 'utf8'), /^\{"entries": \[\n\{"zaaknummer":"2023Z17001"/);
    assert.deepEqual(debris(), []);
  });

  it('never writes over one of the pages, even with --force', () => {
    const before = readFileSync(pages()[0], 'utf8');
    const result = run([...pages(), '-o', pages()[0], '--force']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /pagina-1\.json kan niet worden geschreven: dat is een van de pagina's waaruit het register wordt gemaakt/);
    assert.equal(readFileSync(pages()[0], 'utf8'), before);
    assert.deepEqual(debris(), []);
  });

  it('never writes through a symbolic link, dangling or not', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'kamervragen-import-elders-'));
    try {
      writeFileSync(join(elsewhere, 'bestaat.json'), 'niet van u');
      symlinkSync(join(elsewhere, 'bestaat.json'), join(folder, 'link.json'));
      symlinkSync(join(elsewhere, 'nieuw.json'), join(folder, 'los.json'));
      for (const [link, force] of [['link.json', true], ['los.json', false], ['los.json', true]] as const) {
        const result = run([...pages(), '-o', join(folder, link), ...(force ? ['--force'] : [])]);
        assert.equal(result.status, 2, `${link} ${force}`);
        assert.match(result.stderr, /symbolische koppeling/);
      }
      assert.equal(readFileSync(join(elsewhere, 'bestaat.json'), 'utf8'), 'niet van u');
      assert.ok(!existsSync(join(elsewhere, 'nieuw.json')), 'nothing created through the dangling link');
      assert.deepEqual(debris(), []);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('refuses a FIFO or a device as a page at once, and reads the rest', () => {
    execFileSync('mkfifo', [join(folder, 'pijp.json')]);
    const result = run([join(folder, 'pijp.json'), '/dev/zero', pages()[2], '-o', join(folder, 'uit.json')]);
    assert.equal(result.error, undefined, 'finished');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /pijp\.json is geen gewoon bestand/);
    assert.match(result.stderr, /zero is geen gewoon bestand/);
    assert.match(result.stderr, /1 zaak uit 1 item in 1 bestand\n/);
  });

  it('writes nothing when nothing is usable, and says why', () => {
    const result = run([join(folder, 'niet-json.json'), join(folder, 'ontbreekt.json'), '-o', join(folder, 'uit.json')]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /ontbreekt\.json kan niet worden gelezen: het bestand bestaat niet/);
    assert.match(result.stderr, /niet-json\.json: geen geldige JSON \(regel 2\)/);
    assert.match(result.stderr, /Er zijn geen zaken gelezen; er is geen register geschreven\./);
    assert.ok(!existsSync(join(folder, 'uit.json')));
    assert.deepEqual(debris(), []);
  });

  it('cuts a text longer than any real one, says so with its length, and drops characters that turn text around', () => {
    writeFileSync(join(folder, 'lang.json'), JSON.stringify([{ Nummer: '2024Z01234', Soort: 'Schriftelijke vragen', Onderwerp: `\u202E${'x'.repeat(2_000_000)}`, ZaakActor: [{ Relatie: 'Indiener', ActorNaam: 'A. Jansen\u0000' }] }]));
    const result = run([join(folder, 'lang.json'), '-o', join(folder, 'uit.json')]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /Ingekort \(1\):\n {2}.*lang\.json, item 1 \(2024Z01234\): Onderwerp ingekort tot 1000 van 2000000 tekens\n/);
    const [entry] = (JSON.parse(readFileSync(join(folder, 'uit.json'), 'utf8')) as { entries: Array<{ onderwerp: string; indieners: Array<{ naam: string }> }> }).entries;
    assert.deepEqual([entry.onderwerp.length, entry.onderwerp[0], entry.indieners[0].naam], [1000, 'x', 'A. Jansen']);
  });

  it('reads a folder: every .json in it, pagina-2 before pagina-10, never a link in it, and never writes over one of them', () => {
    const pages = join(folder, 'paginas');
    mkdirSync(pages);
    // the same Zaak on two pages: the later page (pagina-10) is the newer, and its subject wins
    const zaak = (onderwerp: string) => JSON.stringify({ value: [{ Nummer: '2024Z00500', Soort: 'Schriftelijke vragen', Onderwerp: onderwerp }] });
    writeFileSync(join(pages, 'pagina-10.json'), zaak('Nieuwer onderwerp'));
    writeFileSync(join(pages, 'pagina-2.json'), zaak('Ouder onderwerp'));
    writeFileSync(join(pages, 'lees-mij.txt'), 'geen pagina');
    writeFileSync(join(tmpdir(), 'kamervragen-buiten.json'), zaak('Van buiten de map'));
    symlinkSync(join(tmpdir(), 'kamervragen-buiten.json'), join(pages, 'koppeling.json'));
    const result = run([pages, '-o', '-']);
    rmSync(join(tmpdir(), 'kamervragen-buiten.json'));
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout).entries.map((e: { onderwerp: string }) => e.onderwerp), ['Nieuwer onderwerp']);
    assert.match(result.stderr, /koppeling\.json: een symbolische koppeling in de map wordt niet gevolgd/);
    assert.doesNotMatch(result.stderr, /lees-mij/);
    const over = run([pages, '-o', join(pages, 'pagina-2.json'), '--force']);
    assert.equal(over.status, 2);
    assert.match(over.stderr, /pagina-2\.json kan niet worden geschreven: dat is een van de pagina's/);
    mkdirSync(join(folder, 'leeg'));
    const empty = run([join(folder, 'leeg'), '-o', join(folder, 'uit.json')]);
    assert.equal(empty.status, 2);
    assert.match(empty.stderr, /leeg: in deze map staan geen \.json-bestanden/);
    assert.ok(!existsSync(join(folder, 'uit.json')));
  });

  it('reads a page nested a million levels deep without crashing', () => {
    writeFileSync(join(folder, 'diep.json'), `{"value": [${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}, {"Nummer": "2024Z00001", "Soort": "Schriftelijke vragen"}]}`);
    const result = run([join(folder, 'diep.json'), '-o', '-']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /"zaaknummer":"2024Z00001"/);
    assert.match(result.stderr, /diep\.json, item 1: geen zaak: geen object/);
  });

  it('lets exactly one of several imports racing for one name win', async () => {
    const target = join(folder, 'register.json');
    const runs = Array.from({ length: 6 }, () =>
      new Promise<number>((resolve) => spawn(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'register', 'import', ...pages(), '-o', target], { cwd: folder, stdio: 'ignore' }).on('exit', (code) => resolve(code ?? -1))),
    );
    const codes = await Promise.all(runs);
    assert.deepEqual(codes.filter((code) => code === 0).length, 1, JSON.stringify(codes));
    assert.ok(codes.every((code) => code === 0 || code === 2), JSON.stringify(codes));
    assert.match(readFileSync(target, 'utf8'), /^\{"entries": \[/);
    assert.deepEqual(debris(), []);
  });

  it('prints the register with -o -, writing nothing, and answers --help and wrong use', () => {
    const printed = run([pages()[2], '-o', '-']);
    assert.equal(printed.status, 0);
    assert.deepEqual(JSON.parse(printed.stdout).entries.map((e: { zaaknummer: string }) => e.zaaknummer), ['2024Z00208']);
    assert.deepEqual(readdirSync(folder).sort(), ['niet-json.json', 'pagina-1.json', 'pagina-2.json', 'pagina-3.json']);
    assert.match(run(['--help']).stdout, /^Gebruik: kamervragen register import/);
    const wrong = run(['--onbekend']);
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /onbekende optie '--onbekend'/);
    assert.equal(run([]).status, 2);
  });
});
