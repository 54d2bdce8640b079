import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliWithPath, SYSTEM_PATH } from './fake-tools';

/**
 * Issue 13: the microservices-demo layout (the same app as plain manifests with a kustomization,
 * a Kustomize base with components, a Helm chart and a release bundle) gave 40 "defined twice"
 * errors when read as plain files. Detected as environments, it gives one report per
 * environment and no duplicate. Needs the real `kubectl kustomize` (the Helm chart renders with
 * test/render/bin/helm); skipped with a message otherwise.
 */

const FIXTURE = 'test/render/fixtures/microservices-demo-layout';
const kubectl = (process.env.PATH ?? '').split(path.delimiter).some((d) => {
  try {
    readFileSync(path.join(d, 'kubectl'));
    return true;
  } catch {
    return false;
  }
});

interface Report {
  exitCode: number;
  detected: boolean;
  environments: { name: string; source: { kind: string }; changes: unknown[]; diagnostics: { code: string }[] }[];
}

describe('microservices-demo layout', () => {
  it.skipIf(!kubectl)('one report per environment, no duplicate errors; enabling the network-policies component changes only the kustomize environment', async () => {
    const head = mkdtempSync(path.join(tmpdir(), 'flowgate-msd-'));
    cpSync(FIXTURE, head, { recursive: true });
    const k = path.join(head, 'kustomize/kustomization.yaml');
    writeFileSync(k, readFileSync(k, 'utf8').replace('# - components/network-policies', '- components/network-policies'));
    const r = await cliWithPath(`${path.resolve('test/render/bin')}${path.delimiter}${process.env.PATH ?? SYSTEM_PATH}`, ['diff', FIXTURE, head, '--format', 'json']);
    const json = JSON.parse(r.stdout) as Report;
    expect(json.detected).toBe(true);
    expect(json.environments.map((e) => [e.name, e.source.kind])).toEqual([
      ['helm-chart', 'helm'],
      ['kubernetes-manifests', 'kustomize'],
      ['kustomize', 'kustomize'],
      ['kustomize/tests/network-policies-with-all-components', 'kustomize'],
      ['manifests', 'manifests'],
    ]);
    expect(json.environments.flatMap((e) => e.diagnostics.map((d) => d.code)).filter((c) => c !== 'not-analysed')).toEqual([]);
    expect(json.environments.filter((e) => e.changes.length).map((e) => e.name)).toEqual(['kustomize']);
    expect(json.exitCode).toBe(0);
    const md = await cliWithPath(`${path.resolve('test/render/bin')}${path.delimiter}${process.env.PATH ?? SYSTEM_PATH}`, ['diff', FIXTURE, head, '--format', 'md']);
    expect(md.stdout).toContain('### Environment kustomize');
    expect(md.stdout).toContain('**Unchanged environments (4):**');
    expect(md.stdout).toContain('name: "kustomize", kustomize: "kustomize"');
    // The plain rest (release/) leaves out each rendered folder once: short enough to pin.
    expect(md.stdout).toContain('manifests: ["**/*.yaml", "**/*.yml", "**/*.json", "!helm-chart/**", "!kubernetes-manifests/**", "!kustomize/**"]');
  });
  if (!kubectl) it.skip('skipped: kubectl is not on PATH (the real kubectl kustomize renders this layout)', () => {});
});
