/**
 * Resource bounds: --timeout (action input `timeout`) limits how long a model may take to load and to score
 * one batch. onnxruntime-node's calls block Node's thread and cannot be interrupted, so the watchdog thread
 * (src/model/watchdog.ts) prints the failure line itself and kills the process: the CLI ends by SIGKILL
 * (exit status 137 in a shell) at the deadline, the action's step fails with the error annotation. Nothing
 * is written after the deadline: no report, no comment.
 */
import { existsSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { LOCAL_NODE, runStep } from '../github/e2e/harness.js'
import { GitHubServer } from '../helpers/github-server/server.js'
import { GraphBuilder } from '../helpers/onnx/graph-builder.js'
import { SeededRandom } from '../helpers/onnx/networks.js'
import {
  compare,
  expectActionRefusal,
  expectCliPass,
  scratch,
  writeGoodSet,
  type CompareRun
} from './helpers.js'

/**
 * A model that takes seconds to load: a chain of 1,000 MatMuls of a 512×512 constant, which onnxruntime's
 * constant folding computes while it opens the session (134 billion multiply-adds; the file is 1 MB).
 */
async function slowToLoad(file: string): Promise<void> {
  const g = new GraphBuilder('slow_to_load')
  const image = g.input('image', 'float32', ['batch', 3, 'height', 'width'])
  const size = 512
  const weight = g.constant(new SeededRandom(1).weights(size * size, 1 / Math.sqrt(size)), [
    size,
    size
  ])
  let folded = weight
  for (let i = 0; i < 1000; i++) folded = g.matMul(folded, weight)
  const head = g.op('Slice', [folded, g.int64s([0, 0]), g.int64s([3, 4])])
  g.output(g.matMul(g.flatten(g.globalAveragePool(image)), head), 'logits', 'float32', ['batch', 4])
  await g.save(file)
}

/**
 * A model that loads at once but takes seconds per image: the image's mean spread into a 1024×1024 matrix,
 * multiplied by itself 100 times (107 billion multiply-adds an image; the file is a few kilobytes).
 */
async function slowToRun(file: string): Promise<void> {
  const g = new GraphBuilder('slow_to_run')
  const image = g.input('image', 'float32', ['batch', 3, 'height', 'width'])
  const mean = g.op('ReduceMean', [g.flatten(g.globalAveragePool(image))], {
    axes: [1],
    keepdims: 1
  })
  let square = g.op('Expand', [g.reshape(mean, [-1, 1, 1]), g.int64s([1, 1024, 1024])])
  for (let i = 0; i < 100; i++) square = g.matMul(square, square)
  const pooled = g.reshape(g.op('ReduceMean', [square], { axes: [1, 2], keepdims: 0 }), [-1, 1])
  g.output(g.matMul(pooled, g.constant(Float32Array.of(1, 2, 3, 4), [1, 4])), 'logits', 'float32', [
    'batch',
    4
  ])
  await g.save(file)
}

let dir: string
let at: (...parts: string[]) => string
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ dir, at, cleanup } = await scratch('timeouts'))
  await writeGoodSet(dir)
  await slowToLoad(at('models', 'slow-to-load.onnx'))
  await slowToRun(at('models', 'slow-to-run.onnx'))
})
afterAll(() => cleanup())

const data = ['--data', 'data/manifest.csv', '--classes', 'data/classes.txt', '--threads', '1']

/** Killed at the time-out: the one line, then nothing; the shell would see 137 = 128 + SIGKILL. */
function expectCliKilled(run: CompareRun, culprit: RegExp): void {
  const said = run.stderr
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^(Loading|Running|\d+ images)/.test(line))
  expect(said, run.stderr).toHaveLength(1)
  expect(said[0]).toMatch(culprit)
  expect(run.code).toBeNull()
  expect(run.signal).toBe('SIGKILL')
  expect(run.stdout).toBe('')
  expect(existsSync(run.outDir), 'the out-dir was written').toBe(false)
}

describe('classdiff compare --timeout', () => {
  it('[timeout-load] a model that takes longer than --timeout to load: stopped at the deadline, naming the model', async () => {
    const started = Date.now()
    const run = await compare(dir, [
      '--baseline',
      'models/slow-to-load.onnx',
      '--candidate',
      'models/good.onnx',
      ...data,
      '--timeout',
      '1'
    ])
    expectCliKilled(
      run,
      /^classdiff: model models\/slow-to-load\.onnx: loading took longer than the 1 s time-out \(--timeout\)$/
    )
    // At the deadline, not when the load would have finished (about 10 s on one thread).
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('[timeout-batch] a model that takes longer than --timeout to score one batch: stopped at the deadline, naming the model and the batch', async () => {
    const started = Date.now()
    const run = await compare(dir, [
      '--baseline',
      'models/good.onnx',
      '--candidate',
      'models/slow-to-run.onnx',
      ...data,
      '--timeout',
      '2'
    ])
    expectCliKilled(
      run,
      /^classdiff: model models\/slow-to-run\.onnx: scoring a batch of 4 images \(from "red\.png"\) took longer than the 2 s time-out \(--timeout\)$/
    )
    expect(Date.now() - started).toBeLessThan(6_000)
  })

  it('[timeout-batch] models well within the time-out: evaluated, and the watchdog does not hold the process open', async () => {
    const started = Date.now()
    expectCliPass(
      await compare(dir, [
        '--baseline',
        'models/good.onnx',
        '--candidate',
        'models/good.onnx',
        ...data,
        '--timeout',
        '30'
      ])
    )
    expect(Date.now() - started).toBeLessThan(10_000)
  })
})

describe('the action with input timeout', () => {
  const PR = 42
  const HEAD = 'a1'.repeat(20)
  let server: GitHubServer

  beforeEach(async () => {
    server = await GitHubServer.start()
    server.addToken('ghs_write')
    server.addPullRequest({ number: PR, headSha: HEAD })
  })
  afterEach(async () => {
    server.assertConforming()
    await server.close()
  })

  it('[timeout-batch] a model that outlives the time-out fails the step with one error naming the model; no comment', async () => {
    const result = await runStep(LOCAL_NODE, {
      inputs: {
        baseline: 'models/good.onnx',
        candidate: 'models/slow-to-run.onnx',
        data: 'data/manifest.csv',
        classes: 'data/classes.txt',
        threads: '1',
        timeout: '2'
      },
      eventName: 'pull_request',
      event: { number: PR, pull_request: { number: PR, head: { sha: HEAD } } },
      apiUrl: server.url,
      repository: `${server.owner}/${server.repo}`,
      workspace: dir,
      token: 'ghs_write'
    })
    // Killed by the watchdog: no exit code, only the signal; the runner marks the step failed.
    expectActionRefusal(
      result,
      server,
      /^model models\/slow-to-run\.onnx: scoring a batch of 4 images \(from "red\.png"\) took longer than the 2 s time-out \(input timeout\)$/,
      null
    )
    expect(server.requests).toEqual([])
  })
})
