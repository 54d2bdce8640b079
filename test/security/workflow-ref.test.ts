import { describe, expect, it } from 'vitest';
import { workflowEditNote, workflowPath } from '../../src/action/workflow-ref';

const REPO = { owner: 'acme', repo: 'shop' };

describe('the workflow that runs flowgate', () => {
  it('is read from GITHUB_WORKFLOW_REF, in this repository only', () => {
    expect(workflowPath('acme/shop/.github/workflows/ci.yml@refs/pull/7/merge', REPO)).toBe('.github/workflows/ci.yml');
    expect(workflowPath('Acme/Shop/.github/workflows/a@b.yml@refs/heads/main', REPO)).toBe('.github/workflows/a@b.yml');
    expect(workflowPath('other/repo/.github/workflows/ci.yml@refs/heads/main', REPO)).toBeNull();
    expect(workflowPath(undefined, REPO)).toBeNull();
    expect(workflowPath('', REPO)).toBeNull();
  });

  it('is named when the pull request changes, renames or removes it', () => {
    const wf = '.github/workflows/ci.yml';
    expect(workflowEditNote(wf, { files: [{ path: wf, status: 'modified' }], truncated: false })).toContain(`changes ${wf}, the workflow that runs flowgate`);
    expect(workflowEditNote(wf, { files: [{ path: 'x.yml', status: 'renamed', previousPath: wf }], truncated: false })).not.toBeNull();
    expect(workflowEditNote(wf, { files: [{ path: 'k8s/a.yaml', status: 'modified' }], truncated: false })).toBeNull();
    expect(workflowEditNote(wf, null)).toBeNull();
    expect(workflowEditNote(null, { files: [{ path: wf, status: 'modified' }], truncated: false })).toBeNull();
  });
});
