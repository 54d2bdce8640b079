import { afterAll, describe, expect, it } from 'vitest';
import { checkout } from '../action/git-fixture';
import { workflowCommands } from './support/commands';
import { ALLOW_WEB_TO_DB, cleanup, LOCKED_BASE, runAction, setup } from './support/harness';

// A manifest that YAML tools read differently must not hide a forbidden flow (issue 18). Two
// `<<` merges in one mapping: kubectl (go-yaml v2) applies both in order, so the second's
// `app: web` wins and the policy lets web reach the database, which the rules forbid; flowgate
// read the first's `app: api` (a flow the rules require) and passed. kustomize refuses the file.

afterAll(cleanup);

/** ALLOW_WEB_TO_DB with its peer selector written as two merges: `app: api`, then `app: web`. */
const MERGED_ALLOW = ALLOW_WEB_TO_DB.replace('allow-web-to-db', 'allow-merged-to-db').replace('              app: web\n', '              <<: {app: api}\n              <<: {app: web}\n');

describe('YAML read as kubectl reads it', () => {
  it('a policy whose selector kubectl reads through a second << merge fails the check (it opens web → db)', async () => {
    const { repo, api } = await setup(LOCKED_BASE, { 'k8s/allow-merged-to-db.yaml': MERGED_ALLOW });
    const r = await runAction({ repo, api, workspace: checkout(repo) });
    expect(r.status, r.stdout).toBe(1);
    const errors = workflowCommands(r.stdout).filter((c) => c.name === 'error');
    expect(errors.some((c) => c.properties.file === 'k8s/allow-merged-to-db.yaml' && c.properties.line === '15' && /duplicate merge key/.test(c.data))).toBe(true);
    expect(api.checkRuns[0]).toMatchObject({ conclusion: 'failure' });
  });
});
