/**
 * One benchmark scenario, run in its own process by `bench/run.ts` so that its peak RSS is its own:
 * `node --import tsx bench/scenario.ts '<json spec>'`. Prints one line, `BENCH_RESULT <json>`, on stdout.
 */
import { mkdir, rm } from 'node:fs/promises'
import { compare } from '../src/analysis/compare.js'
import type { AnalysisInput } from '../src/analysis/types.js'
import { parseConfig } from '../src/config/parse.js'
import { loadImagenetPreset } from '../src/data/imagenet.js'
import type { Logger } from '../src/log.js'
import { openModel } from '../src/model/session.js'
import { readPredictions } from '../src/model/predictions-file.js'
import { runCompare } from '../src/pipeline.js'
import { imageName } from './fixtures.js'

/** Raw onnxruntime: both models on a tensor already in memory, batch after batch, as classdiff calls them. */
export interface RawScenario {
  readonly kind: 'raw'
  readonly models: readonly string[]
  readonly images: number
  readonly batchSize: number
  /** onnxruntime intra-op threads (0 = classdiff's default for the machine). */
  readonly threads: number
}

/** classdiff's pipeline (runCompare) on JPEGs: decode, resize, normalise, both models, analysis, report. */
export interface EndToEndScenario {
  readonly kind: 'e2e'
  readonly baseline: string
  readonly candidate: string
  readonly manifest: string
  readonly batchSize: number
  readonly threads: number
  readonly outDir: string
  readonly cacheDir: string | null
}

/** The analysis alone (`compare`) on 50,000 × 1,000 predictions read from files. */
export interface AnalysisScenario {
  readonly kind: 'analysis'
  readonly baseline: string
  readonly candidate: string
  readonly repeats: number
}

export type Scenario = RawScenario | EndToEndScenario | AnalysisScenario

export interface RawResult {
  readonly seconds: number
  readonly imagesPerSecond: number
  /** Process CPU time (all threads) per image, in ms: unlike wall time, barely moved by other processes' load. */
  readonly cpuMsPerImage: number
  readonly maxRssMB: number
}

export interface EndToEndResult {
  readonly images: number
  /** The whole runCompare call: set loading, models, analysis, report files. */
  readonly totalSeconds: number
  /** The model stage (opening the sessions, decoding and inference) as the pipeline's log group times it. */
  readonly stageSeconds: number
  /** Opening both sessions, measured alone in the same process just before. */
  readonly loadSeconds: number
  /** Images per second through decoding and both models, model loading left out (as the raw figure leaves it out). */
  readonly imagesPerSecond: number
  /** Process CPU time per image of the model stage (opening the sessions left out), in ms. */
  readonly cpuMsPerImage: number
  /** Models the run evaluated (baselines answered from the cache are not). */
  readonly modelsEvaluated: number
  readonly maxRssMB: number
}

export interface AnalysisResult {
  readonly images: number
  readonly classes: number
  /** Each compare() call in order; the first includes JIT warm-up. */
  readonly seconds: readonly number[]
  readonly hurt: number
  readonly maxRssMB: number
}

const maxRssMB = (): number => process.resourceUsage().maxRSS / 1024

const seconds = (start: number): number => (performance.now() - start) / 1000

/** CPU seconds of the whole process (every thread: onnxruntime's, libuv's, libvips's, the main one). */
const cpuSeconds = (): number => {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1e6
}

/** Values like a normalised image's (−2 … 2.6); the numbers do not change dense convolution cost. */
function syntheticBatch(length: number): Float32Array {
  const data = new Float32Array(length)
  for (let i = 0; i < length; i++) data[i] = Math.sin(i * 0.01) * 2
  return data
}

async function runRaw(spec: RawScenario): Promise<RawResult> {
  // classdiff's own session settings (threads, spinning, graph optimisation), so the two figures differ only
  // by what classdiff does around onnxruntime; its run() wraps the array in an ort.Tensor and nothing more.
  const sessions = []
  for (const model of spec.models) {
    sessions.push(await openModel(model, { threads: spec.threads, executionProvider: 'cpu' }))
  }
  const size = 224
  const input = syntheticBatch(spec.batchSize * 3 * size * size)
  const start = performance.now()
  const cpuStart = cpuSeconds()
  for (let first = 0; first < spec.images; first += spec.batchSize) {
    const count = Math.min(spec.batchSize, spec.images - first)
    for (const session of sessions) await session.run(input, count, size, size)
  }
  const elapsed = seconds(start)
  const cpu = cpuSeconds() - cpuStart
  for (const session of sessions) await session.release()
  return {
    seconds: elapsed,
    imagesPerSecond: spec.images / elapsed,
    cpuMsPerImage: (cpu * 1000) / spec.images,
    maxRssMB: maxRssMB()
  }
}

/** A logger that times the pipeline's groups and counts cache hits. */
function timingLogger(): {
  logger: Logger
  groups: Map<string, { seconds: number; cpuSeconds: number }>
  cacheHits: () => number
} {
  const groups = new Map<string, { seconds: number; cpuSeconds: number }>()
  let hits = 0
  const logger: Logger = {
    info: (message) => {
      if (message.includes('from the cache')) hits++
    },
    warn: (message) => process.stderr.write(`warning: ${message}\n`),
    group: async (name, fn) => {
      const start = performance.now()
      const cpuStart = cpuSeconds()
      try {
        return await fn()
      } finally {
        groups.set(name, { seconds: seconds(start), cpuSeconds: cpuSeconds() - cpuStart })
      }
    }
  }
  return { logger, groups, cacheHits: () => hits }
}

async function runEndToEnd(spec: EndToEndScenario): Promise<EndToEndResult> {
  // The sessions' opening cost, alone: the raw figure excludes it, so the end-to-end one must too. The first
  // opening in a process also starts onnxruntime itself (three times slower for ResNet-50), so time the second,
  // which is what the pipeline's own opening costs.
  const openBoth = async (): Promise<{ seconds: number; cpuSeconds: number }> => {
    const start = performance.now()
    const cpuStart = cpuSeconds()
    for (const model of [spec.baseline, spec.candidate]) {
      const session = await openModel(model, { threads: spec.threads, executionProvider: 'cpu' })
      await session.release()
    }
    return { seconds: seconds(start), cpuSeconds: cpuSeconds() - cpuStart }
  }
  // Opening and releasing sessions first leaves the peak RSS where it was (checked: 200 and 800 images, the same).
  await openBoth()
  const load = await openBoth()

  await rm(spec.outDir, { recursive: true, force: true })
  await mkdir(spec.outDir, { recursive: true })
  const raw: Record<string, string | string[]> = {
    baseline: [spec.baseline],
    candidate: spec.candidate,
    data: spec.manifest,
    preset: 'imagenet',
    'batch-size': String(spec.batchSize),
    threads: String(spec.threads),
    'out-dir': spec.outDir
  }
  if (spec.cacheDir !== null) raw['cache-dir'] = spec.cacheDir
  const config = parseConfig(raw, process.cwd())
  const { logger, groups, cacheHits } = timingLogger()
  const start = performance.now()
  const result = await runCompare(config, logger)
  const totalSeconds = seconds(start)
  const stage = [...groups.entries()].find(([name]) => name.startsWith('Running'))
  const modelsEvaluated = 2 - cacheHits()
  const stageSeconds = stage?.[1].seconds ?? 0
  const images = result.report.summary.images
  // With both models evaluated, the stage opened both sessions; with a cached baseline, one.
  const opened = modelsEvaluated / 2
  const inference = stageSeconds - load.seconds * opened
  const inferenceCpu = (stage?.[1].cpuSeconds ?? 0) - load.cpuSeconds * opened
  return {
    images,
    totalSeconds,
    stageSeconds,
    loadSeconds: load.seconds,
    imagesPerSecond: modelsEvaluated > 0 ? images / inference : 0,
    cpuMsPerImage: (inferenceCpu * 1000) / images,
    modelsEvaluated,
    maxRssMB: maxRssMB()
  }
}

async function runAnalysis(spec: AnalysisScenario): Promise<AnalysisResult> {
  const preset = loadImagenetPreset()
  const top1 = async (file: string): Promise<Int32Array> => {
    const predictions = await readPredictions(file)
    const byName = new Map(predictions.map((p) => [p.id, p.top[0] as number]))
    return Int32Array.from(preset.valLabels, (_, i) => byName.get(imageName(i)) as number)
  }
  const input: AnalysisInput = {
    classNames: preset.classes.names,
    labels: preset.valLabels,
    multiLabels: preset.real,
    baseline: await top1(spec.baseline),
    candidate: await top1(spec.candidate),
    baselineReplicates: [],
    hierarchy: preset.hierarchy
  }
  const policy = parseConfig(
    {
      'baseline-predictions': [spec.baseline],
      'candidate-predictions': spec.candidate,
      preset: 'imagenet'
    },
    process.cwd()
  ).policy
  const times: number[] = []
  let hurt = 0
  for (let run = 0; run < spec.repeats; run++) {
    const start = performance.now()
    const comparison = compare(input, policy)
    times.push(seconds(start))
    hurt = comparison.classes.filter((entry) => entry.status === 'hurt').length
  }
  return {
    images: input.labels.length,
    classes: input.classNames.length,
    seconds: times,
    hurt,
    maxRssMB: maxRssMB()
  }
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? '{}') as Scenario
  let result: unknown
  if (spec.kind === 'raw') result = await runRaw(spec)
  else if (spec.kind === 'e2e') result = await runEndToEnd(spec)
  else if (spec.kind === 'analysis') result = await runAnalysis(spec)
  else throw new Error(`unknown scenario ${JSON.stringify(spec)}`)
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`)
}

await main()
