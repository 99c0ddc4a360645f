// Bundles the command line to dist/cli.js (and, with the action, dist/index.js): one ESM file each, every
// dependency inside, so a runner needs nothing but node.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import license from 'rollup-plugin-license';

/** Licences a bundled dependency may carry: permissive ones, which ask only for their notice to travel along. */
const ALLOWED_LICENSES =
  '(MIT OR ISC OR BSD-2-Clause OR BSD-3-Clause OR Apache-2.0 OR 0BSD OR BlueOak-1.0.0)';

/** The bundle's plugins; every dependency it takes in is listed, with its licence text, beside it. */
const plugins = (bundle) => [
  typescript({ tsconfig: './tsconfig.build.json' }),
  nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
  commonjs(),
  json(),
  license({
    thirdParty: {
      includePrivate: false,
      output: { file: `dist/${bundle}.licenses.txt` },
      // a dependency with another licence, or none, fails the build
      allow: { test: ALLOWED_LICENSES, failOnUnlicensed: true, failOnViolation: true },
    },
  }),
];

/** dockerfile-ast's modules import each other in cycles that are harmless at run time; see also below */
function onwarn(warning, warn) {
  // compiled TypeScript helpers in dependencies refer to a top-level `this`; in ESM it is undefined, as they expect
  if (warning.code === 'THIS_IS_UNDEFINED' && warning.id?.includes('node_modules')) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules')))
    return;
  warn(warning);
}

/** @type {import('rollup').RollupOptions[]} */
const config = [
  {
    input: 'src/cli-main.ts',
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node', sourcemap: false },
    plugins: plugins('cli'),
    onwarn,
  },
  // the reader thread of both (see src/read-ahead.ts), beside them
  {
    input: 'src/reader-thread.ts',
    output: { file: 'dist/reader.js', format: 'es', sourcemap: false },
    plugins: plugins('reader'),
    onwarn,
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/index.js', format: 'es', sourcemap: false },
    plugins: plugins('index'),
    onwarn,
  },
];

export default config;
