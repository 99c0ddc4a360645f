// The data the tool ships with (policies/: the default policy, the schema, the catalog), found from wherever the
// code runs: src/ under tests, dist/ in the action and the installed command.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

export function policiesDir(): string {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'policies');
    if (existsSync(path.join(candidate, 'policy.schema.json'))) return (cached = candidate);
    dir = path.dirname(dir);
  }
  throw new Error('the policies/ folder that comes with base-image-policy is missing');
}

export const BUILT_IN_POLICY = 'policies/default.yml';

export function builtInPolicyPath(): string {
  return path.join(policiesDir(), 'default.yml');
}
