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
  ])('rejects %s = %s', (name, value, message) => {
    expect(() => parseInputs(from({ [name]: value }))).toThrow(message);
  });

  it('splits multi-line inputs on CRLF too', () => {
    expect(inputLines('a\r\n  b  \r\n#c\r\n')).toEqual(['a', 'b']);
  });
});
