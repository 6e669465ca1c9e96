import { join } from 'path';
import { runBundle } from './codeCache';

/** dist/cli.js: runs the command line (dist/cli-main.js) from its code cache. */
const cli = runBundle(join(__dirname, 'cli-main.js'));
process.on('exit', () => cli.saveCache());
(cli.exports.main as () => void)();
