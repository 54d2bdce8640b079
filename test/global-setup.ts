import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Builds dist/ once, before any test file runs. The end-to-end suites run `dist/cli.js` and
 * `dist/index.js` as child processes; building here (not in each file's beforeAll) costs one
 * esbuild run per `npm test` and no file can catch another file's rebuild half written.
 */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/bundle.mjs'], { cwd: path.resolve(import.meta.dirname, '..'), stdio: 'pipe' });
}
