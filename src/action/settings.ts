// Every input of the action, read and checked once into one typed object: a bad value fails the run with a
// message that says what was expected.
import * as core from '@actions/core';
import { UsageError } from '../types.js';
import { FAIL_ON_VALUES, type FailOn } from '../scan.js';

export interface Settings {
  /** '' for the default: the repository's .github/base-image-policy.yml, else the built-in policy */
  policy: string;
  policyToken: string;
  token: string;
  files: string[] | undefined;
  exclude: string[] | undefined;
  scan: 'changed' | 'all' | null;
  comment: boolean;
  suggestions: boolean;
  failOn: FailOn;
  buildArgs: Map<string, string>;
  resolveDigests: boolean;
  sarifFile: string;
  /** on workflow_run: the JSON report a pull_request run made, to post its comment and suggestions */
  postReport: string;
}

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function bool(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new UsageError(`input ${name}: expected true or false, got "${value}"`);
}

function oneOf<T extends string>(name: string, allowed: readonly T[]): T | null {
  const value = core.getInput(name).trim();
  if (value === '') return null;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`input ${name}: expected one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T;
}

export function parseBuildArgLines(value: string): Map<string, string> {
  const args = new Map<string, string>();
  for (const line of lines(value)) {
    const eq = line.indexOf('=');
    const name = eq === -1 ? line : line.slice(0, eq);
    if (eq === -1 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new UsageError(`input build-args: expected NAME=value on each line, got "${line}"`);
    }
    args.set(name, line.slice(eq + 1));
  }
  return args;
}

export function readSettings(): Settings {
  const token = core.getInput('token');
  const policyToken = core.getInput('policy-token') || token;
  // never let a token reach a log, whatever prints it
  if (token) core.setSecret(token);
  if (policyToken) core.setSecret(policyToken);
  const files = lines(core.getInput('files'));
  const exclude = lines(core.getInput('exclude'));
  return {
    policy: core.getInput('policy').trim(),
    policyToken,
    token,
    files: files.length ? files : undefined,
    exclude: exclude.length ? exclude : undefined,
    scan: oneOf('scan', ['changed', 'all'] as const),
    comment: bool('comment', true),
    suggestions: bool('suggestions', true),
    failOn: oneOf('fail-on', FAIL_ON_VALUES) ?? 'error',
    buildArgs: parseBuildArgLines(core.getInput('build-args')),
    resolveDigests: bool('resolve-digests', true),
    sarifFile: core.getInput('sarif-file').trim(),
    postReport: core.getInput('post-report').trim(),
  };
}
