// Bundles the command line to dist/cli.js (and, with the action, dist/index.js): one ESM file each, every
// dependency inside, so a runner needs nothing but node.
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';

const plugins = () => [
  typescript({ tsconfig: './tsconfig.build.json' }),
  nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
  commonjs(),
  json(),
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
    plugins: plugins(),
    onwarn,
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/index.js', format: 'es', sourcemap: false },
    plugins: plugins(),
    onwarn,
  },
];

export default config;
