import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Builds dist/index.js and returns the path of a checked copy in a new temporary folder: other
 * test files rebuild dist/ while end-to-end tests run, and a file caught mid-write would fail a
 * run for no fault of the action. The caller removes the folder.
 */
export function buildCheckedBundle(root: string, prefix: string): string {
  execFileSync(process.execPath, ['scripts/bundle.mjs'], { cwd: root, stdio: 'inherit' });
  const bundle = path.join(mkdtempSync(path.join(os.tmpdir(), prefix)), 'index.js');
  for (let attempt = 0; ; attempt++) {
    copyFileSync(path.join(root, 'dist/index.js'), bundle);
    try {
      execFileSync(process.execPath, ['--check', bundle]);
      return bundle;
    } catch (e) {
      if (attempt === 4) throw e;
    }
  }
}
