// scan: the whole flow for a set of paths: discover → read → extract → evaluate, file by file, with the counts
// and the verdict. Reports are built from what this hands on.
import { catalogWith } from './catalog.js';
import { evaluateFile, policyFindings, todayUtc, VerdictCache, type Finding } from './evaluate.js';
import { forEachScanned, type InventoryOptions } from './inventory.js';
import type { Policy, Severity } from './policy/types.js';
import { isRealDate } from './policy/load.js';
import type { DigestFacts } from './resolve/digests.js';
import { UsageError, type ScannedFile } from './types.js';

export type FailOn = Severity | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];

export interface ScanOptions extends InventoryOptions {
  policy: Policy;
  failOn?: FailOn;
  /** YYYY-MM-DD (default: today, UTC) */
  today?: string;
  /** keep every finding for the result (default true); a caller that takes them from `each` can say no */
  retainFindings?: boolean;
  /** what registries said about the tags (see resolve/digests.ts) */
  digests?: DigestFacts;
}

export interface Counts {
  errors: number;
  warnings: number;
  notices: number;
  passed: boolean;
}

export interface ScanResult {
  findings: Finding[];
  counts: Counts;
  files: number;
  images: number;
}

const RANK: Record<FailOn, number> = { error: 0, warning: 1, notice: 2, never: -1 };

function count(counts: Counts, findings: Finding[], failOn: FailOn): void {
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.notices++;
    if (RANK[f.severity] <= RANK[failOn]) counts.passed = false;
  }
}

/**
 * Scan and judge. `each` sees every file with its findings as soon as it is done, so that reports can be written
 * without holding every file; the findings of all files (and of the policy) are returned, unless the caller says
 * it keeps them itself: then `each` also sees the policy's own findings, with no file, at the end.
 */
export function scan(
  options: ScanOptions,
  each?: (file: ScannedFile | null, findings: Finding[]) => void,
): ScanResult {
  return judge(options, (handle) => forEachScanned(options, handle), each);
}

/** Judge Dockerfiles that were read some other way (through an API, as data). */
export function scanScanned(
  files: Iterable<ScannedFile>,
  options: Omit<ScanOptions, keyof InventoryOptions>,
  each?: (file: ScannedFile | null, findings: Finding[]) => void,
): ScanResult {
  return judge(
    options,
    (handle) => {
      for (const file of files) handle(file);
    },
    each,
  );
}

function judge(
  options: Omit<ScanOptions, keyof InventoryOptions>,
  iterate: (handle: (file: ScannedFile) => void) => void,
  each?: (file: ScannedFile | null, findings: Finding[]) => void,
): ScanResult {
  const catalog = catalogWith(options.policy.catalog);
  const today = options.today ?? todayUtc();
  const failOn = options.failOn ?? 'error';
  const retain = options.retainFindings ?? true;
  const counts: Counts = { errors: 0, warnings: 0, notices: 0, passed: true };
  const policyProblems = policyFindings(options.policy);
  count(counts, policyProblems, failOn);
  const findings: Finding[] = retain ? policyProblems : [];
  let files = 0;
  let images = 0;
  const evaluation = {
    policy: options.policy,
    catalog,
    today,
    digests: options.digests,
    verdicts: new VerdictCache(),
  };
  iterate((file) => {
    const found = evaluateFile(file, evaluation);
    files++;
    images += file.images.length;
    count(counts, found, failOn);
    if (retain) for (let i = 0; i < found.length; i++) findings.push(found[i]);
    each?.(file, found);
  });
  if (!retain) each?.(null, policyProblems);
  return { findings, counts, files, images };
}

/** The day exceptions and end-of-life dates are judged on; BASE_IMAGE_POLICY_TODAY pins it for repeatable reports. */
export function pinnedToday(env: NodeJS.ProcessEnv): string | undefined {
  const pinned = env.BASE_IMAGE_POLICY_TODAY;
  if (pinned === undefined || pinned === '') return undefined;
  if (!isRealDate(pinned))
    throw new UsageError(`BASE_IMAGE_POLICY_TODAY="${pinned}": expected a date as YYYY-MM-DD`);
  return pinned;
}
