import { runEntry } from './entry';

// The action's process: dist/index.js runs this module.
await runEntry();
