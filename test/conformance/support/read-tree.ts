import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from '../../../src/analyze';

const MANIFEST = /\.(ya?ml|json)$/;

/**
 * Every `.yaml`, `.yml` and `.json` file under `dir`, recursively (np-guard reads folders the
 * same way), with paths relative to `dir` written with `/`, sorted.
 */
export function readTree(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (rel: string): void => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && MANIFEST.test(entry.name)) out.push({ path: child, text: readFileSync(path.join(dir, child), 'utf8') });
    }
  };
  walk('');
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The sub-folders of `dir`, sorted. */
export function listFolders(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}
