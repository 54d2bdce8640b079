// Bundles the CLI and the action entry into dist/ (committed: the action runs it as is, and
// `node dist/cli.js` works with no install step), and writes dist/licenses.txt: the licence of
// every package the bundles hold, as esbuild's metafile lists them.
import { chmodSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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
  metafile: true,
  write: false,
};

/** Writes a file at once (a rename), so a running test never reads half of it. */
function replaceFile(file, contents, mode = 0o644) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  chmodSync(tmp, mode);
  renameSync(tmp, file);
}

/** Builds one entry; returns the package folders (under node_modules) whose files it bundled. */
async function bundle(entry, outfile, options = {}, mode = 0o644) {
  const result = await build({ ...common, ...options, entryPoints: [entry], outfile });
  // `npx flowgate` and `./dist/cli.js` need the executable bit.
  replaceFile(outfile, result.outputFiles[0].contents, mode);
  const packages = new Set();
  for (const input of Object.keys(result.metafile.inputs)) {
    const m = input.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//);
    if (m) packages.add(m[1]);
  }
  return packages;
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\..*)?$/i;

/** The licence texts of the bundled packages, one section each, sorted by name. */
function licenceNotices(dirs) {
  const sections = [...dirs].map((dir) => {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const files = readdirSync(dir).filter((f) => LICENCE_FILE.test(f)).sort();
    if (!files.length) throw new Error(`${pkg.name}@${pkg.version} (${dir}) is bundled but ships no licence file: its notice cannot be kept`);
    const texts = files.map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/\r\n/g, '\n').trimEnd());
    return { key: `${pkg.name}@${pkg.version}`, text: `${pkg.name} ${pkg.version} (${pkg.license ?? 'see below'})\n${'-'.repeat(80)}\n${texts.join('\n\n')}\n` };
  });
  const unique = [...new Map(sections.map((s) => [s.key, s])).values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  const head = 'Third-party software bundled in dist/cli.js and dist/index.js, with its licence.\nflowgate itself is licensed under the Apache License 2.0 (LICENSE).\n';
  return [head, ...unique.map((s) => s.text)].join(`\n${'='.repeat(80)}\n`);
}

mkdirSync('dist', { recursive: true });
const cli = await bundle('src/cli/main.ts', 'dist/cli.js', { banner: { js: `#!/usr/bin/env node\n${banner.js}` } }, 0o755);
const action = await bundle('src/action/main.ts', 'dist/index.js');
replaceFile('dist/licenses.txt', licenceNotices(new Set([...cli, ...action])));
