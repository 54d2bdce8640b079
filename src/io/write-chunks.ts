import { createWriteStream } from 'node:fs';

/** Where chunks go: a Node writable (stdout, a file stream) or anything with `write`. */
export interface ChunkSink {
  /** False when the sink's buffer is full: wait for 'drain' before writing more. */
  write(chunk: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
}

/** Chunks are gathered to about this many characters per write. */
const BATCH = 64 * 1024;

/**
 * Writes chunks as they are produced, in batches, waiting for 'drain' whenever the sink says its
 * buffer is full: the memory stays bounded whatever the size of the output, and a slow pipe is
 * never flooded.
 */
export async function writeChunks(sink: ChunkSink, chunks: Iterable<string>): Promise<void> {
  let batch: string[] = [];
  let size = 0;
  const flush = async () => {
    const text = batch.join('');
    batch = [];
    size = 0;
    if (sink.write(text) === false && sink.once) await new Promise<void>((resolve) => sink.once!('drain', resolve));
  };
  for (const c of chunks) {
    batch.push(c);
    size += c.length;
    if (size >= BATCH) await flush();
  }
  if (size) await flush();
}

/** Writes chunks to a file through a stream (never one large string); rejects on a write error. */
export async function writeChunksToFile(file: string, chunks: Iterable<string>): Promise<void> {
  const stream = createWriteStream(file);
  const failed = new Promise<never>((_resolve, reject) => stream.once('error', reject));
  // Observed by the race below; an error after it settled must not be an unhandled rejection.
  failed.catch(() => undefined);
  const done = (async () => {
    await writeChunks(stream, chunks);
    await new Promise<void>((resolve) => stream.end(resolve));
  })();
  try {
    await Promise.race([done, failed]);
  } finally {
    if (!stream.closed) stream.destroy();
  }
}
