// Bundles the two fronts into dist/. Native packages (onnxruntime-node, sharp) cannot be inlined: they stay
// external and scripts/ship-native.mjs copies pruned copies of them into dist/node_modules.
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'

/** @type {import('rollup').RollupOptions} */
const config = {
  input: { index: 'src/index.ts', cli: 'src/cli.ts' },
  external: ['onnxruntime-node', 'sharp'],
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: false,
    // Stable names keep check-dist's diff meaningful.
    entryFileNames: '[name].js',
    chunkFileNames: '[name].js',
    banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : '')
  },
  plugins: [
    typescript({ tsconfig: 'tsconfig.build.json' }),
    json(),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }),
    commonjs()
  ],
  onwarn(warning, warn) {
    // @actions/* and octokit are CommonJS/ESM hybrids whose top-level `this` is harmless.
    if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return
    warn(warning)
  }
}

export default config
