import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { createLanguageService, Register } from '../server/src/service';
import { repoRoot } from '../test/helpers/paths';

/**
 * `kamervragen register import` on ten years of written questions: 30,000 Zaak items in pages of
 * 250 as the OData service gives them (every field of the Zaak, its ZaakActor and its Document,
 * as in test/fixtures/opendata), through the built CLI; then the register it writes, loaded as
 * the server loads it.
 */
export function registerImport(items = 30_000, runs = 3): Record<string, number> {
  const folder = mkdtempSync(join(tmpdir(), 'kamervragen-bench-import-'));
  try {
    const pagesFolder = join(folder, 'pagina');
    mkdirSync(pagesFolder);
    const files = writePages(pagesFolder, items);
    const pagesMb = files.reduce((sum, file) => sum + statSync(file).size, 0) / 1e6;
    const target = join(folder, 'register.json');
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      rmSync(target, { force: true });
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'register', 'import', '-o', target, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (result.status !== 0) throw new Error(`register import failed: ${result.stderr}`);
    }
    const text = readFileSync(target, 'utf8');
    const service = createLanguageService();
    // the same work in this process, by processor time: what it costs however busy the machine
    const processorTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      const before = process.cpuUsage();
      service.registerFromOpenData(files.map((file) => ({ file, text: readFileSync(file, 'utf8') })));
      const used = process.cpuUsage(before);
      processorTimes.push((used.user + used.system) / 1000);
    }
    const loads: number[] = [];
    let size = 0;
    for (let run = 0; run < 5; run++) {
      const start = process.hrtime.bigint();
      const register = new Register(service.readRegister(readFileSync(target, 'utf8'), target).entries);
      loads.push(Number(process.hrtime.bigint() - start) / 1e6);
      size = register.size;
    }
    if (size !== items) throw new Error(`the imported register has ${size} entries, not ${items}`);
    return {
      items,
      pages: files.length,
      pagesMb: round(pagesMb),
      importMs: round(median(times)),
      importInProcessProcessorMs: round(median(processorTimes)),
      registerMb: round(Buffer.byteLength(text) / 1e6),
      importedLoadMs: round(median(loads)),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const PAGE_SIZE = 250;
const guid = (n: number, kind: number) => `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const PARTIES = ['VVD', 'PVV', 'GroenLinks-PvdA', 'NSC', 'D66', 'BBB', 'CDA', 'SP', 'ChristenUnie', 'SGP', 'Volt', 'JA21'];
const ADDRESSEES = ['minister van Justitie en Veiligheid', 'minister van Financiën', 'staatssecretaris van Volksgezondheid, Welzijn en Sport', 'minister van Infrastructuur en Waterstaat', 'minister van Landbouw, Natuur en Voedselkwaliteit'];
const SUBJECTS = ['stikstofdepositie bij piekbelasting', 'wachttijden in de jeugdzorg', 'camerabewaking in het openbaar vervoer', 'de aanpak van ondermijning', 'de inkoop van telefoons bij het Rijk'];

/** Item `i`: a Zaak of year 2015 + i / 3,000, answered with an Aanhangsel number, one in seven first postponed. */
function item(i: number): unknown {
  const year = 2015 + Math.floor(i / 3000);
  const nummer = `${year}Z${String(i % 3000).padStart(5, '0')}`;
  const vergaderjaar = `${year}-${year + 1}`;
  const day = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const actor = (n: number, naam: string, fractie: string | null, relatie: string) => ({ Id: guid(i * 4 + n, 2), Zaak_Id: guid(i, 1), ActorNaam: naam, ActorFractie: fractie, Functie: fractie ? 'Tweede Kamerlid' : 'bewindspersoon', Relatie: relatie, SidActor: null, Persoon_Id: fractie ? guid(i % 150, 5) : null, Fractie_Id: fractie ? guid(i % 12, 6) : null, Commissie_Id: null, GewijzigdOp: `${day}T10:00:00+01:00`, ApiGewijzigdOp: `${day}T09:00:00Z`, Verwijderd: false });
  const document = (n: number, soort: string, extra: Record<string, unknown>) => ({ Id: guid(i * 4 + n, 3), Soort: soort, DocumentNummer: `${year}D${String(i * 3 + n).padStart(5, '0')}`, Titel: `${soort} over ${SUBJECTS[i % 5]}`, Onderwerp: SUBJECTS[i % 5], Datum: `${day}T00:00:00+01:00`, Volgnummer: n, Vergaderjaar: vergaderjaar, Kamer: 2, Citeertitel: null, Alias: null, DatumRegistratie: `${day}T11:30:00+01:00`, DatumOntvangst: null, Aanhangselnummer: null, KenmerkAfzender: null, Organisatie: 'Tweede Kamer', ContentType: 'application/pdf', ContentLength: 20000 + (i % 9000), GewijzigdOp: `${day}T12:00:00+01:00`, Verwijderd: false, ...extra });
  return {
    Id: guid(i, 1),
    Nummer: nummer,
    Soort: 'Schriftelijke vragen',
    Titel: `Vragen van het lid Lid ${i % 150} over ${SUBJECTS[i % 5]} (nummer ${i})`,
    Citeertitel: null,
    Alias: null,
    Status: null,
    Onderwerp: `${SUBJECTS[i % 5]}, vraag ${i}`,
    GestartOp: `${day}T00:00:00+01:00`,
    Organisatie: 'Tweede Kamer',
    Grondslagvoorhang: null,
    Termijn: null,
    Vergaderjaar: vergaderjaar,
    Volgnummer: i % 3000,
    HuidigeBehandelstatus: null,
    Afgedaan: true,
    GrootProject: false,
    GewijzigdOp: `${day}T12:00:00+01:00`,
    ApiGewijzigdOp: `${day}T11:00:00Z`,
    Verwijderd: false,
    ZaakActor: [actor(0, `Lid ${i % 150}`, PARTIES[i % 12], 'Indiener'), actor(1, `Lid ${(i + 7) % 150}`, PARTIES[(i + 3) % 12], 'Medeindiener'), actor(2, ADDRESSEES[i % 5], null, 'Gericht aan')],
    Document: [
      document(0, 'Schriftelijke vragen', {}),
      ...(i % 7 === 0 ? [document(1, 'Mededeling (uitstel antwoord)', {})] : []),
      document(2, 'Antwoord schriftelijke vragen', { Aanhangselnummer: String(1 + (i % 3000)), KenmerkAfzender: `${year}-${String(i).padStart(10, '0')}` }),
    ],
  };
}

export function writePages(folder: string, items: number): string[] {
  const files: string[] = [];
  for (let from = 0, page = 1; from < items; from += PAGE_SIZE, page++) {
    const value = Array.from({ length: Math.min(PAGE_SIZE, items - from) }, (_, k) => item(from + k));
    const file = join(folder, `pagina-${String(page).padStart(3, '0')}.json`);
    const next = from + PAGE_SIZE < items ? { '@odata.nextLink': `https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Zaak?$skip=${from + PAGE_SIZE}` } : {};
    writeFileSync(file, JSON.stringify({ '@odata.context': 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Zaak(ZaakActor(),Document())', value, ...next }));
    files.push(file);
  }
  return files;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const round = (n: number) => Math.round(n * 100) / 100;
