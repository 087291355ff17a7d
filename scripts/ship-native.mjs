// Copies the native runtime packages that rollup leaves external into dist/node_modules, pruned to the
// platforms dist/ supports (linux-x64), so `node dist/cli.js` works from a copy of dist/ and package.json alone.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const target = path.join(root, 'dist', 'node_modules')
const source = path.join(root, 'node_modules')

/** Package name → files and folders to keep (relative to the package). */
const keep = {
  'onnxruntime-node': ['package.json', 'LICENSE', 'dist', 'bin/napi-v6/linux/x64'],
  'onnxruntime-common': ['package.json', 'LICENSE', 'dist/cjs', 'dist/esm'],
  sharp: ['package.json', 'LICENSE', 'dist'],
  '@img/sharp-linux-x64': ['package.json', 'LICENSE', 'index.cjs', 'lib'],
  '@img/sharp-libvips-linux-x64': ['package.json', 'README.md', 'versions.json', 'lib'],
  '@img/colour': ['package.json', 'LICENSE.md', 'color.cjs', 'index.cjs'],
  'detect-libc': ['package.json', 'LICENSE', 'lib'],
  semver: [
    'package.json',
    'LICENSE',
    'classes',
    'functions',
    'internal',
    'ranges',
    'index.js',
    'preload.js'
  ]
}

// onnxruntime's npm packages declare MIT but publish no licence file; the text is the upstream repository's
// (scripts/notices/README.md). Every shipped package must end up with its licence next to it.
const upstreamLicense = {
  'onnxruntime-node': 'scripts/notices/onnxruntime.LICENSE',
  'onnxruntime-common': 'scripts/notices/onnxruntime.LICENSE'
}
// @img/sharp-libvips-linux-x64 is LGPL-3.0-or-later; its README.md (kept) lists the licences of the libraries
// inside libvips-cpp.so, and the library stays a separate, replaceable file as the LGPL asks.
const licenseInReadme = new Set(['@img/sharp-libvips-linux-x64'])
const licenseFiles = /^(licen[cs]e|copying|notice)/i

rmSync(target, { recursive: true, force: true })
for (const [name, entries] of Object.entries(keep)) {
  const from = path.join(source, name)
  if (!existsSync(from)) throw new Error(`ship-native: ${name} is not installed (run npm ci)`)
  for (const entry of entries) {
    const file = path.join(from, entry)
    if (!existsSync(file)) continue
    mkdirSync(path.dirname(path.join(target, name, entry)), { recursive: true })
    cpSync(file, path.join(target, name, entry), { recursive: true })
  }
  if (upstreamLicense[name])
    cpSync(path.join(root, upstreamLicense[name]), path.join(target, name, 'LICENSE'))
  const shipped = readdirSync(path.join(target, name))
  const licensed = licenseInReadme.has(name)
    ? shipped.includes('README.md')
    : shipped.some((file) => licenseFiles.test(file))
  if (!licensed) {
    throw new Error(
      `ship-native: ${name} would ship without its licence; add its file to keep or upstreamLicense`
    )
  }
  // Drop install scripts and dev fields: the shipped copy is already installed.
  const manifestPath = path.join(target, name, 'package.json')
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
  delete manifest.scripts
  delete manifest.devDependencies
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n')
}

// Built-in label sets (the imagenet preset) travel with the bundle.
const presetData = path.join(root, 'data', 'imagenet')
if (existsSync(presetData)) {
  rmSync(path.join(root, 'dist', 'data'), { recursive: true, force: true })
  cpSync(presetData, path.join(root, 'dist', 'data', 'imagenet'), { recursive: true })
}
