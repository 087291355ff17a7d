/**
 * `npm run bench [-- --quick] [-- --only resnet50,analysis,…] [-- --split]`
 *
 * Measures classdiff against its ceiling, onnxruntime itself running both models on tensors already in memory,
 * and prints (and writes to bench/results.md) the figures the README's Performance section shows:
 * - per model pair: raw onnxruntime throughput, classdiff's end-to-end throughput on JPEGs, their ratio, peak RSS;
 * - the analysis of 50,000 images × 1,000 classes: time and peak RSS, alone and through the whole CLI;
 * - the warm-cache saving (a second run with --cache-dir skips the baseline's inference);
 * - memory at two image counts (it must stay flat).
 * `--split` adds the thread-split study (onnxruntime intra-op threads × libuv decoders) behind the default.
 *
 * Each scenario runs in its own process (bench/scenario.ts), so peak RSS is the scenario's own. The machine is
 * shared and its load moves: raw and end-to-end runs alternate, repeated, and the ratio is taken per repeat.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import prettier from 'prettier'
import sharp from 'sharp'
import {
  ARCHITECTURES,
  ensureAnalysisPredictions,
  ensureImages,
  ensureManifest,
  ensureModelPair,
  imageSetStats,
  WORK_DIR,
  type Architecture,
  type ModelPair
} from './fixtures.js'
import { QUALITIES, SIZES } from './images.js'
import type {
  AnalysisResult,
  EndToEndResult,
  EndToEndScenario,
  RawResult,
  Scenario
} from './scenario.js'

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))
const SCENARIO = fileURLToPath(new URL('./scenario.ts', import.meta.url))
const RSS_PRELOAD = fileURLToPath(new URL('./rss-preload.mjs', import.meta.url))
const RESULTS_FILE = fileURLToPath(new URL('./results.md', import.meta.url))
const OUT_DIR = path.join(WORK_DIR, 'out')

/** What a default run measures; `split` (the thread-split study) runs only when asked for. */
const SECTIONS = ['resnet50', 'resnet18', 'mobilenetv2', 'analysis', 'cache', 'memory'] as const
const ALL_SECTIONS = [...SECTIONS, 'split'] as const
type Section = (typeof ALL_SECTIONS)[number]

/** The issue's targets, end-to-end over raw onnxruntime: ResNet-50 ≥ 0.9, the small model ≥ 0.8; none for ResNet-18. */
const RATIO_TARGET: Record<Architecture, number | null> = {
  resnet50: 0.9,
  resnet18: null,
  mobilenetv2: 0.8
}
const ANALYSIS_TARGET_SECONDS = 3
const ANALYSIS_TARGET_MB = 1024

interface Plan {
  /**
   * Images and repeats per pair: enough batches that what a run pays once (the first batch's decoding, which nothing
   * hides, sharp's start-up, onnxruntime's first-run allocations) stays small — a 50,000-image run amortises it —
   * and enough repeats that one run caught by a swing in the machine's load cannot move the median; all within
   * about 10 minutes on 2 cores.
   */
  readonly pairs: Record<Architecture, { images: number; repeats: number }>
  readonly batchSize: number
  readonly cache: { architecture: Architecture; images: number; rounds: number }
  readonly memory: { architecture: Architecture; counts: readonly [number, number] }
  readonly analysisRepeats: number
  readonly split: SplitPlan[]
}

/** A thread-split study: onnxruntime intra-op threads (0 = the core count, −1 = one more) × libuv threads. */
interface SplitPlan {
  readonly architecture: Architecture
  readonly images: number
  readonly repeats: number
  readonly threads: readonly number[]
  readonly decoders: readonly number[]
}

const FULL: Plan = {
  pairs: {
    resnet50: { images: 128, repeats: 4 },
    resnet18: { images: 128, repeats: 4 },
    mobilenetv2: { images: 800, repeats: 4 }
  },
  batchSize: 32,
  cache: { architecture: 'resnet50', images: 64, rounds: 2 },
  memory: { architecture: 'mobilenetv2', counts: [200, 800] },
  analysisRepeats: 3,
  split: [
    { architecture: 'mobilenetv2', images: 256, repeats: 3, threads: [1, 0, -1], decoders: [2, 4] },
    { architecture: 'resnet50', images: 64, repeats: 2, threads: [1, 0, -1], decoders: [4] }
  ]
}

const QUICK: Plan = {
  pairs: {
    resnet50: { images: 32, repeats: 1 },
    resnet18: { images: 32, repeats: 1 },
    mobilenetv2: { images: 64, repeats: 1 }
  },
  batchSize: 32,
  cache: { architecture: 'resnet18', images: 32, rounds: 1 },
  memory: { architecture: 'mobilenetv2', counts: [32, 96] },
  analysisRepeats: 1,
  split: [
    { architecture: 'mobilenetv2', images: 64, repeats: 1, threads: [1, 0], decoders: [2, 4] }
  ]
}

interface Options {
  readonly quick: boolean
  readonly sections: ReadonlySet<Section>
}

function parseOptions(argv: readonly string[]): Options {
  let quick = false
  let split = false
  let sections: Set<Section> = new Set(SECTIONS)
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--quick') quick = true
    else if (arg === '--split') split = true
    else if (arg === '--only') {
      const names = (argv[++i] ?? '').split(',').filter(Boolean)
      const unknown = names.filter((name) => !ALL_SECTIONS.includes(name as Section))
      if (unknown.length > 0 || names.length === 0) {
        throw new Error(`--only takes a list of ${ALL_SECTIONS.join(', ')}; got "${argv[i] ?? ''}"`)
      }
      sections = new Set(names as Section[])
    } else if (arg === '--help') {
      process.stdout.write(
        `npm run bench [-- --quick] [-- --only ${ALL_SECTIONS.join(',')}] [-- --split]\n`
      )
      process.exit(0)
    } else throw new Error(`unknown option ${arg} (see --help)`)
  }
  if (split) sections.add('split')
  return { quick, sections }
}

const log = (message: string): void => {
  process.stderr.write(`${message}\n`)
}

/** The 1-minute load average, sampled around every scenario: how busy the shared machine was. */
const loadSamples: number[] = []
const sampleLoad = (): void => {
  loadSamples.push(os.loadavg()[0] as number)
}

interface ChildRun {
  readonly stdout: string
  readonly stderr: string
  readonly code: number | null
  readonly seconds: number
}

function runChild(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<ChildRun> {
  const start = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) =>
      resolve({ stdout, stderr, code, seconds: (performance.now() - start) / 1000 })
    )
  })
}

/** Runs one scenario in a fresh process and returns its result. */
async function runScenario<T>(spec: Scenario, env: NodeJS.ProcessEnv = {}): Promise<T> {
  sampleLoad()
  const run = await runChild(['--import', 'tsx', SCENARIO, JSON.stringify(spec)], env)
  sampleLoad()
  const line = run.stdout.split('\n').find((text) => text.startsWith('BENCH_RESULT '))
  if (run.code !== 0 || line === undefined) {
    throw new Error(
      `scenario ${spec.kind} failed (exit ${run.code}):\n${run.stderr.trim() || run.stdout.trim()}`
    )
  }
  return JSON.parse(line.slice('BENCH_RESULT '.length)) as T
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length / 2
  return sorted.length % 2 === 1
    ? (sorted[Math.floor(middle)] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

const fixed = (value: number, digits = 1): string => value.toFixed(digits)
const megabytes = (value: number): string => `${Math.round(value)} MB`

interface PairFigures {
  readonly architecture: Architecture
  readonly images: number
  readonly raw: RawResult[]
  readonly endToEnd: EndToEndResult[]
  readonly ratios: number[]
}

function endToEndSpec(
  pair: ModelPair,
  manifest: string,
  batchSize: number,
  threads: number,
  name: string,
  cacheDir: string | null = null
): EndToEndScenario {
  return {
    kind: 'e2e',
    baseline: pair.baseline,
    candidate: pair.candidate,
    manifest,
    batchSize,
    threads,
    outDir: path.join(OUT_DIR, name),
    cacheDir
  }
}

/** One raw run and one end-to-end run, back to back; `endToEndFirst` swaps the order so drift hits both alike. */
async function measureOnce(
  pair: ModelPair,
  manifest: string,
  images: number,
  batchSize: number,
  threads: number,
  env: NodeJS.ProcessEnv,
  endToEndFirst: boolean
): Promise<{ raw: RawResult; endToEnd: EndToEndResult }> {
  const runRaw = (): Promise<RawResult> =>
    runScenario<RawResult>(
      { kind: 'raw', models: [pair.baseline, pair.candidate], images, batchSize, threads },
      env
    )
  const runEndToEnd = (): Promise<EndToEndResult> =>
    runScenario<EndToEndResult>(
      endToEndSpec(pair, manifest, batchSize, threads, `${pair.architecture}-e2e`),
      env
    )
  if (endToEndFirst) {
    const endToEnd = await runEndToEnd()
    return { raw: await runRaw(), endToEnd }
  }
  const raw = await runRaw()
  return { raw, endToEnd: await runEndToEnd() }
}

/** Raw and end-to-end, alternating (and swapping which goes first) so load drift hits both alike. */
async function measurePair(
  architecture: Architecture,
  images: number,
  repeats: number,
  batchSize: number
): Promise<PairFigures> {
  const pair = await ensureModelPair(architecture)
  const manifest = await ensureManifest(images)
  const raw: RawResult[] = []
  const endToEnd: EndToEndResult[] = []
  const ratios: number[] = []
  for (let r = 0; r < repeats; r++) {
    const run = await measureOnce(pair, manifest, images, batchSize, 0, {}, r % 2 === 1)
    raw.push(run.raw)
    endToEnd.push(run.endToEnd)
    ratios.push(run.endToEnd.imagesPerSecond / run.raw.imagesPerSecond)
    log(
      `  ${architecture} repeat ${r + 1}/${repeats}: raw ${fixed(run.raw.imagesPerSecond)} img/s, ` +
        `end-to-end ${fixed(run.endToEnd.imagesPerSecond)} img/s, ratio ${fixed(ratios[r] as number, 2)} ` +
        `(load ${fixed(os.loadavg()[0] as number)})`
    )
  }
  return { architecture, images, raw, endToEnd, ratios }
}

/** CPU time per image, raw → end-to-end, and their ratio: the throughput ratio a saturated machine would show. */
function cpuCell(raw: readonly RawResult[], endToEnd: readonly EndToEndResult[]): string {
  const rawCpu = median(raw.map((r) => r.cpuMsPerImage))
  const endToEndCpu = median(endToEnd.map((r) => r.cpuMsPerImage))
  return `${fixed(rawCpu)} → ${fixed(endToEndCpu)} ms (${fixed(rawCpu / endToEndCpu, 2)})`
}

function pairTable(figures: readonly PairFigures[], batchSize: number): string {
  const rows = figures.map((f) => {
    const ratio = median(f.ratios)
    const target = RATIO_TARGET[f.architecture]
    const range =
      f.ratios.length > 1
        ? ` (${fixed(Math.min(...f.ratios), 2)}–${fixed(Math.max(...f.ratios), 2)})`
        : ''
    return [
      ARCHITECTURES[f.architecture].title,
      `${f.images} × ${f.raw.length}`,
      `${fixed(median(f.raw.map((r) => r.imagesPerSecond)))} img/s`,
      `${fixed(median(f.endToEnd.map((r) => r.imagesPerSecond)))} img/s`,
      `**${fixed(ratio, 2)}**${range}`,
      target === null ? '–' : `≥ ${target} ${ratio >= target ? '✓' : '✗'}`,
      cpuCell(f.raw, f.endToEnd),
      `${megabytes(Math.max(...f.raw.map((r) => r.maxRssMB)))} / ${megabytes(Math.max(...f.endToEnd.map((r) => r.maxRssMB)))}`
    ]
  })
  return (
    markdownTable(
      [
        'model pair (baseline + candidate)',
        'images × repeats',
        'raw onnxruntime, both models',
        'classdiff end-to-end (JPEG → both models)',
        'ratio, median (range)',
        'target',
        'CPU time per image, raw → end-to-end (ratio)',
        'peak RSS raw / end-to-end'
      ],
      rows
    ) +
    `\n\nBatch ${batchSize}; onnxruntime intra-op threads = classdiff's default (${os.availableParallelism()} here), the same in both columns. ` +
    'Throughput counts images, each through both models; model loading is left out of both. ' +
    'Raw and end-to-end runs alternate, each in a fresh process; the ratio is taken per pair of runs.'
  )
}

function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

interface AnalysisFigures {
  readonly inProcess: AnalysisResult
  readonly cli: { seconds: number; maxRssMB: number; code: number | null; via: string }
}

/** The whole predictions-only path as users run it: the bundled CLI when built, else the sources. */
async function measureAnalysis(repeats: number): Promise<AnalysisFigures> {
  const { baseline, candidate } = await ensureAnalysisPredictions()
  const inProcess = await runScenario<AnalysisResult>({
    kind: 'analysis',
    baseline,
    candidate,
    repeats
  })
  const distCli = path.join(REPO_ROOT, 'dist', 'cli.js')
  const viaDist = existsSync(distCli)
  const cliArgs = viaDist
    ? ['--import', RSS_PRELOAD, distCli]
    : ['--import', RSS_PRELOAD, '--import', 'tsx', path.join(REPO_ROOT, 'src', 'cli.ts')]
  const rssFile = path.join(WORK_DIR, 'cli-rss.json')
  const outDir = path.join(OUT_DIR, 'analysis-cli')
  await rm(outDir, { recursive: true, force: true })
  sampleLoad()
  const run = await runChild(
    [
      ...cliArgs,
      'compare',
      '--preset',
      'imagenet',
      '--baseline-predictions',
      baseline,
      '--candidate-predictions',
      candidate,
      '--out-dir',
      outDir
    ],
    { BENCH_RSS_FILE: rssFile }
  )
  sampleLoad()
  // Exit 1 is the gate failing, as it should: the candidate's predictions hold injected drops.
  if (run.code !== 0 && run.code !== 1) {
    throw new Error(`the CLI failed (exit ${run.code}): ${run.stderr.trim()}`)
  }
  const rss = JSON.parse(await readFile(rssFile, 'utf8')) as { maxRssMB: number }
  return {
    inProcess,
    cli: {
      seconds: run.seconds,
      maxRssMB: rss.maxRssMB,
      code: run.code,
      via: viaDist ? 'node dist/cli.js' : 'node --import tsx src/cli.ts'
    }
  }
}

function analysisTable(figures: AnalysisFigures): string {
  const { inProcess, cli } = figures
  const compareSeconds = median(inProcess.seconds)
  const ok = (seconds: number, mb: number): string =>
    seconds < ANALYSIS_TARGET_SECONDS && mb < ANALYSIS_TARGET_MB ? '✓' : '✗'
  return markdownTable(
    [
      'analysis, 50,000 images × 1,000 classes (ReaL multi-labels, WordNet)',
      'time',
      'peak RSS',
      'target < 3 s, < 1 GB'
    ],
    [
      [
        '`compare()` alone (median of ' + inProcess.seconds.length + ')',
        `${fixed(compareSeconds, 2)} s`,
        megabytes(inProcess.maxRssMB),
        ok(compareSeconds, inProcess.maxRssMB)
      ],
      [
        `whole CLI run, predictions only, process start to exit: \`${cli.via} compare --preset imagenet --baseline-predictions … --candidate-predictions …\``,
        `${fixed(cli.seconds, 2)} s`,
        megabytes(cli.maxRssMB),
        ok(cli.seconds, cli.maxRssMB)
      ]
    ]
  )
}

interface CacheFigures {
  readonly architecture: Architecture
  readonly images: number
  /** Per round: a run with an empty cache, then the same run again. */
  readonly cold: EndToEndResult[]
  readonly warm: EndToEndResult[]
}

/** Cold then warm, in rounds (the cache emptied before each), so one swing in the machine's load cannot decide it. */
async function measureCache(
  architecture: Architecture,
  images: number,
  rounds: number,
  batchSize: number
): Promise<CacheFigures> {
  const pair = await ensureModelPair(architecture)
  const manifest = await ensureManifest(images)
  const cacheDir = path.join(WORK_DIR, 'cache')
  const spec = endToEndSpec(pair, manifest, batchSize, 0, `${architecture}-cache`, cacheDir)
  const cold: EndToEndResult[] = []
  const warm: EndToEndResult[] = []
  for (let round = 0; round < rounds; round++) {
    await rm(cacheDir, { recursive: true, force: true })
    const first = await runScenario<EndToEndResult>(spec)
    const second = await runScenario<EndToEndResult>(spec)
    if (first.modelsEvaluated !== 2 || second.modelsEvaluated !== 1) {
      throw new Error(
        `the cache runs evaluated ${first.modelsEvaluated} then ${second.modelsEvaluated} models; expected 2, then 1 (the baseline from the cache)`
      )
    }
    cold.push(first)
    warm.push(second)
    log(
      `  cache round ${round + 1}/${rounds}: cold ${fixed(first.totalSeconds)} s, warm ${fixed(second.totalSeconds)} s`
    )
  }
  return { architecture, images, cold, warm }
}

function cacheTable(figures: CacheFigures): string {
  const cold = median(figures.cold.map((run) => run.totalSeconds))
  const warm = median(figures.warm.map((run) => run.totalSeconds))
  const saving = 1 - warm / cold
  return markdownTable(
    [
      `baseline cache (\`--cache-dir\`), median of ${figures.cold.length} rounds`,
      'models evaluated',
      'whole run'
    ],
    [
      [
        `first run, ${ARCHITECTURES[figures.architecture].title} pair, ${figures.images} images (cache empty)`,
        '2',
        `${fixed(cold)} s`
      ],
      [
        `second run, same baseline and set (warm cache)`,
        '1 (the candidate)',
        `${fixed(warm)} s (−${fixed(saving * 100, 0)}%)`
      ]
    ]
  )
}

interface MemoryFigures {
  readonly architecture: Architecture
  readonly runs: EndToEndResult[]
}

async function measureMemory(
  architecture: Architecture,
  counts: readonly number[],
  batchSize: number
): Promise<MemoryFigures> {
  const pair = await ensureModelPair(architecture)
  const runs: EndToEndResult[] = []
  for (const count of counts) {
    const manifest = await ensureManifest(count)
    runs.push(
      await runScenario<EndToEndResult>(
        endToEndSpec(pair, manifest, batchSize, 0, `${architecture}-memory-${count}`)
      )
    )
    log(`  memory: ${count} images, peak RSS ${megabytes(runs.at(-1)?.maxRssMB ?? 0)}`)
  }
  return { architecture, runs }
}

/** A relative change as `+3%`, `−2%` or `±0%`. */
function change(fraction: number): string {
  const percent = Math.round(fraction * 100)
  return percent === 0 ? '±0%' : `${percent > 0 ? '+' : '−'}${Math.abs(percent)}%`
}

function memoryTable(figures: MemoryFigures): string {
  const first = figures.runs[0] as EndToEndResult
  return markdownTable(
    [
      `memory, ${ARCHITECTURES[figures.architecture].title} pair end-to-end`,
      'peak RSS',
      'throughput'
    ],
    figures.runs.map((run) => [
      `${run.images} images`,
      `${megabytes(run.maxRssMB)}${run === first ? '' : ` (${change(run.maxRssMB / first.maxRssMB - 1)} for ${fixed(run.images / first.images, 0)}× the images)`}`,
      `${fixed(run.imagesPerSecond)} img/s`
    ])
  )
}

interface SplitRow {
  readonly threads: number
  readonly decoders: number
  readonly figures: PairFigures
  /** Per round: this split's end-to-end throughput over the default split's in the same round. */
  readonly versusDefault: number[]
}

interface SplitFigures {
  readonly architecture: Architecture
  readonly rows: SplitRow[]
}

/** Node's libuv default; classdiff cannot change it from inside (the ESM loader starts the pool first). */
const DEFAULT_DECODERS = 4

/**
 * onnxruntime intra-op threads × libuv threads (sharp's decoders): which split runs the pipeline fastest.
 * Thread counts 0 and −1 mean the machine's core count and one more. Rounds go through every split in turn,
 * so the machine's drifting load spreads over all of them, and each split is compared with the default
 * (cores, Node's 4 libuv threads) of the same round.
 */
async function measureSplit(plan: SplitPlan, batchSize: number): Promise<SplitFigures> {
  const cores = os.availableParallelism()
  const pair = await ensureModelPair(plan.architecture)
  const manifest = await ensureManifest(plan.images)
  const splits = plan.threads.flatMap((choice) => {
    const threads = choice === 0 ? cores : choice < 0 ? cores - choice : choice
    return plan.decoders.map((decoders) => ({ threads, decoders }))
  })
  const rows: SplitRow[] = splits.map((split) => ({
    ...split,
    figures: {
      architecture: plan.architecture,
      images: plan.images,
      raw: [],
      endToEnd: [],
      ratios: []
    },
    versusDefault: []
  }))
  const defaultRow = rows.find((row) => row.threads === cores && row.decoders === DEFAULT_DECODERS)
  for (let round = 0; round < plan.repeats; round++) {
    for (const row of rows) {
      const run = await measureOnce(
        pair,
        manifest,
        plan.images,
        batchSize,
        row.threads,
        { UV_THREADPOOL_SIZE: String(row.decoders) },
        round % 2 === 1
      )
      row.figures.raw.push(run.raw)
      row.figures.endToEnd.push(run.endToEnd)
      row.figures.ratios.push(run.endToEnd.imagesPerSecond / run.raw.imagesPerSecond)
      log(
        `  split ${plan.architecture} round ${round + 1}/${plan.repeats}: onnxruntime ${row.threads} thread(s), ` +
          `${row.decoders} libuv thread(s): raw ${fixed(run.raw.imagesPerSecond)} img/s, end-to-end ` +
          `${fixed(run.endToEnd.imagesPerSecond)} img/s (load ${fixed(os.loadavg()[0] as number)})`
      )
    }
    if (defaultRow) {
      const reference = defaultRow.figures.endToEnd[round] as EndToEndResult
      for (const row of rows) {
        const own = row.figures.endToEnd[round] as EndToEndResult
        row.versusDefault.push(own.imagesPerSecond / reference.imagesPerSecond)
      }
    }
  }
  return { architecture: plan.architecture, rows }
}

function splitTable(split: SplitFigures): string {
  return markdownTable(
    [
      `${ARCHITECTURES[split.architecture].title} pair`,
      'onnxruntime intra-op threads',
      'libuv threads (UV_THREADPOOL_SIZE)',
      'raw onnxruntime',
      'end-to-end',
      'end-to-end vs default split, same round',
      'ratio to raw',
      'CPU time per image, raw → end-to-end (ratio)'
    ],
    split.rows.map(({ threads, decoders, figures, versusDefault }) => [
      `${figures.images} images × ${figures.raw.length} rounds`,
      String(threads),
      String(decoders),
      `${fixed(median(figures.raw.map((r) => r.imagesPerSecond)))} img/s`,
      `${fixed(median(figures.endToEnd.map((r) => r.imagesPerSecond)))} img/s`,
      versusDefault.length > 0
        ? `${fixed(median(versusDefault), 2)} (${fixed(Math.min(...versusDefault), 2)}–${fixed(Math.max(...versusDefault), 2)})`
        : '–',
      fixed(median(figures.ratios), 2),
      cpuCell(figures.raw, figures.endToEnd)
    ])
  )
}

function packageVersion(name: string): string {
  try {
    const entry = createRequire(import.meta.url).resolve(name)
    let dir = path.dirname(entry)
    while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir)
    return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string })
      .version
  } catch {
    return 'unknown'
  }
}

function machineLine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU'
  const memory = `${fixed(os.totalmem() / 1024 ** 3, 0)} GB RAM`
  const load = loadSamples.length > 0 ? loadSamples : [os.loadavg()[0] as number]
  return (
    `${os.availableParallelism()} cores (nproc), ${cpu}, ${memory}, ${os.platform()} ${os.arch()}; ` +
    `Node ${process.version}, onnxruntime-node ${packageVersion('onnxruntime-node')}, ` +
    `sharp ${packageVersion('sharp')} (libvips ${sharp.versions.vips}); ` +
    `1-min load average during the run ${fixed(Math.min(...load))}–${fixed(Math.max(...load))} (median ${fixed(median(load))})`
  )
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2))
  const plan = options.quick ? QUICK : FULL
  const started = performance.now()
  const has = (section: Section): boolean => options.sections.has(section)
  const pairs = (['resnet50', 'resnet18', 'mobilenetv2'] as const).filter(has)

  log('Preparing fixtures in bench/.work/ (kept between runs)…')
  const imageCount = Math.max(
    ...pairs.map((a) => plan.pairs[a].images),
    has('memory') ? Math.max(...plan.memory.counts) : 0,
    has('cache') ? plan.cache.images : 0,
    has('split') ? Math.max(...plan.split.map((study) => study.images)) : 0,
    1
  )
  const generated = await ensureImages(imageCount, (done, total) => {
    if (done % 100 === 0 || done === total) log(`  photos: ${done}/${total}`)
  })
  const stats = await imageSetStats(imageCount)
  const sizes = [...new Set(SIZES.map(([width, height]) => `${width}×${height}`))].join(', ')
  log(
    `  ${stats.count} JPEGs (${generated} made now), mean ${fixed(stats.meanKilobytes, 0)} KB, ${sizes}`
  )
  await mkdir(OUT_DIR, { recursive: true })

  const sections: string[] = []
  const pairFigures: PairFigures[] = []
  for (const architecture of pairs) {
    log(`${ARCHITECTURES[architecture].title} pair…`)
    const { images, repeats } = plan.pairs[architecture]
    pairFigures.push(await measurePair(architecture, images, repeats, plan.batchSize))
  }
  if (pairFigures.length > 0) sections.push(pairTable(pairFigures, plan.batchSize))
  if (has('analysis')) {
    log('Analysis, 50,000 × 1,000…')
    const analysis = await measureAnalysis(plan.analysisRepeats)
    log(
      `  compare(): ${analysis.inProcess.seconds.map((s) => fixed(s, 2)).join(', ')} s, peak RSS ${megabytes(analysis.inProcess.maxRssMB)}; ` +
        `CLI: ${fixed(analysis.cli.seconds, 2)} s, peak RSS ${megabytes(analysis.cli.maxRssMB)}`
    )
    sections.push(analysisTable(analysis))
  }
  if (has('cache')) {
    log('Baseline cache, cold then warm…')
    sections.push(
      cacheTable(
        await measureCache(
          plan.cache.architecture,
          plan.cache.images,
          plan.cache.rounds,
          plan.batchSize
        )
      )
    )
  }
  if (has('memory')) {
    log('Memory at two image counts…')
    sections.push(
      memoryTable(await measureMemory(plan.memory.architecture, plan.memory.counts, plan.batchSize))
    )
  }
  if (has('split')) {
    for (const study of plan.split) {
      log(`Thread split, ${ARCHITECTURES[study.architecture].title} pair…`)
      sections.push(splitTable(await measureSplit(study, plan.batchSize)))
    }
  }

  const minutes = (performance.now() - started) / 60_000
  const machine = machineLine()
  const images =
    `Images: ${stats.count} synthetic photos (JPEG, 4:2:0, quality ${Math.min(...QUALITIES)}–${Math.max(...QUALITIES)}, ` +
    `mean ${fixed(stats.meanKilobytes, 0)} KB; ${sizes}), ImageNet preprocessing (resize 256, centre crop 224, bilinear).`
  const body = [
    `Machine: ${machine}.`,
    images,
    ...sections,
    `Bench: \`npm run bench${options.quick ? ' -- --quick' : ''}\`, ${fixed(minutes)} min.`
  ].join('\n\n')
  process.stdout.write(`\n${body}\n`)
  // Only a full run replaces the published figures; partial and quick runs go beside the fixtures.
  const complete = !options.quick && SECTIONS.every(has)
  const target = complete ? RESULTS_FILE : path.join(WORK_DIR, 'results-partial.md')
  // Formatted as `npm run format:check` expects, so a fresh results file never fails CI.
  const markdown = await prettier.format(`# classdiff benchmark results\n\n${body}\n`, {
    parser: 'markdown'
  })
  await writeFile(target, markdown)
  log(`Wrote ${path.relative(REPO_ROOT, target)}`)
}

await main()
