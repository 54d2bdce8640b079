import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/action/inputs';
import { DEFAULT_GLOBS } from '../../src/io/globs';

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const action = parse(readFileSync(path.resolve(__dirname, '../../action.yml'), 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('runs the committed bundle on the current actions runtime', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the inputs the code reads, each optional with a default', () => {
    const read: string[] = [];
    parseInputs((name) => (read.push(name), ''));
    expect(Object.keys(action.inputs).sort()).toEqual([...new Set(read)].sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.required ?? false, name).toBe(false);
      expect(input.default, name).toBeDefined();
    }
  });

  it('has defaults that parse to the documented behaviour', () => {
    const defaults = (name: string) => (name === 'token' ? 'ghs_from_github_token' : (action.inputs[name]?.default ?? ''));
    expect(parseInputs(defaults)).toEqual({
      token: 'ghs_from_github_token',
      manifests: DEFAULT_GLOBS,
      rulesFile: '.github/flowgate.yml',
      defaultNamespace: 'default',
      failOn: 'new',
      comment: 'update',
      commentId: 'flowgate',
      prNumber: null,
      appSlug: null,
    });
    expect(action.inputs.token!.default).toBe('${{ github.token }}');
  });

  // The e2e test checks that a run sets exactly these.
  it('declares the outputs the action sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual(['changed', 'closed', 'new-violations', 'opened', 'report-json', 'report-markdown', 'sarif-file', 'violations']);
  });
});
