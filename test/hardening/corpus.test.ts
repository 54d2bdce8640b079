import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/io/read-result';
import { MAX_DEPTH, MAX_DOCUMENTS, MAX_FILE_DIAGNOSTICS } from '../../src/yaml/guards';
import { caseFiles, diagnosticKeys, flowPairsOf, reachCli, reachCliInProcess, reachLibrary, ROOT, stageCase, type Expected, type ReachJson } from './support/run-case';

// Bad input must never crash flowgate, lose a finding or pass silently: every case below is run
// beside a valid Pod + NetworkPolicy (fixtures/good.yaml) through the library and the CLI. The
// generated cases (the limits: sizes, depths, counts) run the built dist/cli.js as a process; the
// cases on disk run the CLI's entry (runCli) in this process, which costs no node start-up.

const CORPUS = path.join(ROOT, 'test/hardening/corpus');

interface Case {
  name: string;
  files: () => Promise<Record<string, string | Buffer>>;
  expected: Expected;
}

const diskCases: Case[] = readdirSync(CORPUS)
  .sort()
  .map((name) => ({
    name,
    files: () => caseFiles(path.join(CORPUS, name)),
    expected: JSON.parse(readFileSync(path.join(CORPUS, name, 'expected.json'), 'utf8')) as Expected,
  }));

const tooDeep = (file: string, line: number) => ({ code: 'yaml-too-deep', file, line, message: `more than ${MAX_DEPTH} levels deep` });

/** Cases too big to commit: generated here, into the case's temporary directory. */
const generatedCases: Case[] = [
  {
    name: 'a 50 MB file',
    // A valid Pod repeated: were the limit not kept, it would be parsed (slowly) and analysed.
    files: async () => {
      const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: huge\n  namespace: bad\n---\n';
      return { 'huge.yaml': Buffer.from(pod.repeat(Math.ceil((50 * 1024 * 1024) / pod.length))) };
    },
    expected: {
      description: `above MAX_FILE_BYTES (${MAX_FILE_BYTES})`,
      exit: 2,
      diagnostics: [{ code: 'file-too-large', file: 'huge.yaml', line: 1, message: 'above the 16 MiB limit' }],
    },
  },
  {
    name: '100,000 nested [',
    files: async () => ({ 'deep.yaml': '['.repeat(100_000) }),
    expected: { description: 'flow sequences', exit: 2, diagnostics: [tooDeep('deep.yaml', 1)] },
  },
  {
    name: '100,000 nested { closed again, in JSON',
    files: async () => ({ 'deep.json': `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}` }),
    expected: { description: 'flow mappings', exit: 2, diagnostics: [tooDeep('deep.json', 1)] },
  },
  {
    name: '100,000 nested block sequences on one line',
    files: async () => ({ 'deep.yaml': `${'- '.repeat(100_000)}x\n` }),
    expected: { description: 'compact block sequences', exit: 2, diagnostics: [tooDeep('deep.yaml', 1)] },
  },
  {
    name: '2,000 nested block mappings',
    // Line n opens the n-th mapping; the one past the limit is on line MAX_DEPTH + 1.
    files: async () => ({ 'deep.yaml': `${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} x\n` }),
    expected: { description: 'indentation', exit: 2, diagnostics: [tooDeep('deep.yaml', MAX_DEPTH + 1)] },
  },
  {
    name: 'a chain of aliases nesting deeper than the limit',
    files: async () => {
      let s = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: chain}\ndata:\n  a0: &a0 x\n';
      for (let i = 1; i <= MAX_DEPTH + 10; i++) s += `  a${i}: &a${i} [*a${i - 1}]\n`;
      return { 'chain.yaml': s };
    },
    expected: { description: 'alias chain', exit: 2, diagnostics: [{ code: 'yaml-too-deep', file: 'chain.yaml', line: 1, message: 'with its aliases expanded' }] },
  },
  {
    // Empty `---` sections are no documents (kubectl skips them); 100,001 of them cost nothing.
    name: '100,001 documents',
    files: async () => ({ 'docs.yaml': 'a: 1\n---\n'.repeat(MAX_DOCUMENTS + 1) }),
    expected: { description: 'MAX_DOCUMENTS', exit: 2, diagnostics: [{ code: 'yaml-too-large', file: 'docs.yaml', line: 1, message: `more than ${MAX_DOCUMENTS} documents (the limit is passed on line ${2 * MAX_DOCUMENTS + 1})` }] },
  },
  {
    name: '100,000 lines of unrendered template',
    // Five syntax errors a line, each an Error object in the yaml library: reading stops early.
    // Issue 10 item 10: a template is named as one, not as "more than 200 YAML errors".
    files: async () => ({ 'chart.yaml': '{{ .Values.x }}\n'.repeat(100_000) }),
    expected: { description: 'past the YAML error limit, a template is named as one', exit: 2, diagnostics: [{ code: 'template', file: 'chart.yaml', line: 1, message: 'holds a Go template' }] },
  },
  {
    name: 'a quoted string of a million bad escapes',
    files: async () => ({ 'escapes.yaml': `a: "${'\\q'.repeat(1_000_000)}"\n` }),
    expected: {
      description: 'errors past MAX_YAML_ERRORS are counted, not kept',
      exit: 2,
      diagnostics: [
        ...Array.from({ length: MAX_FILE_DIAGNOSTICS }, () => ({ code: 'yaml-syntax', file: 'escapes.yaml', line: 1, message: 'Invalid escape sequence' })),
        { code: 'too-many-diagnostics', file: 'escapes.yaml', line: 1, message: `${1_000_000 - MAX_FILE_DIAGNOSTICS} more problems` },
      ],
    },
  },
  {
    name: '100 broken lines',
    files: async () => ({ 'broken.yaml': Array.from({ length: 100 }, () => 'a: b: c').join('\n') }),
    expected: {
      description: 'at most MAX_FILE_DIAGNOSTICS per file, then a count',
      exit: 2,
      diagnostics: [
        ...Array.from({ length: MAX_FILE_DIAGNOSTICS }, (_, i) => ({ code: 'yaml-syntax', file: 'broken.yaml', line: i + 1, message: 'Nested mappings' })),
        { code: 'too-many-diagnostics', file: 'broken.yaml', line: MAX_FILE_DIAGNOSTICS, message: `${100 - MAX_FILE_DIAGNOSTICS} more problems` },
      ],
    },
  },
];

function checkReport(report: ReachJson, expected: Expected): void {
  // Exactly the expected diagnostics, at the expected lines; none from the valid neighbour.
  expect(diagnosticKeys(report.diagnostics)).toEqual(diagnosticKeys(expected.diagnostics));
  for (const e of expected.diagnostics) {
    const found = report.diagnostics.find((d) => d.code === e.code && d.file === e.file && d.line === e.line && d.message.includes(e.message));
    expect(found, `${e.code} at ${e.file}:${e.line} with "${e.message}" in ${JSON.stringify(report.diagnostics)}`).toBeDefined();
  }
  // The rest of the input is analysed: the valid neighbour's pods and the policy that isolates server.
  const ids = report.endpoints.map((e) => e.id);
  expect(ids).toEqual(expect.arrayContaining(['good/client[Pod]', 'good/server[Pod]', ...(expected.endpoints ?? [])]));
  expect(report.version).toBe(2);
  expect(flowPairsOf(report).filter((f) => f.to === 'good/server[Pod]')).toEqual([{ from: 'good/client[Pod]', to: 'good/server[Pod]', allow: { TCP: [[8080, 8080]] } }]);
}

const cases = [...diskCases.map((c) => ({ ...c, cli: reachCliInProcess })), ...generatedCases.map((c) => ({ ...c, cli: reachCli }))];

describe.each(cases)('bad input: $name', ({ files, expected, cli }) => {
  let dir: string;
  beforeAll(async () => {
    dir = await stageCase(await files());
    return () => fs.rm(dir, { recursive: true, force: true });
  });

  it('the library reports it with file and line and analyses the rest', async () => {
    checkReport(await reachLibrary(dir), expected);
  });

  it('the CLI reports it, exits with the expected status, and prints no stack trace', async () => {
    const run = await cli(dir);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toMatch(/internal error|Error:/);
    expect(run.code).toBe(expected.exit);
    checkReport(JSON.parse(run.stdout) as ReachJson, expected);
    // Each error is named on stderr by file and line, as an editor or CI log can jump to it.
    for (const e of expected.diagnostics.filter((d) => (d.severity ?? 'error') === 'error')) {
      expect(run.stderr).toContain(`${e.file}:${e.line}: error:`);
    }
  });
});
