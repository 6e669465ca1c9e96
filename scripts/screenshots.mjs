// `npm run screenshots`: runs the end-to-end suite with KAMERVRAGEN_SCREENSHOTS set, so that the
// theme test saves a draft in Light Modern, Dark Modern and High Contrast into images/, and the typing
// tests (test/e2e/suite/drafting.test.ts) their pictures of the editor (images/editor-*.png).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const images = resolve('images');
mkdirSync(images, { recursive: true });
const result = spawnSync(process.execPath, ['scripts/test.mjs', '--only', 'e2e'], { stdio: 'inherit', env: { ...process.env, KAMERVRAGEN_SCREENSHOTS: images } });
process.exit(result.status ?? 1);
