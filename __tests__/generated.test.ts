// Files generated from data (scripts/generate.mjs) must be what the data says: a stale one fails here first.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
// @ts-expect-error: a plain script without types
import { generatedFiles } from '../scripts/generate.mjs';

describe('generated files', () => {
  it.each([...(generatedFiles() as Map<string, string>).entries()])(
    '%s is current (npm run generate)',
    (file, text) => {
      expect(readFileSync(path.resolve(file), 'utf8')).toBe(text);
    },
  );
});
