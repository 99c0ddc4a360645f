// Runs the built dist/index.js exactly as a runner does: inputs as INPUT_* (hyphens kept), the event payload in a
// file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and the API at GITHUB_API_URL (the local stand-in).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { tempTree } from './cli.js';
import { REPO_ROOT } from './conformance.js';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const require = createRequire(import.meta.url);

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  ms: number;
}

/** A webhook payload from @octokit/webhooks-examples, for the event and action named. */
export function examplePayload(event: string, action?: string): Json {
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as {
    name: string;
    examples: Json[];
  }[];
  const entry = all.find((e) => e.name === event);
  if (!entry) throw new Error(`no example payload for ${event}`);
  const example =
    entry.examples.find((e) => action === undefined || e.action === action) ?? entry.examples[0];
  return structuredClone(example);
}

export const workspace = (files: Record<string, string>): string => tempTree(files, 'bip-ws-');

function parseOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(file)) return out;
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

export async function runAction(options: {
  apiUrl: string;
  event: string;
  payload: Json;
  workspace: string;
  inputs?: Record<string, string>;
  repository?: string;
  env?: Record<string, string>;
}): Promise<ActionRun> {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'bip-runner-'));
  const eventPath = path.join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  const outputFile = path.join(temp, 'output');
  const summaryFile = path.join(temp, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputs = {
    token: 'ghs_testtoken0123456789',
    comment: 'true',
    suggestions: 'true',
    'fail-on': 'error',
    ...options.inputs,
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: temp,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository ?? 'octo-org/app',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: options.apiUrl,
    RUNNER_TEMP: temp,
    BASE_IMAGE_POLICY_TODAY: '2026-11-23',
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const start = Date.now();
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', 'index.js')], {
    cwd: options.workspace,
    env,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(outputFile),
    summary: readFileSync(summaryFile, 'utf8'),
    ms: Date.now() - start,
  };
}
