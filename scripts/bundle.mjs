// Bundles the CLI and the action entry into dist/ (committed: the action runs it as is, and
// `node dist/cli.js` works with no install step).
import { chmodSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
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
  write: false,
};

/** Builds one entry and replaces the output file at once (a rename), so a running test never reads half a bundle. */
async function bundle(entry, outfile, options = {}, mode = 0o644) {
  const result = await build({ ...common, ...options, entryPoints: [entry], outfile });
  const tmp = `${outfile}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  // `npx flowgate` and `./dist/cli.js` need the executable bit.
  chmodSync(tmp, mode);
  renameSync(tmp, outfile);
}

mkdirSync('dist', { recursive: true });
await bundle('src/cli/main.ts', 'dist/cli.js', { banner: { js: `#!/usr/bin/env node\n${banner.js}` } }, 0o755);
await bundle('src/action/main.ts', 'dist/index.js');
