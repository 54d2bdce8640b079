import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fetchBaseFromHead, fetchFileAt } from '../../src/github/base-files';
import { API, REPO, expectAllDone, testClient } from './helpers';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const SHA = 'b'.repeat(40);
const isManifest = (p: string) => /\.ya?ml$/.test(p) && !p.startsWith('.github/');

function serve(path: string, text: string | null): void {
  const i = nock(API, { reqheaders: { accept: 'application/vnd.github.v3.raw' } })
    .get(`/repos/acme/shop/contents/${path}`)
    .query({ ref: SHA });
  if (text === null) i.reply(404, { message: 'Not Found' });
  else i.reply(200, text, { 'content-type': 'application/vnd.github.v3.raw; charset=utf-8' });
}

describe('fetchFileAt', () => {
  it('reads a file raw at a commit, and null where it does not exist', async () => {
    serve('.github/flowgate.yml', 'rules: {}\n');
    serve('missing.yml', null);
    const client = testClient();
    expect(await fetchFileAt(client, REPO, SHA, '.github/flowgate.yml')).toBe('rules: {}\n');
    expect(await fetchFileAt(client, REPO, SHA, 'missing.yml')).toBeNull();
    expectAllDone();
  });

  it('keeps slashes and encodes each segment', async () => {
    nock(API).get('/repos/acme/shop/contents/k8s/my%20app/%7Bx%7D.yaml').query({ ref: SHA }).reply(200, 'kind: Pod\n');
    expect(await fetchFileAt(testClient(), REPO, SHA, 'k8s/my app/{x}.yaml')).toBe('kind: Pod\n');
    expectAllDone();
  });

  it('passes other failures on', async () => {
    nock(API).get('/repos/acme/shop/contents/x.yaml').query({ ref: SHA }).reply(403, { message: 'Forbidden' });
    await expect(fetchFileAt(testClient(), REPO, SHA, 'x.yaml')).rejects.toMatchObject({ status: 403 });
  });
});

describe('fetchBaseFromHead', () => {
  it('undoes every kind of change on the head tree', async () => {
    const head = [
      { path: 'k8s/added.yaml', text: 'added' },
      { path: 'k8s/modified.yaml', text: 'modified at head' },
      { path: 'k8s/renamed-to.yaml', text: 'renamed' },
      { path: 'k8s/copy.yaml', text: 'copied' },
      { path: 'k8s/source.yaml', text: 'source' },
      { path: 'k8s/untouched.yaml', text: 'same' },
    ];
    serve('k8s/modified.yaml', 'modified at base');
    serve('k8s/removed.yaml', 'removed at head');
    serve('k8s/renamed-from.yaml', 'renamed');
    const r = await fetchBaseFromHead(
      testClient(),
      REPO,
      SHA,
      [
        { path: 'k8s/added.yaml', status: 'added' },
        { path: 'k8s/modified.yaml', status: 'modified' },
        { path: 'k8s/removed.yaml', status: 'removed' },
        { path: 'k8s/renamed-to.yaml', status: 'renamed', previousPath: 'k8s/renamed-from.yaml' },
        { path: 'k8s/copy.yaml', status: 'copied', previousPath: 'k8s/source.yaml' },
        { path: 'README.md', status: 'modified' },
      ],
      head,
      isManifest,
    );
    expect(r.files).toEqual([
      { path: 'k8s/modified.yaml', text: 'modified at base' },
      { path: 'k8s/removed.yaml', text: 'removed at head' },
      { path: 'k8s/renamed-from.yaml', text: 'renamed' },
      { path: 'k8s/source.yaml', text: 'source' },
      { path: 'k8s/untouched.yaml', text: 'same' },
    ]);
    expect(r.fetched).toEqual(['k8s/modified.yaml', 'k8s/removed.yaml', 'k8s/renamed-from.yaml']);
    expectAllDone();
  });

  it('drops a file that base does not have', async () => {
    serve('k8s/x.yaml', null);
    const r = await fetchBaseFromHead(testClient(), REPO, SHA, [{ path: 'k8s/x.yaml', status: 'modified' }], [{ path: 'k8s/x.yaml', text: 'x' }], isManifest);
    expect(r.files).toEqual([]);
    expectAllDone();
  });
});
