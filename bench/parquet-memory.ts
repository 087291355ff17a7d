/**
 * `node --import tsx bench/parquet-memory.ts [--images 50000] [--small 5000] [--skip-models] [--manifest-models]`
 *
 * Peak RSS of the bundled CLI (`dist/cli.js`) on a parquet evaluation set, to show memory stays flat however
 * many images the set holds (docs/parquet.md): the set is written in the Hub's layout (5 shards, row groups of
 * 100 rows as `datasets` writes them), every row a distinct 96×96 JPEG (about 10 KB), and classdiff runs
 * - predictions-only (two predictions files; the image column is still read once, to check every cell), beside
 *   the same predictions on a CSV manifest of the same ids (no image is read: what the ids and predictions
 *   themselves cost), and
 * - with two small real ONNX models (nearest-colour classifiers, ImageNet preprocessing: 224² crops, batch 32),
 * each on the large set and on a small one. `--manifest-models` adds the models on the same images as JPEG files
 * beside a CSV manifest (what a manifest run costs, for comparison); `--skip-models` leaves out the parquet one. Each run is its own process; its peak RSS comes from
 * bench/rss-preload.mjs. Prints a Markdown table.
 */
import { spawn } from 'node:child_process'
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { writeColourClassifier, type Rgb } from '../test/helpers/onnx/colour-classifier.js'
import { writeImageParquet, type ParquetRow } from '../test/helpers/parquet.js'

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))
const RSS_PRELOAD = fileURLToPath(new URL('./rss-preload.mjs', import.meta.url))
const DIST_CLI = path.join(REPO_ROOT, 'dist', 'cli.js')
const WORK = path.join(os.tmpdir(), 'classdiff-parquet-memory')

const CLASSES = ['red', 'green', 'blue', 'yellow'] as const
const PROTOTYPES: readonly Rgb[] = [
  [220, 30, 30],
  [30, 200, 40],
  [30, 40, 220],
  [230, 220, 40]
]
/** Distinct images encoded; rows cycle through them (each row still stores its own copy of the bytes). */
const POOL = 1000
const SHARDS = 5

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  return at < 0 ? fallback : Number(process.argv[at + 1])
}

/** A seeded generator: the same set on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/** 96×96 JPEGs: a class colour plus noise, so every one is different and about 10 KB. */
async function imagePool(): Promise<{ bytes: Buffer; label: number }[]> {
  const next = random(11)
  const pool: { bytes: Buffer; label: number }[] = []
  for (let i = 0; i < POOL; i++) {
    const label = i % CLASSES.length
    const base = PROTOTYPES[label] as Rgb
    const pixels = Buffer.alloc(96 * 96 * 3)
    for (let p = 0; p < pixels.length; p++) {
      pixels[p] = Math.max(0, Math.min(255, (base[p % 3] as number) + (next() * 2 - 1) * 60))
    }
    const bytes = await sharp(pixels, { raw: { width: 96, height: 96, channels: 3 } })
      .jpeg({ quality: 90 })
      .toBuffer()
    pool.push({ bytes, label })
  }
  return pool
}

/** Writes a set of `count` rows in the Hub's layout, and a predictions file naming every image. */
async function writeSet(
  dir: string,
  count: number,
  pool: readonly { bytes: Buffer; label: number }[]
): Promise<number> {
  await mkdir(path.join(dir, 'data'), { recursive: true })
  const rows: ParquetRow[] = Array.from({ length: count }, (_, i) => {
    const { bytes, label } = pool[i % pool.length] as { bytes: Buffer; label: number }
    return { bytes, path: `img_${String(i).padStart(6, '0')}.jpg`, label }
  })
  const perShard = Math.ceil(count / SHARDS)
  let size = 0
  for (let s = 0; s < SHARDS; s++) {
    const file = path.join(
      dir,
      'data',
      `test-${String(s).padStart(5, '0')}-of-0000${SHARDS}.parquet`
    )
    writeImageParquet(file, rows.slice(s * perShard, (s + 1) * perShard), {
      names: CLASSES,
      rowGroupSize: 100,
      codec: 'UNCOMPRESSED'
    })
    size += (await stat(file)).size
  }
  if (process.argv.includes('--manifest-models')) {
    for (const [i, row] of rows.entries()) {
      await writeFile(path.join(dir, row.path as string), pool[i % pool.length]?.bytes as Buffer)
    }
  }
  await writeFile(
    path.join(dir, 'manifest.csv'),
    ['file,label', ...rows.map((row) => `${row.path},${CLASSES[row.label as number]}`)].join('\n') +
      '\n'
  )
  await writeFile(
    path.join(dir, 'predictions.jsonl'),
    rows.map((row) => JSON.stringify({ id: row.path, top: [row.label] })).join('\n') + '\n'
  )
  return size
}

interface Measured {
  readonly maxRssMB: number
  readonly seconds: number
}

function runCli(args: readonly string[]): Promise<Measured> {
  const rssFile = path.join(WORK, `rss-${process.pid}-${Date.now()}.json`)
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', RSS_PRELOAD, DIST_CLI, ...args], {
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'ignore', 'pipe']
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) {
        reject(new Error(`classdiff exited with ${code}: ${stderr}`))
        return
      }
      readFile(rssFile, 'utf8').then((text) => resolve(JSON.parse(text) as Measured), reject)
    })
  })
}

async function main(): Promise<void> {
  const large = argument('images', 50_000)
  const small = argument('small', 5_000)
  await rm(WORK, { recursive: true, force: true })
  await mkdir(WORK, { recursive: true })
  const pool = await imagePool()
  const baseline = await writeColourClassifier(path.join(WORK, 'baseline.onnx'), {
    prototypes: PROTOTYPES
  })
  const candidate = await writeColourClassifier(path.join(WORK, 'candidate.onnx'), {
    prototypes: PROTOTYPES.map(([r, g, b]) => [r, Math.min(255, g + 40), b] as Rgb)
  })
  const lines: string[] = [
    '| images | parquet bytes | run | peak RSS | time |',
    '| ---: | ---: | --- | ---: | ---: |'
  ]
  for (const count of [small, large]) {
    const dir = path.join(WORK, `set-${count}`)
    const size = await writeSet(dir, count, pool)
    const predictions = [
      '--baseline-predictions',
      path.join(dir, 'predictions.jsonl'),
      '--candidate-predictions',
      path.join(dir, 'predictions.jsonl')
    ]
    const runs: [string, string[]][] = [
      ['parquet, predictions only', [...predictions, '--data', dir]],
      [
        'CSV manifest of the same ids, predictions only',
        [...predictions, '--data', path.join(dir, 'manifest.csv')]
      ]
    ]
    if (!process.argv.includes('--skip-models')) {
      runs.push([
        'parquet, two small ONNX models',
        ['--baseline', baseline, '--candidate', candidate, '--data', dir]
      ])
    }
    if (process.argv.includes('--manifest-models')) {
      runs.push([
        'CSV manifest of the same images as files, two small ONNX models',
        ['--baseline', baseline, '--candidate', candidate, '--data', path.join(dir, 'manifest.csv')]
      ])
    }
    for (const [what, sources] of runs) {
      const measured = await runCli([
        'compare',
        ...sources,
        '--out-dir',
        path.join(dir, `out-${runs.findIndex(([name]) => name === what)}`)
      ])
      const line = `| ${count.toLocaleString('en')} | ${(size / 2 ** 20).toFixed(0)} MB | ${what} | ${measured.maxRssMB.toFixed(0)} MB | ${measured.seconds.toFixed(1)} s |`
      lines.push(line)
      console.error(line)
    }
    await rm(dir, { recursive: true, force: true })
  }
  console.log(lines.join('\n'))
  await rm(WORK, { recursive: true, force: true })
}

await main()
