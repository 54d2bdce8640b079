import * as core from '@actions/core';
import { UserError } from '../errors';
import { run } from './run';

// The action's entry: every failure becomes a failed step with a message, never a crash.
try {
  await run();
} catch (e) {
  if (e instanceof UserError) core.setFailed(e.message);
  else core.setFailed(`flowgate: internal error (this is a bug): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
}
