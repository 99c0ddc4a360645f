// The command-line face of the engine: parse flags, run, print, exit (0 passed, 1 findings, 2 usage or config).
import { closeSync, constants, fstatSync, ftruncateSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { PolicyError } from './policy/load.js';
import { loadConfiguredPolicy, loadPolicy, REPOSITORY_POLICY } from './policy/policy.js';
import type { Policy } from './policy/types.js';
import type { Platform } from './extract/extract.js';
import { catalogWith } from './catalog.js';
import { discover } from './discover.js';
import { todayUtc } from './evaluate.js';
import { fixText, unifiedDiff } from './fix.js';
import { forEachScanned, inventory, type InventoryOptions } from './inventory.js';
import { lookUpFiles, noticeText, type LookUp } from './resolve/lookup.js';
import { pinSuggestions } from './resolve/pin.js';
import { readAheadWanted } from './read-ahead.js';
import { readDockerfile } from './read.js';
import { JsonReportWriter, type ReportPiece } from './report/json.js';
import { formatMarkdown } from './report/markdown.js';
import { formatSarif } from './report/sarif.js';
import { formatInventoryText, formatScanText, useColour } from './report/text.js';
import { DEFAULT_SEVERITIES } from './rules/index.js';
import { FAIL_ON_VALUES, pinnedToday, scan, type FailOn } from './scan.js';
import { UsageError } from './types.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export const EXIT_PASSED = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

function collect(value: string, previous: string[]): string[] {
  return previous.concat([value]);
}

export function parseBuildArgs(values: string[]): Map<string, string> {
  const args = new Map<string, string>();
  for (const value of values) {
    const eq = value.indexOf('=');
    const name = eq === -1 ? value : value.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new UsageError(
        `--build-arg "${value}": expected NAME=value with NAME made of letters, digits and _`,
      );
    }
    if (eq === -1) {
      // as the builder does, NAME alone takes the value from the environment
      const fromEnv = process.env[name];
      if (fromEnv !== undefined) args.set(name, fromEnv);
      continue;
    }
    args.set(name, value.slice(eq + 1));
  }
  return args;
}

export function parsePlatform(value: string | undefined): Platform | undefined {
  if (value === undefined) return undefined;
  const parts = value.split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-z0-9_]+$/.test(p))) {
    throw new UsageError(
      `--platform "${value}": expected OS/ARCH or OS/ARCH/VARIANT, for example linux/arm64`,
    );
  }
  return { os: parts[0], arch: parts[1], variant: parts[2] ?? '' };
}

interface CommonOptions {
  format: string;
  offline?: boolean;
  insecureRegistry?: string[];
  policy?: string;
  failOn?: FailOn;
  output?: string;
  buildArg: string[];
  platform?: string;
  files: string[];
  exclude: string[];
}

function emit(text: string, output: string | undefined, io: Io): void {
  if (output) {
    try {
      writeFileSync(output, text);
    } catch (error) {
      throw new UsageError(
        `--output ${output}: cannot write: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
      );
    }
  } else {
    io.stdout(text);
  }
}

/** Where a report goes piece by piece: the output file, opened before the scan starts, or standard output. */
interface Sink {
  write: (piece: ReportPiece) => void;
  close: () => void;
}

function openSink(output: string | undefined, io: Io): Sink {
  if (output === undefined) {
    const bytes =
      io.stdoutBytes ??
      ((piece: Uint8Array) =>
        io.stdout(Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength).toString('utf8')));
    return {
      write: (piece) => (typeof piece === 'string' ? io.stdout(piece) : bytes(piece)),
      close: () => {},
    };
  }
  let fd: number;
  try {
    // an existing report is written over and cut to length at the end, not emptied first: emptying an 11 MB file
    // and then filling new pages took the scanning thread 8 ms more than writing into the pages it had
    fd = openSync(output, constants.O_WRONLY | constants.O_CREAT, 0o666);
  } catch (error) {
    throw new UsageError(
      `--output ${output}: cannot write: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
  // small pieces are gathered into larger writes
  let pending = '';
  let written = 0;
  const flush = (): void => {
    if (pending !== '') written += writeSync(fd, pending);
    pending = '';
  };
  return {
    write: (piece) => {
      if (typeof piece !== 'string') {
        flush();
        written += writeSync(fd, piece);
        return;
      }
      pending += piece;
      if (pending.length > 1 << 16) flush();
    },
    close: () => {
      try {
        flush();
        // what is left of a longer earlier report goes; a device or a pipe has nothing to cut
        if (fstatSync(fd).isFile()) ftruncateSync(fd, written);
      } finally {
        closeSync(fd);
      }
    },
  };
}

export interface Io {
  stdout: (s: string) => void;
  /** UTF-8 to standard output as it is; without it, such pieces are decoded and go to `stdout` */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (s: string) => void;
  /** standard error is a terminal: progress goes there */
  isTTY: boolean;
  /** standard output is a terminal: the text report is coloured */
  stdoutIsTTY?: boolean;
  env?: NodeJS.ProcessEnv;
}

const defaultIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stdoutBytes: (bytes) => process.stdout.write(bytes),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stderr.isTTY),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  env: process.env,
};

/** Ask the registries about the tags the Dockerfiles name; say once per registry that could not be asked. */
async function registryPass(
  options: InventoryOptions,
  flags: { insecureRegistry?: string[] },
  io: Io,
): Promise<LookUp> {
  const result = await lookUpFiles(options, { insecure: flags.insecureRegistry ?? [] });
  for (const notice of result.notices) io.stderr(`${TOOL_NAME}: notice: ${noticeText(notice)}\n`);
  return result;
}

/** The repository's own policy when it has one, else the built-in policy. */
async function policyFor(given: string | undefined): Promise<Policy> {
  return (await loadConfiguredPolicy(given, process.cwd(), { defaultSeverities: DEFAULT_SEVERITIES })).policy;
}

function progress(io: Io): ((done: number, finished: boolean) => void) | undefined {
  if (!io.isTTY) return undefined;
  let last = 0;
  let shown = false;
  return (done, finished) => {
    if (finished) {
      if (shown) io.stderr(`\rscanned ${done} files\n`);
      return;
    }
    // the walk goes on while files are scanned, so the count is shown without a total
    const now = Date.now();
    if (done < 200 || now - last < 200) return;
    last = now;
    shown = true;
    io.stderr(`\rscanning: ${done} files`);
  };
}

function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command(TOOL_NAME)
    .description('Enforce a base-image policy on Dockerfiles')
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run with --help for usage)');

  const inventoryOptions = (paths: string[], options: CommonOptions) => ({
    paths: paths.length ? paths : ['.'],
    files: options.files.length ? options.files : undefined,
    exclude: options.exclude.length ? options.exclude : undefined,
    buildArgs: parseBuildArgs(options.buildArg),
    platform: parsePlatform(options.platform),
    onFile: progress(io),
    readAhead: readAheadWanted(io.env ?? process.env),
  });

  const common = (command: Command, formats: string[]): Command =>
    command
      .addOption(new Option('--format <format>', 'output format').choices(formats).default('text'))
      .option('--output <file>', 'write the report to FILE instead of standard output')
      .option(
        '--build-arg <NAME=value>',
        'set a build argument, as docker build --build-arg does (repeatable)',
        collect,
        [],
      )
      .option('--platform <os/arch>', 'target and build platform for the automatic platform ARGs', undefined)
      .option('--files <glob>', 'Dockerfile name pattern (repeatable; replaces the defaults)', collect, [])
      .option('--exclude <glob>', 'pattern of paths to skip (repeatable; replaces the defaults)', collect, [])
      .option('--offline', 'ask no registry (the inventory never does)')
      .option('--insecure-registry <host>', 'a registry to reach over plain HTTP (repeatable)', collect, []);

  common(
    program
      .command('scan')
      .description('judge the Dockerfiles under PATHs against the policy')
      .argument('[paths...]', 'files or folders to scan', []),
    ['text', 'json', 'sarif', 'markdown'],
  )
    .option(
      '--policy <file>',
      `policy file (default: ${REPOSITORY_POLICY} if present, else the built-in policy)`,
    )
    .addOption(
      new Option('--fail-on <level>', 'lowest severity that fails the scan')
        .choices(FAIL_ON_VALUES)
        .default('error'),
    )
    .action(async (paths: string[], options: CommonOptions) => {
      const env = io.env ?? process.env;
      const policy = await policyFor(options.policy);
      const failOn = options.failOn ?? 'error';
      const base = inventoryOptions(paths, options);
      const lookUp = options.offline ? undefined : await registryPass(base, options, io);
      const scanOptions = { ...base, policy, failOn, today: pinnedToday(env), digests: lookUp?.facts };
      if (options.format === 'json' && !lookUp) {
        // written as the scan goes; the findings are kept as text until the files are done
        const sink = openSink(options.output, io);
        try {
          const writer = new JsonReportWriter(policy.source, sink.write);
          const result = scan({ ...scanOptions, retainFindings: false }, (file, findings) => {
            if (file) writer.add(file);
            writer.addFindings(findings);
          });
          writer.finish([], result.counts);
          setExit(result.counts.passed ? EXIT_PASSED : EXIT_FINDINGS);
        } finally {
          sink.close();
        }
        return;
      }
      const writer = options.format === 'json' ? new JsonReportWriter(policy.source) : null;
      const result = scan(scanOptions, (file) => file && writer?.add(file));
      if (lookUp) await pinSuggestions(result.findings, lookUp.resolver);
      let text: string;
      if (writer) text = writer.finish(result.findings, result.counts);
      else if (options.format === 'sarif') text = formatSarif(result.findings, policy);
      else if (options.format === 'markdown')
        text = formatMarkdown(result, { policy: policy.source, failOn });
      else {
        const colour = options.output === undefined && useColour(Boolean(io.stdoutIsTTY), env);
        text = formatScanText(result, { policy: policy.source, failOn, style: { colour } });
      }
      emit(text, options.output, io);
      setExit(result.counts.passed ? EXIT_PASSED : EXIT_FINDINGS);
    });

  common(
    program
      .command('fix')
      .description(
        'rewrite FROM lines as the safe suggestions say: approved tags, slim variants (--dry-run prints a diff)',
      )
      .argument('[paths...]', 'files or folders', []),
    ['text'],
  )
    .option(
      '--policy <file>',
      `policy file (default: ${REPOSITORY_POLICY} if present, else the built-in policy)`,
    )
    .option('--dry-run', 'print a unified diff instead of writing the files')
    .option('--pin', 'also pin each image to the digest its tag points to now (asks the registries)')
    .action(async (paths: string[], options: CommonOptions & { dryRun?: boolean; pin?: boolean }) => {
      const env = io.env ?? process.env;
      const policy = await policyFor(options.policy);
      const catalog = catalogWith(policy.catalog);
      const today = pinnedToday(env) ?? todayUtc();
      const extract = inventoryOptions(paths, options);
      if (options.pin && options.offline)
        throw new UsageError('--pin needs the registries: leave out --offline');
      const digests = options.pin ? (await registryPass(extract, options, io)).facts : undefined;
      let files = 0;
      let lines = 0;
      let diff = '';
      const skipped: string[] = [];
      for (const file of discover(extract)) {
        if (file.problem) continue;
        const read = readDockerfile(file.absolute, file.size);
        if (!read.ok) continue;
        // rewriting a file that is not valid UTF-8 would change bytes the fix does not mean to touch
        if (read.invalidUtf8) {
          skipped.push(file.path);
          continue;
        }
        const result = fixText(file.path, read.text, {
          policy,
          catalog,
          today,
          extract,
          digests,
          pin: options.pin,
        });
        if (result.applied.length === 0) continue;
        files++;
        lines += result.applied.length;
        if (options.dryRun) diff += unifiedDiff(file.path, read.text, result.text);
        else writeFileSync(file.absolute, result.text);
      }
      const summary =
        lines === 0
          ? 'nothing to fix\n'
          : `${options.dryRun ? 'would change' : 'changed'} ${lines} line${lines === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}\n`;
      for (const path of skipped) io.stderr(`${path}: not valid UTF-8; left as it is\n`);
      emit(options.dryRun ? diff + summary : summary, options.output, io);
      setExit(EXIT_PASSED);
    });

  program
    .command('validate-policy')
    .description('check a policy file and say exactly what is wrong and where')
    .argument('<file>', 'the policy file')
    .action(async (file: string) => {
      const policy = await loadPolicy(file, { defaultSeverities: DEFAULT_SEVERITIES });
      for (const problem of policy.problems) {
        io.stderr(
          `${problem.where.file}:${problem.where.line}:${problem.where.column}: ${problem.rule}: ${problem.message}\n`,
        );
      }
      io.stdout(
        `${file}: valid${policy.files.length > 1 ? ` (extends ${policy.files.slice(0, -1).join(' → ')})` : ''}\n`,
      );
      setExit(policy.problems.length > 0 ? EXIT_FINDINGS : EXIT_PASSED);
    });

  common(
    program
      .command('inventory')
      .description('list every image reference found, resolved, per file and stage')
      .argument('[paths...]', 'files or folders to scan', []),
    ['text', 'json'],
  ).action((paths: string[], options: CommonOptions) => {
    const scanOptions = inventoryOptions(paths, options);
    if (options.format === 'json') {
      const sink = openSink(options.output, io);
      try {
        const writer = new JsonReportWriter(null, sink.write);
        forEachScanned(scanOptions, (file) => writer.add(file));
        writer.finish();
      } finally {
        sink.close();
      }
    } else {
      emit(formatInventoryText(inventory(scanOptions)), options.output, io);
    }
    setExit(EXIT_PASSED);
  });
  return program;
}

/** Run the command line; returns the exit status instead of exiting, so tests can call it. */
export async function runCli(argv: string[], io: Io = defaultIo): Promise<number> {
  let code = EXIT_PASSED;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      ) {
        return EXIT_PASSED;
      }
      return EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      io.stderr(`${TOOL_NAME}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof PolicyError) {
      io.stderr(`${TOOL_NAME}: the policy cannot be used:\n${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
