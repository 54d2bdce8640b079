import picomatch from 'picomatch';

/** The manifests read when no globs are given. */
export const DEFAULT_GLOBS = ['**/*.yaml', '**/*.yml', '**/*.json'];

/** Folders never read, in a directory and in a git tree alike. */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git']);

/** Whether a repository path lies in a folder that is never read. */
export function inSkippedDir(p: string): boolean {
  return p.split('/').some((s) => SKIPPED_DIRS.has(s));
}

/**
 * Matches repository paths against manifest globs. dotAll (`s`): picomatch builds `**` from `.`,
 * which stops at a line break, so without it a folder named "x\n" would hide every manifest
 * under it from the analysis (a pull request could add a policy that is never checked).
 */
export function globMatcher(globs: readonly string[]): (p: string) => boolean {
  return picomatch([...globs], { dot: false, flags: 's' });
}
