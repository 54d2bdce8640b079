import picomatch from 'picomatch';
import { objectsOf } from '../manifests/kube-object';
import { parseDocuments } from '../yaml/parse-documents';
import { MAX_FILE_BYTES, type SkippedFile } from './read-result';

/**
 * Dot files and dot folders are not manifests to the globs (they hold tool configuration: GitHub
 * workflows with `${{ }}`, .goreleaser.yaml templates), but `kubectl apply -f k8s/` applies
 * k8s/.open.yaml, and with -R k8s/.x/open.yaml (cli-runtime's visitor looks at the extension
 * only). A policy kept there decided traffic in the cluster and never reached the gate: a pull
 * request adding one opened dev → prod/db with a green check. Such a file is read only to tell
 * whether it holds a policy, and then it is an error naming it.
 */
export function dotPathMatcher(globs: readonly string[]): (p: string) => boolean {
  const withDots = picomatch([...globs], { dot: true, flags: 's' });
  const without = picomatch([...globs], { dot: false, flags: 's' });
  return (p) => withDots(p) && !without(p);
}

/** An error when a dot-path file holds an object whose kind is a policy (NetworkPolicy, Cilium, tiered, Calico, Istio …), else null. */
export function dotPathPolicy(p: string, text: string): SkippedFile | null {
  // Leniently: a file that does not parse (a template) is configuration, not a manifest.
  const objects = parseDocuments(p, text).documents.flatMap((d) => objectsOf(d, []));
  const policy = objects.find((o) => /Polic(y|ies)$/.test(o.kind));
  if (!policy) return null;
  const meta = policy.value.metadata as { name?: unknown } | undefined;
  const name = typeof meta?.name === 'string' ? ` ${meta.name}` : '';
  return {
    path: p,
    code: 'dot-path-policy',
    reason: `holds ${policy.kind}${name} in a dot file or dot folder, which the manifest globs skip while kubectl apply -f (-R) applies it: name it in the manifests globs (e.g. k8s/.extra/*.yaml) to analyse it, or move it out of the dot path`,
  };
}

/**
 * A dot-path file too large to read (MAX_FILE_BYTES): whether it holds a policy cannot be told, and
 * kubectl would apply one, so it is an error (padding a policy past the limit must not hide it).
 */
export function dotPathTooLarge(p: string, bytes: number): SkippedFile {
  return {
    path: p,
    code: 'dot-path-too-large',
    reason: `is a dot file or in a dot folder, which the manifest globs skip while kubectl apply -f (-R) applies it, and at ${(bytes / 1048576).toFixed(1)} MiB it is above the ${MAX_FILE_BYTES / 1048576} MiB limit, so flowgate cannot tell whether it holds a policy: move it out of the manifest folders or name it in the globs`,
  };
}
