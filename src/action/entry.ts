import * as core from '@actions/core';
import { UserError } from '../errors';
import { writeSummary } from './publish';
import { run, type RunDeps } from './run';

/**
 * The action's entry (main.ts calls it; tests call it in their own process): every failure
 * becomes a failed step with a message (and a job summary that says why), never a crash.
 */
export async function runEntry(deps: RunDeps = {}): Promise<void> {
  try {
    await run(deps);
  } catch (e) {
    const message = e instanceof UserError ? e.message : `flowgate: internal error (this is a bug): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
    core.setFailed(message);
    await writeSummary(`### flowgate\n\n**The analysis did not run:** ${message.split('\n')[0]}\n`).catch(() => undefined);
  }
}
