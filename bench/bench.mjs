// npm run bench: the speed and memory of the built tool over 10,000 real Dockerfiles, as ratios to baselines
// measured in the same run on the same files. Figures, not a pass/fail test: the bars are printed beside them.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const corpus = path.resolve(repo, '..', 'shared', 'corpus', 'real');
const FILES = Number(process.env.BENCH_FILES ?? 10000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
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

function measure(label, args) {
  const times = [];
  let rss = 0;
  let output = '';
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath, ['--import', path.join(here, 'rss.mjs'), ...args], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (child.status !== 0) {
      process.stderr.write(`${label} failed (exit ${child.status}):\n${child.stderr}\n`);
      process.exit(1);
    }
    times.push(ms);
    rss = Math.max(rss, Number(child.output[3]?.trim() ?? 0) / 1024);
    output = child.stdout;
  }
  times.sort((a, b) => a - b);
  return { label, ms: times[Math.floor(times.length / 2)], rssMb: rss, output };
}

function startup() {
  // `node dist/cli.js --version` against `node -e 0`: what loading the bundle costs
  const bare = measure('node -e 0', ['-e', '0']);
  const cli = measure('node dist/cli.js --version', [path.join(repo, 'dist', 'cli.js'), '--version']);
  return { bare, cli };
}

if (!existsSync(path.join(repo, 'dist', 'cli.js'))) {
  process.stderr.write('dist/cli.js is missing: run npm run build first\n');
  process.exit(1);
}
prepare();
const count = readdirSync(work).filter((d) => d.startsWith('d')).length * 100;
process.stdout.write(`${FILES} Dockerfiles (${count} slots) in ${work}; median of ${RUNS} runs each\n\n`);

const read = measure('walk + read', [path.join(here, 'baselines', 'read.mjs'), work]);
const ast = measure('dockerfile-ast parse (as shipped)', [
  path.join(here, 'baselines', 'dockerfile-ast.mjs'),
  work,
]);
const lint = measure('dockerfilelint', [path.join(here, 'baselines', 'dockerfilelint.mjs'), work]);
const inventory = measure('base-image-policy inventory', [
  path.join(repo, 'dist', 'cli.js'),
  'inventory',
  work,
  '--format',
  'json',
]);
const report = JSON.parse(inventory.output);
const lintResult = JSON.parse(lint.output);
const { bare, cli } = startup();

const rows = [read, ast, lint, inventory];
const width = Math.max(...rows.map((r) => r.label.length));
for (const r of rows) {
  const perSecond = Math.round((FILES / r.ms) * 1000);
  process.stdout.write(
    `${r.label.padEnd(width)}  ${(r.ms / 1000).toFixed(2).padStart(6)} s  ${String(perSecond).padStart(7)} files/s  peak ${r.rssMb.toFixed(0).padStart(4)} MB\n`,
  );
}
const crashes = report.files.filter((f) => f.problem && f.problem.reason === 'unreadable').length;
process.stdout.write(
  `\ninventory found ${report.summary.images} image references in ${report.summary.files} files; ` +
    `${crashes} files failed; dockerfilelint crashed on ${lintResult.crashes} files\n\n`,
);
const bar = (ok) => (ok ? 'met' : 'MISSED');
const lines = [
  [`inventory / walk+read`, inventory.ms / read.ms, 3, '≤'],
  [`inventory / dockerfile-ast parse`, inventory.ms / ast.ms, 1.5, '≤'],
  [`dockerfilelint / inventory`, lint.ms / inventory.ms, 3, '≥'],
  [`peak memory (MB)`, inventory.rssMb, 200, '≤'],
  [`startup over node -e 0 (ms)`, cli.ms - bare.ms, 300, '≤'],
];
for (const [name, value, limit, op] of lines) {
  const ok = op === '≤' ? value <= limit : value >= limit;
  process.stdout.write(
    `${name.padEnd(34)} ${value.toFixed(2).padStart(8)}   bar ${op} ${limit}: ${bar(ok)}\n`,
  );
}
