// npm run bench: the speed and memory of the built tool over 10,000 real Dockerfiles, as ratios to baselines
// measured in the same run on the same files. Figures, not a pass/fail test: the bars are printed beside them.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const corpus = path.resolve(repo, '..', 'shared', 'corpus', 'real');
const FILES = Number(process.env.BENCH_FILES ?? 10000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const work = path.join(os.tmpdir(), `base-image-policy-bench-${FILES}`);

function prepare() {
  const marker = path.join(work, '.complete');
  if (existsSync(marker)) return;
  rmSync(work, { recursive: true, force: true });
  const manifest = readFileSync(path.join(corpus, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const header = manifest[0].split('\t');
  const kind = header.indexOf('kind');
  const where = header.indexOf('corpus_path');
  const sources = manifest
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((c) => c[kind] !== 'symlink')
    .map((c) => path.join(corpus, c[where]))
    .filter((p) => lstatSync(p).isFile());
  for (let i = 0; i < FILES; i++) {
    const dir = path.join(
      work,
      `d${String(Math.floor(i / 100)).padStart(3, '0')}`,
      `s${String(i).padStart(5, '0')}`,
    );
    mkdirSync(dir, { recursive: true });
    copyFileSync(sources[i % sources.length], path.join(dir, 'Dockerfile'));
  }
  copyFileSync(path.join(corpus, 'MANIFEST.tsv'), marker);
}

function runOnce(args, env = process.env) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', path.join(here, 'rss.mjs'), ...args], {
    cwd: repo,
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) {
    process.stderr.write(`${args.join(' ')} failed (exit ${child.status}):\n${child.stderr}\n`);
    process.exit(1);
  }
  const [rssKb, cpuMs] = (child.output[3] ?? '0 0').trim().split(' ').map(Number);
  return { ms, cpuMs, rssMb: rssKb / 1024, output: child.stdout };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Runs every command RUNS times, round-robin, so that a slow spell of the machine falls on all of them alike;
 * reports the median wall and CPU time and the largest peak memory, and keeps each round's wall times for ratios.
 */
function measureAll(commands) {
  const runs = commands.map(() => []);
  for (let round = 0; round < RUNS; round++) {
    commands.forEach((command, i) => runs[i].push(runOnce(command.args, command.env)));
  }
  return commands.map((command, i) => ({
    label: command.label,
    ms: median(runs[i].map((r) => r.ms)),
    // the spread, so that a reader can tell a difference from the machine's noise
    minMs: Math.min(...runs[i].map((r) => r.ms)),
    maxMs: Math.max(...runs[i].map((r) => r.ms)),
    cpuMs: median(runs[i].map((r) => r.cpuMs)),
    rssMb: Math.max(...runs[i].map((r) => r.rssMb)),
    output: runs[i][runs[i].length - 1].output,
    walls: runs[i].map((r) => r.ms),
  }));
}

/**
 * A ratio of two commands' wall times: the median of the ratios within each round, where the two ran seconds
 * apart. The machine's speed drifts by a third over minutes; a ratio of medians taken from different rounds moves
 * with that drift, a ratio within a round hardly does.
 */
function ratio(a, b) {
  const perRound = a.walls.map((ms, round) => ms / b.walls[round]);
  return { value: median(perRound), min: Math.min(...perRound), max: Math.max(...perRound) };
}

if (!existsSync(path.join(repo, 'dist', 'cli.js'))) {
  process.stderr.write('dist/cli.js is missing: run npm run build first\n');
  process.exit(1);
}
prepare();
const count = readdirSync(work).filter((d) => d.startsWith('d')).length * 100;
process.stdout.write(
  `${FILES} Dockerfiles (${count} slots) in ${work}; median of ${RUNS} interleaved runs each\n\n`,
);

// the report goes to a file, as a user keeps one; a pipe would also time this script reading it
const reportFile = path.join(os.tmpdir(), `base-image-policy-bench-report-${process.pid}.json`);
const scanFile = path.join(os.tmpdir(), `base-image-policy-bench-scan-${process.pid}.json`);
// the action started as a runner starts it, on a workflow_dispatch over an empty workspace: its start-up cost
const actionDir = mkdtempSync(path.join(os.tmpdir(), 'base-image-policy-bench-action-'));
writeFileSync(path.join(actionDir, 'event.json'), '{}');
writeFileSync(path.join(actionDir, 'output'), '');
const actionEnv = {
  PATH: process.env.PATH,
  GITHUB_REPOSITORY: 'bench/bench',
  GITHUB_EVENT_NAME: 'workflow_dispatch',
  GITHUB_EVENT_PATH: path.join(actionDir, 'event.json'),
  GITHUB_WORKSPACE: actionDir,
  RUNNER_TEMP: actionDir,
  GITHUB_OUTPUT: path.join(actionDir, 'output'),
};
const [read, ast, lint, inventory, scan, bare, cli, action] = measureAll([
  { label: 'walk + read', args: [path.join(here, 'baselines', 'read.mjs'), work] },
  {
    label: 'dockerfile-ast parse (as shipped)',
    args: [path.join(here, 'baselines', 'dockerfile-ast.mjs'), work],
  },
  { label: 'dockerfilelint', args: [path.join(here, 'baselines', 'dockerfilelint.mjs'), work] },
  {
    label: 'base-image-policy inventory',
    args: [path.join(repo, 'dist', 'cli.js'), 'inventory', work, '--format', 'json', '--output', reportFile],
  },
  {
    label: 'base-image-policy scan (default policy)',
    args: [
      path.join(repo, 'dist', 'cli.js'),
      'scan',
      work,
      '--offline',
      '--format',
      'json',
      '--fail-on',
      'never',
      '--output',
      scanFile,
    ],
  },
  // what loading the bundle costs: `node dist/cli.js --version` against `node -e 0`
  { label: 'node -e 0', args: ['-e', '0'] },
  { label: 'node dist/cli.js --version', args: [path.join(repo, 'dist', 'cli.js'), '--version'] },
  { label: 'node dist/index.js (the action)', args: [path.join(repo, 'dist', 'index.js')], env: actionEnv },
]);
rmSync(actionDir, { recursive: true, force: true });
const report = JSON.parse(readFileSync(reportFile, 'utf8'));
rmSync(reportFile, { force: true });
const scanReport = JSON.parse(readFileSync(scanFile, 'utf8'));
rmSync(scanFile, { force: true });
const lintResult = JSON.parse(lint.output);

const rows = [read, ast, lint, inventory, scan];
const width = Math.max(...rows.map((r) => r.label.length));
for (const r of rows) {
  const perSecond = Math.round((FILES / r.ms) * 1000);
  process.stdout.write(
    `${r.label.padEnd(width)}  ${(r.ms / 1000).toFixed(2).padStart(6)} s  ` +
      `(runs ${(r.minMs / 1000).toFixed(2)}-${(r.maxMs / 1000).toFixed(2)} s, cpu ${(r.cpuMs / 1000).toFixed(2)} s)  ` +
      `${String(perSecond).padStart(7)} files/s  peak ${r.rssMb.toFixed(0).padStart(4)} MB\n`,
  );
}
const crashes = report.files.filter((f) => f.problem && f.problem.reason === 'unreadable').length;
process.stdout.write(
  `\ninventory found ${report.summary.images} image references in ${report.summary.files} files; ` +
    `${crashes} files failed; dockerfilelint crashed on ${lintResult.crashes} files\n` +
    `scan: ${scanReport.findings.length} findings (${scanReport.summary.errors} errors, ` +
    `${scanReport.summary.warnings} warnings, ${scanReport.summary.notices} notices)\n\n`,
);
const bar = (ok) => (ok ? 'met' : 'MISSED');
// ratios: the median of the rounds' ratios (their range beside it); the others are single figures
const lines = [
  [`inventory / walk+read`, ratio(inventory, read), 3, '≤'],
  [`inventory / dockerfile-ast parse`, ratio(inventory, ast), 1.5, '≤'],
  [`dockerfilelint / inventory`, ratio(lint, inventory), 3, '≥'],
  [`peak memory (MB)`, { value: inventory.rssMb }, 200, '≤'],
  [`scan / inventory`, ratio(scan, inventory), 1.2, '≤'],
  [`scan / walk+read`, ratio(scan, read), 3, '≤'],
  [`dockerfilelint / scan`, ratio(lint, scan), 3, '≥'],
  [`scan peak memory (MB)`, { value: scan.rssMb }, 200, '≤'],
  [`startup over node -e 0 (ms)`, { value: cli.ms - bare.ms }, 300, '≤'],
  [`action start over node -e 0 (ms)`, { value: action.ms - bare.ms }, 300, '≤'],
];
for (const [name, { value, min, max }, limit, op] of lines) {
  const ok = op === '≤' ? value <= limit : value >= limit;
  const range = min === undefined ? '' : `  (rounds ${min.toFixed(2)}-${max.toFixed(2)})`;
  process.stdout.write(
    `${name.padEnd(34)} ${value.toFixed(2).padStart(8)}   bar ${op} ${limit}: ${bar(ok)}${range}\n`,
  );
}
// every command does the same work in every round: when most of its rounds ran well above its fastest, the machine's
// other work was taking CPU. That slows the tool, which keeps two cores busy, more than the one-thread baselines, and
// the scan (more CPU in all) more than the inventory
const unsteady = [read, lint, inventory, scan]
  .map((r) => ({ label: r.label.replace(/^base-image-policy /, ''), above: r.ms / r.minMs - 1 }))
  .filter((r) => r.above > 0.1);
if (unsteady.length > 0) {
  process.stdout.write(
    `\nThe machine was unsteady during this run: the median round ran above the fastest by ` +
      `${unsteady.map((u) => `${Math.round(u.above * 100)} % (${u.label})`).join(', ')}. Ratios near a bar ` +
      `may differ in a steadier run.\n`,
  );
}
