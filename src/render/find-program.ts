import { constants, promises as fs } from 'node:fs';
import path from 'node:path';

/** Whether `p` is `dir` or lies under it (both absolute). */
export function isInside(p: string, dir: string): boolean {
  const rel = path.relative(dir, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Issue 13: a render program is a name looked up on PATH, never a path, and never found in a
 * folder of the repository being analysed (nor a relative PATH entry such as `.` or `bin`, which
 * would resolve inside it): a pull request must not be able to run its own code. The folders
 * `untrusted` are compared after resolving links, so a PATH entry that links into the work tree
 * is skipped too. Returns the program's absolute path, or null when PATH has none.
 */
export async function findProgram(name: string, pathVar: string, untrusted: readonly string[]): Promise<string | null> {
  if (!name || name.includes('/') || name.includes('\\') || name === '.' || name === '..') return null;
  const roots = await Promise.all(untrusted.map((d) => fs.realpath(d).catch(() => path.resolve(d))));
  for (const dir of pathVar.split(path.delimiter)) {
    if (!dir || !path.isAbsolute(dir)) continue;
    const candidate = path.join(dir, name);
    const real = await fs.realpath(candidate).catch(() => null);
    if (real === null) continue;
    const realDir = await fs.realpath(dir).catch(() => dir);
    if (roots.some((r) => isInside(real, r) || isInside(realDir, r) || isInside(path.resolve(dir), r))) continue;
    const ok = await fs
      .stat(real)
      .then((s) => s.isFile())
      .catch(() => false);
    if (!ok) continue;
    if (await fs.access(real, constants.X_OK).then(() => true, () => false)) return real;
  }
  return null;
}
