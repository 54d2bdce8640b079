import { promises as fs } from 'node:fs';
import path from 'node:path';
import { KUSTOMIZATION_FILES, kustomizationRefs } from '../environments/kustomization-refs';
import { parseDocuments } from '../yaml/parse-documents';
import { isInside } from './find-program';

/** A kustomization graph is a handful of folders; a bound keeps a cycle or a huge tree cheap. */
const MAX_KUSTOMIZATIONS = 500;

async function kind(p: string): Promise<'file' | 'dir' | null> {
  const s = await fs.stat(p).catch(() => null);
  return s === null ? null : s.isDirectory() ? 'dir' : 'file';
}

async function kustomizationFile(dir: string): Promise<string | null> {
  for (const name of KUSTOMIZATION_FILES) if ((await kind(path.join(dir, name))) === 'file') return path.join(dir, name);
  return null;
}

/**
 * Issue 13: what kustomize would do that flowgate does not allow, found before it runs. Walks
 * the kustomization at `dir` and every kustomization it refers to; returns one message per
 * problem: a remote resource (URL, git repository: kustomize has no switch to refuse them), a
 * reference that does not exist on disk (kustomize would then try it as a remote one), a
 * reference that leaves the repository (links resolved), or a helmCharts chart that is not
 * vendored (helm would pull it).
 */
export async function checkKustomization(root: string, dir: string, enableHelm: boolean): Promise<string[]> {
  const realRoot = await fs.realpath(root);
  const rel = (p: string) => path.relative(root, p) || '.';
  const problems: string[] = [];
  // The kustomization's folder itself (or a folder above it) may be a link out of the repository.
  const start = await fs.realpath(path.resolve(root, dir)).catch(() => null);
  if (start !== null && !isInside(start, realRoot)) return [`${dir}/ leads outside the repository (a symbolic link)`];
  const seen = new Set<string>();
  const queue = [path.resolve(root, dir)];
  while (queue.length && seen.size < MAX_KUSTOMIZATIONS) {
    const d = queue.shift()!;
    if (seen.has(d)) continue;
    seen.add(d);
    const file = await kustomizationFile(d);
    if (!file) {
      problems.push(`${rel(d)}/ holds no kustomization (kustomization.yaml)`);
      continue;
    }
    const parsed = parseDocuments(rel(file), await fs.readFile(file, 'utf8'));
    const where = rel(file);
    // A kustomization flowgate cannot read is not checked, so it is not rendered: kustomize's own
    // YAML reader may accept it (and fetch what it names).
    const bad = parsed.diagnostics.find((x) => x.severity === 'error');
    if (bad) {
      problems.push(`${where}:${bad.line}: flowgate cannot read it (${bad.message}), so it cannot check what kustomize would load`);
      continue;
    }
    const refs = kustomizationRefs(parsed.documents[0]?.value);
    for (const r of refs.remote) problems.push(`${where}: ${r.field} entry "${r.ref}" is remote; flowgate does not let kustomize fetch from the network (vendor it into the repository)`);
    for (const l of refs.local) {
      const target = path.resolve(d, l.path);
      const real = await fs.realpath(target).catch(() => null);
      if (real === null) problems.push(`${where}: ${l.field} entry "${l.path}" does not exist (kustomize would try it as a remote repository)`);
      else if (!isInside(real, realRoot)) problems.push(`${where}: ${l.field} entry "${l.path}" leads outside the repository`);
      else if ((await kind(real)) === 'dir') queue.push(target);
    }
    for (const c of refs.charts) {
      if (!enableHelm) continue;
      const home = path.resolve(d, c.home);
      const vendored = [path.join(home, c.name), ...(c.version ? [path.join(home, `${c.name}-${c.version}`, c.name)] : [])];
      const found = await Promise.all(vendored.map(async (v) => (await kind(path.join(v, 'Chart.yaml'))) === 'file'));
      if (!found.some(Boolean)) problems.push(`${where}: helmCharts chart "${c.name}" is not vendored under ${rel(home)}/ (helm would pull it from the network)`);
    }
  }
  return problems;
}
