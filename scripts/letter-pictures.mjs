// `npm run letter-pictures`: exports the example draft with the built CLI, renders the letter with
// LibreOffice (installed on first use, as for the picture test) and saves its first two pages into
// images/: export-letter.png (the cover letter) and export-example.png (the answers), the README's pictures.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const { ensureLibreOffice, renderLetter } = createRequire(import.meta.url)(resolve('out/test/helpers/letterRender.js'));
ensureLibreOffice();
const folder = mkdtempSync(join(tmpdir(), 'kamervragen-pictures-'));
const letter = join(folder, 'antwoorden.docx');
execFileSync(process.execPath, ['dist/cli.js', 'export', 'examples/2026Z01234-antwoorden-cameras.kamervragen', '-o', letter], { stdio: 'inherit', env: { ...process.env, KAMERVRAGEN_TODAY: '2026-01-21' } });
const { pngs } = renderLetter(letter, { dpi: 96 });
copyFileSync(pngs[0], 'images/export-letter.png');
copyFileSync(pngs[1], 'images/export-example.png');
console.log('images/export-letter.png, images/export-example.png');
