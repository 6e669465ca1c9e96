import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import semver from 'semver';
import { repoRoot } from '../helpers/paths';

/**
 * The Node the package claims (package.json `engines.node`, also in the README) is one that every
 * installed package supports, dependencies and development tools alike, so that `npm ci` on it
 * warns of no engine (EBADENGINE); and the code is built and type-checked for it.
 */
describe('the Node the package claims', () => {
  const read = (file: string) => readFileSync(join(repoRoot, file), 'utf8');
  const manifest = JSON.parse(read('package.json')) as { engines: { node: string }; devDependencies: Record<string, string> };
  const oldest = semver.minVersion(manifest.engines.node)!;

  it('is supported by every package in package-lock.json', () => {
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };
    const refusing = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && !Array.isArray(entry.engines) && entry.engines?.node && !semver.satisfies(oldest, entry.engines.node))
      .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')}@${entry.version} needs Node ${(entry.engines as { node: string }).node}`);
    assert.deepEqual(refusing, [], `Node ${oldest.version} is claimed`);
  });

  it('is the Node the bundles are built for and whose API the type check allows', () => {
    assert.match(read('scripts/build.mjs'), new RegExp(`target: 'node${oldest.major}'`), 'esbuild target');
    assert.equal(semver.minVersion(manifest.devDependencies['@types/node'])!.major, oldest.major, '@types/node: no API of a later Node type-checks');
  });

  it('is the Node the README names', () => {
    assert.ok(read('README.md').includes(`Node.js ${oldest.major}.${oldest.minor} or newer`), `README: "Node.js ${oldest.major}.${oldest.minor} or newer"`);
  });
});
