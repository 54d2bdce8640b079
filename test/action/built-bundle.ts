import { copyFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A copy of dist/index.js (built once by test/global-setup.ts) in a new temporary folder, so a
 * run under test loads exactly the bundle of this source tree. The caller removes the folder.
 */
export function buildCheckedBundle(root: string, prefix: string): string {
  const bundle = path.join(mkdtempSync(path.join(os.tmpdir(), prefix)), 'index.js');
  copyFileSync(path.join(root, 'dist/index.js'), bundle);
  return bundle;
}
