import { expect } from 'vitest';

/** A workflow command as the runner reads it from one line of the step's output. */
export interface WorkflowCommand {
  name: string;
  properties: Record<string, string>;
  data: string;
}

/** The commands the action may issue; anything else in its output was injected. */
const ALLOWED = new Set(['add-mask', 'debug', 'notice', 'warning', 'error']);
/** Every command the runner knows (ActionCommandManager's extensions, and stop-commands). */
const REGISTERED = ['set-env', 'set-output', 'save-state', 'add-mask', 'add-path', 'add-matcher', 'remove-matcher', 'debug', 'warning', 'error', 'notice', 'group', 'endgroup', 'echo', 'stop-commands'];

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));

/**
 * Parses the output as the runner does (actions/runner ActionCommand.TryParseV2): a line that,
 * trimmed, starts with `::` is a command `::name key=value,key=value::data`. Asserts that every
 * such line is one the action may issue, with properties that escaping kept inside their field
 * (no raw `:` or `,` in a value), and returns them decoded. Any other line must not hold the
 * legacy form `##[name ...]`, which the runner (ActionCommand.TryParse) finds anywhere in a line
 * and @actions/core does not escape.
 */
export function workflowCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  // The runner splits lines at \n, \r and \r\n.
  for (const raw of stdout.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (!line.startsWith('::')) {
      const legacy = REGISTERED.find((c) => line.toLowerCase().includes(`##[${c}`));
      expect(legacy, `an injected legacy command: ${line}`).toBeUndefined();
      continue;
    }
    const end = line.indexOf('::', 2);
    expect(end, `not a command line: ${line}`).toBeGreaterThan(2);
    const info = line.slice(2, end);
    const space = info.indexOf(' ');
    const name = space < 0 ? info : info.slice(0, space);
    expect(ALLOWED, `an injected command: ${line}`).toContain(name);
    const properties: Record<string, string> = {};
    if (space >= 0) {
      for (const pair of info.slice(space + 1).split(',')) {
        const eq = pair.indexOf('=');
        expect(eq, `a broken property in: ${line}`).toBeGreaterThan(0);
        properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
      }
      expect(Object.keys(properties).every((k) => ['title', 'file', 'line', 'endLine', 'col', 'endColumn'].includes(k)), line).toBe(true);
    }
    out.push({ name, properties, data: unescapeData(line.slice(end + 2)) });
  }
  return out;
}
