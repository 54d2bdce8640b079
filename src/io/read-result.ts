import type { SourceFile } from '../model/types';

/** Files above this size are reported, not parsed (bounded time on hostile input). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** A file that was not read, and why. */
export interface SkippedFile {
  path: string;
  reason: string;
  /** A stable diagnostic code: file-too-large, symlink-outside, symlink-directory, symlink-not-followed, unreadable-file. */
  code?: string;
  /** Error unless said otherwise: a manifest that is not read is a finding lost. */
  severity?: 'error' | 'warning';
}

/** The manifests read from a directory or a git tree. */
export interface ReadResult {
  files: SourceFile[];
  /** Files that could not be read as text, with the reason. */
  skipped: SkippedFile[];
}

/**
 * A link to a folder whose files the globs would read through the link, though they are not read
 * at their own path: not followed (no loops, no file read twice), so it is an error naming them.
 */
export function linkedFolder(link: string, hidden: readonly string[]): SkippedFile {
  const more = hidden.length > 1 ? ` and ${hidden.length - 1} more` : '';
  return {
    path: link,
    code: 'symlink-directory',
    reason: `symbolic link to a folder whose files (${hidden[0]}${more}) match the manifest globs through the link but are not analysed at their own path; a deploy tool that follows the link would apply them. Replace the link with the files, or widen the globs to the folder it points to`,
  };
}

export function tooLarge(p: string, bytes: number): SkippedFile {
  return { path: p, code: 'file-too-large', reason: `file is ${(bytes / 1048576).toFixed(1)} MiB, above the ${MAX_FILE_BYTES / 1048576} MiB limit for one manifest file; it is not analysed` };
}

/** A file's bytes as text, or null (and a skipped entry) when it is too large. */
export function decode(p: string, buf: Buffer, skipped: SkippedFile[]): string | null {
  if (buf.length > MAX_FILE_BYTES) {
    skipped.push(tooLarge(p, buf.length));
    return null;
  }
  // Invalid UTF-8 turns into U+FFFD, which the parser reports with its line.
  return buf.toString('utf8');
}
