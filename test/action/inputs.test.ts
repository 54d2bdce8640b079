import { describe, expect, it } from 'vitest';
import { inputLines, parseInputs } from '../../src/action/inputs';
import { DEFAULT_GLOBS } from '../../src/io/globs';

const from = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('parseInputs', () => {
  it('gives every input a default', () => {
    expect(parseInputs(from({}))).toEqual({
      token: '',
      manifests: DEFAULT_GLOBS,
      rulesFile: '.github/flowgate.yml',
      defaultNamespace: 'default',
      failOn: 'new',
      comment: 'update',
      commentId: 'flowgate',
      prNumber: null,
      appSlug: null,
    });
  });

  it('reads the values action.yml passes', () => {
    const got = parseInputs(
      from({ token: ' ghs_x ', manifests: 'k8s/**/*.yaml\n\n# helm output\nrendered/*.yml\n', 'rules-file': './policy/rules.yml', 'default-namespace': 'apps', 'fail-on': 'any', comment: 'off', 'comment-id': 'flowgate-prod', 'pr-number': '42' }),
    );
    expect(got).toEqual({ token: 'ghs_x', manifests: ['k8s/**/*.yaml', 'rendered/*.yml'], rulesFile: 'policy/rules.yml', defaultNamespace: 'apps', failOn: 'any', comment: 'off', commentId: 'flowgate-prod', prNumber: 42, appSlug: null });
  });

  it.each([
    ['fail-on', 'sometimes', /fail-on must be new, any or never, not "sometimes"/],
    ['comment', 'create', /comment must be update, on-change or off/],
    ['default-namespace', 'Not_A_Namespace', /default-namespace must be a namespace name/],
    ['pr-number', '#12', /pr-number must be a pull request number/],
    ['rules-file', '../secrets.yml', /rules-file must be a path inside the repository/],
    ['rules-file', '/etc/passwd', /rules-file must be a path inside the repository/],
    // It goes into an HTML comment: nothing that could close it.
    ['comment-id', 'x-->', /comment-id must be letters, digits/],
    ['comment-id', 'a b', /comment-id must be letters, digits/],
    // A folder matches no file: every pull request would pass unchecked.
    ['manifests', 'deploy', /manifests: "deploy" names a folder, which matches no file .*"deploy\/\*\*\/\*\.yaml"/],
    ['manifests', 'k8s/**/*.yaml\ndeploy/prod/', /manifests: "deploy\/prod\/" names a folder/],
    ['manifests', '!k8s/old', /manifests: "!k8s\/old" names a folder/],
  ])('rejects %s = %s', (name, value, message) => {
    expect(() => parseInputs(from({ [name]: value }))).toThrow(message);
  });

  it('takes globs, file names and `**` for every file of a folder', () => {
    const globs = ['k8s/**', 'deploy/app.yaml', 'charts/x/templates/*', 'Kustomization.yml', '**/*.{yaml,yml}', 'k8s/[ab]*', '!k8s/old/**'];
    expect(parseInputs(from({ manifests: globs.join('\n') })).manifests).toEqual(globs);
  });

  it('splits multi-line inputs on CRLF too', () => {
    expect(inputLines('a\r\n  b  \r\n#c\r\n')).toEqual(['a', 'b']);
  });
});
