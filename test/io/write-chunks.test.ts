import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeChunks, writeChunksToFile, type ChunkSink } from '../../src/io/write-chunks';

/** A sink whose buffer is "full" after every write until it drains (on the next tick). */
function slowSink(): ChunkSink & { text: string; writesWhileFull: number } {
  let full = false;
  let drain: (() => void) | null = null;
  const sink = {
    text: '',
    writesWhileFull: 0,
    write(chunk: string) {
      if (full) sink.writesWhileFull++;
      sink.text += chunk;
      full = true;
      setImmediate(() => {
        full = false;
        const d = drain;
        drain = null;
        d?.();
      });
      return false;
    },
    once(_event: 'drain', listener: () => void) {
      drain = listener;
    },
  };
  return sink;
}

describe('writeChunks', () => {
  it('writes every chunk in order, and waits for drain whenever the sink is full', async () => {
    const chunks = Array.from({ length: 5000 }, (_x, i) => `${'x'.repeat(100)}${i}\n`);
    const sink = slowSink();
    await writeChunks(sink, chunks);
    expect(sink.text).toBe(chunks.join(''));
    expect(sink.writesWhileFull).toBe(0);
  });

  it('consumes a generator lazily: it is not run ahead of the writes', async () => {
    let produced = 0;
    const sink = slowSink();
    const gen = function* () {
      for (let i = 0; i < 200_000; i++) {
        produced++;
        yield 'abcdefgh';
      }
    };
    const seen: number[] = [];
    const orig = sink.write.bind(sink);
    sink.write = (c: string) => {
      seen.push(produced);
      return orig(c);
    };
    await writeChunks(sink, gen());
    // Each write happens when about one batch more has been produced, not after all of it.
    expect(seen[0]!).toBeLessThan(20_000);
    expect(sink.text.length).toBe(1_600_000);
  });
});

describe('writeChunksToFile', () => {
  it('writes the chunks to the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'flowgate-chunks-'));
    try {
      const file = path.join(dir, 'out.json');
      await writeChunksToFile(file, ['{', '"a": 1', '}\n']);
      expect(readFileSync(file, 'utf8')).toBe('{"a": 1}\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects, and does not crash, when the file cannot be written', async () => {
    await expect(writeChunksToFile(path.join(tmpdir(), 'no-such-dir-flowgate', 'x', 'out.json'), ['x'])).rejects.toThrow(/ENOENT/);
  });
});
