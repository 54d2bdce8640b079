import { describe, expect, it } from 'vitest';
import { splitKubeStream } from '../../src/yaml/kube-stream';

// More unit cases for src/yaml/kube-stream.ts (issue 18: mutants that kube-stream-units.test.ts
// left alive), each reading from the reference reader (test/yaml/reference-reader/main.go).

describe('splitKubeStream: quotes and comments around YAML 1.1 breaks', () => {
  it.each([
    // kubectl: {a: ['x#', 'y\u2028z']}: `#` after a word starts no comment, so the quote after it opens.
    ['a # after a word, then a quoted scalar', 'a: [x#, "y\u2028z"]\n', 'a: [x#, "y\u2028z"]\n'],
  ])('%s', (_, text, chunk) => {
    expect(splitKubeStream(text)).toEqual({ chunks: [{ text: chunk, offset: 0 }], problems: [], json: false });
  });
});
