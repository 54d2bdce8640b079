// Bundles the CLI and the action entry into dist/ (committed: the action runs it as is, and
// `node dist/cli.js` works with no install step).
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

const banner = {
  // An ESM bundle of CommonJS dependencies needs `require`.
  js: "import { createRequire as __flowgateCreateRequire } from 'node:module';\nconst require = __flowgateCreateRequire(import.meta.url);",
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${banner.js}` } });
await build({ ...common, entryPoints: ['src/action/main.ts'], outfile: 'dist/index.js' });
// `npx flowgate` and `./dist/cli.js` need the executable bit.
chmodSync('dist/cli.js', 0o755);
