/**
 * `npm run mutation [-- --mutate FILE ...] [--ci]`: runs Stryker over the pure core (or the
 * given files), then prints the mutation score of every file and fails when one is below 90%.
 * Equivalent mutants carry Stryker disable comments, so they count as ignored, not as survived.
 *
 * --ci: mutates only the core files whose text differs from the committed baseline
 * (mutation/incremental.json); unchanged mutants reuse the baseline's results (Stryker's
 * incremental mode), against the tests of their own area (test/<area>/). When no core file
 * changed it runs nothing and finishes at once. The threshold applies to the files it mutated;
 * files still below it in the baseline are listed, not failed on (they are issue 18's work list).
 * Without --ci, the results of the files run are merged into the baseline (commit it).
 *
 * --baseline: runs nothing; prints the committed baseline's score per file as a Markdown table
 * (README "Development"), then the core files it does not hold yet.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(import.meta.dirname, '..');
const CONFIG = 'mutation/stryker.config.mjs';
const BASELINE = path.join(ROOT, 'mutation/incremental.json');
const REPORT = path.join(ROOT, 'reports/mutation/mutation.json');
/** Stryker rewrites its incremental file with the files of this run only: it works on a copy. */
const WORKING = path.join(ROOT, 'reports/mutation/incremental.json');
const CORE = ['src/model', 'src/yaml', 'src/manifests', 'src/engine', 'src/diff', 'src/rules', 'src/exposure'];
const THRESHOLD = 90;
/**
 * An area whose own folder holds tests too slow to run per mutant within CI's 20 minutes: the
 * tests its baseline was measured with. test/yaml's kubectl differential (a Go reader and 19
 * kustomize processes per load, ~8 CPU-s) and its fast-path property file (~10 CPU-s) would cost
 * that per mutant they cover; the unit tables pin the same readings.
 */
const AREA_TESTS = { yaml: 'test/yaml/*-units.test.ts,test/yaml/guards.test.ts' };

function walk(dir) {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    return statSync(path.join(ROOT, rel)).isDirectory() ? walk(rel) : rel.endsWith('.ts') ? [rel] : [];
  });
}

/**
 * Core files whose text differs from the baseline's copy, and core files the baseline does not
 * hold yet (a full `npm run mutation` adds them; CI leaves them to it, to stay within its time).
 */
function changedSinceBaseline() {
  const files = existsSync(BASELINE) ? JSON.parse(readFileSync(BASELINE, 'utf8')).files ?? {} : {};
  const core = CORE.flatMap(walk);
  const types = new Set(core.filter((f) => files[f] === undefined && typesOnly(f)));
  return {
    changed: core.filter((f) => files[f] !== undefined && files[f].source !== readFileSync(path.join(ROOT, f), 'utf8')),
    unmeasured: core.filter((f) => files[f] === undefined && !types.has(f)),
    typesOnly: [...types],
  };
}

/** A file of types only: nothing is left of it in JavaScript, so Stryker makes no mutant and it never enters the baseline. */
function typesOnly(file) {
  const js = ts.transpileModule(readFileSync(path.join(ROOT, file), 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, removeComments: true } }).outputText;
  return js.replace(/export \{\};?/g, '').trim() === '';
}

/** Killed and timed-out mutants over all that count: equivalent (ignored) and uncompilable ones do not. */
function scores(report) {
  return Object.entries(report.files)
    .map(([file, { mutants }]) => {
      const n = (s) => mutants.filter((m) => m.status === s).length;
      const detected = n('Killed') + n('Timeout');
      const counted = detected + n('Survived') + n('NoCoverage');
      // Ignored: an equivalent mutant (a disable comment) or, with ignoreStatic, a static one (not run).
      const staticOnes = mutants.filter((m) => m.status === 'Ignored' && /^Static mutant/.test(m.statusReason ?? '')).length;
      return { file, score: counted ? (100 * detected) / counted : 100, counted, survived: n('Survived') + n('NoCoverage'), ignored: n('Ignored') - staticOnes, staticOnes };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * Stryker numbers the tests of each run from 0, and its incremental mode looks the tests of a
 * mutant (killedBy, coveredBy) up by that id across every test file of the baseline: ids of
 * two merged runs would collide and pin a mutant to another run's test. Each id becomes
 * `<test file> <name>` (with `@<line>:<column>` where the runner reports it), the same in every run
 * (entries merged before this read `<test file>#<n>`; a re-run of their file renews them).
 */
function uniqueTestIds(run) {
  const ids = new Map();
  const testFiles = Object.fromEntries(
    Object.entries(run.testFiles ?? {}).map(([file, tf]) => [
      file,
      {
        ...tf,
        tests: tf.tests.map((t) => {
          // Stable across runs: the test's name and place where the runner gives one (Stryker's own key), not its index.
          const id = t.location ? `${file}@${t.location.start.line}:${t.location.start.column} ${t.name}` : `${file} ${t.name}`;
          ids.set(t.id, id);
          return { ...t, id };
        }),
      },
    ]),
  );
  const rename = (list) => list?.map((id) => ids.get(id) ?? id);
  const files = Object.fromEntries(
    Object.entries(run.files).map(([file, f]) => [file, { ...f, mutants: f.mutants.map((m) => ({ ...m, killedBy: rename(m.killedBy), coveredBy: rename(m.coveredBy) })) }]),
  );
  return { ...run, files, testFiles };
}

/**
 * The baseline keeps every file's last results; the files this run mutated replace theirs.
 * Stryker's file also carries the other baseline files (copied in as its incremental input,
 * their test ids renumbered by this run): those entries are not taken, so a run on one file
 * never rewrites another's results.
 */
function mergeIntoBaseline(stryked, mutated) {
  const run = uniqueTestIds(stryked);
  const base = existsSync(BASELINE) ? JSON.parse(readFileSync(BASELINE, 'utf8')) : { ...run, files: {}, testFiles: {} };
  const files = Object.fromEntries(Object.entries(run.files).filter(([f]) => mutated === null || mutated.includes(f)));
  // Only the test files these mutants name: the others keep the ids the baseline's mutants use.
  const named = new Set(Object.values(files).flatMap((f) => f.mutants.flatMap((m) => [...(m.killedBy ?? []), ...(m.coveredBy ?? [])])));
  const testFiles = Object.fromEntries(Object.entries(run.testFiles).filter(([, tf]) => tf.tests.some((t) => named.has(t.id))));
  const merged = { ...base, files: { ...base.files, ...files }, testFiles: { ...base.testFiles, ...testFiles } };
  writeFileSync(BASELINE, `${JSON.stringify(merged, null, 1)}\n`);
}

const args = process.argv.slice(2);
if (args.includes('--baseline')) {
  const rows = existsSync(BASELINE) ? scores(JSON.parse(readFileSync(BASELINE, 'utf8'))) : [];
  console.log('| file | mutants | killed (or timed out) | survived | equivalent | static, not run | score |\n|---|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.file} | ${r.counted} | ${r.counted - r.survived} | ${r.survived} | ${r.ignored} | ${r.staticOnes} | ${+r.score.toFixed(1)}% |`);
  const { unmeasured, typesOnly: types } = changedSinceBaseline();
  console.log(`\nnot in the baseline yet (${unmeasured.length}): ${unmeasured.join(', ') || 'none'}`);
  console.log(`types only, no mutant to make (${types.length}): ${types.join(', ') || 'none'}`);
  process.exit(0);
}
const ci = args.includes('--ci');
const strykerArgs = args.filter((a) => a !== '--ci');
/** With --ci, the files this run mutates: the threshold applies to them (a change may not leave a file it touches below it). */
let mutated = null;
if (ci) {
  const { changed, unmeasured } = changedSinceBaseline();
  mutated = changed;
  if (unmeasured.length) console.log(`mutation: not in the baseline yet (run npm run mutation and commit mutation/incremental.json): ${unmeasured.join(', ')}`);
  if (!changed.length) {
    console.log('mutation: no core file changed since the baseline (mutation/incremental.json); nothing to run');
    process.exit(0);
  }
  console.log(`mutation: ${changed.length} core file(s) changed since the baseline: ${changed.join(', ')}`);
  strykerArgs.push('--mutate', changed.join(','));
  // Within CI's time: each changed file's mutants meet the tests of its own area (as the
  // baseline's were measured), e.g. src/model/cidr.ts → test/model/**.
  process.env.MUTATION_TESTS ??= [...new Set(changed.map((f) => AREA_TESTS[f.split('/')[1]] ?? `test/${f.split('/')[1]}/**/*.test.ts`))].join(',');
}
mkdirSync(path.dirname(WORKING), { recursive: true });
if (existsSync(BASELINE)) copyFileSync(BASELINE, WORKING);
const stryker = path.join(ROOT, 'node_modules/@stryker-mutator/core/bin/stryker.js');
const run = spawnSync(process.execPath, [stryker, 'run', CONFIG, '--incrementalFile', WORKING, ...strykerArgs], { cwd: ROOT, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
if (!ci) {
  const i = strykerArgs.indexOf('--mutate');
  mergeIntoBaseline(JSON.parse(readFileSync(WORKING, 'utf8')), i >= 0 ? strykerArgs[i + 1].split(',') : null);
}

const rows = scores(JSON.parse(readFileSync(REPORT, 'utf8')));
console.log('\nmutation score per file (equivalent and static mutants are not counted):');
for (const r of rows) console.log(`${r.score.toFixed(1).padStart(6)}%  ${String(r.counted).padStart(4)} mutants  ${String(r.survived).padStart(3)} left  ${String(r.ignored).padStart(3)} equivalent  ${String(r.staticOnes).padStart(3)} static  ${r.file}`);
const low = rows.filter((r) => r.score < THRESHOLD && (mutated === null || mutated.includes(r.file)));
if (mutated !== null) {
  const behind = rows.filter((r) => r.score < THRESHOLD && !mutated.includes(r.file));
  if (behind.length) console.log(`\nnot changed by this change, still below ${THRESHOLD}% in the baseline: ${behind.map((r) => r.file).join(', ')}`);
}
if (low.length) {
  console.error(`\nbelow ${THRESHOLD}%: ${low.map((r) => r.file).join(', ')} (see reports/mutation/mutation.html)`);
  process.exit(1);
}
