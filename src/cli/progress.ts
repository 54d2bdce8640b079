/** Progress of a long run on stderr: one line, rewritten in place, cleared when done. */
export interface Progress {
  step(message: string): void;
  done(): void;
}

const SILENT: Progress = { step: () => {}, done: () => {} };

/**
 * Progress on a terminal only: when stderr is a pipe or a file (CI logs, `2> err.txt`), nothing
 * is written, so logs and captured output hold diagnostics alone.
 */
export function progressOn(stderr: { write(s: string): unknown; isTTY?: boolean }): Progress {
  if (!stderr.isTTY) return SILENT;
  let shown = false;
  return {
    step(message) {
      // \r and "erase to end of line" rewrite the one progress line.
      stderr.write(`\r\u001b[Kflowgate: ${message}…`);
      shown = true;
    },
    done() {
      if (shown) stderr.write('\r\u001b[K');
      shown = false;
    },
  };
}
