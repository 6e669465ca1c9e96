import { join } from 'path';
import { runBundle } from './codeCache';

/** dist/server.js: starts the language server (dist/server-main.js) from its code cache. */
const server = runBundle(join(__dirname, 'server-main.js'));
(server.exports.main as () => void)();
// once past its first work (or at exit, if that comes first) the compiled code is kept for the next start
setTimeout(() => server.saveCache(), 3000).unref();
process.on('exit', () => server.saveCache());
