/**
 * `hf://` references against a loopback Hub (test/helpers/hub-server.ts): a private model repo in the
 * transformers ONNX layout (`onnx/model.onnx` with `config.json` and `preprocessor_config.json` at the top) at
 * two revisions — `main` and a pull request's `refs/pr/1` — gives the per-class figures of the same two models as
 * local files with timm sidecars; a dataset folder arrives byte-identical; without a token the run stops.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeOnnxSet } from '../github/e2e/onnx-set.js'
import { HubServer } from '../helpers/hub-server.js'
import { writeColourClassifier, type Rgb } from '../helpers/onnx/colour-classifier.js'
import { writeImageParquet, type ParquetRow } from '../helpers/parquet.js'
import { runCli } from '../helpers/run-cli.js'

const TOKEN = 'hf_private_token_value'
const PROTOTYPES: readonly Rgb[] = [
  [220, 30, 30],
  [240, 140, 20],
  [30, 180, 60],
  [30, 60, 220]
]
/** The models were "trained" on lopsided statistics: read with ImageNet's, they confuse colours. */
const MEAN = [0.9, 0.5, 0.1] as const
const STD = [0.05, 0.6, 0.6] as const
const NORMALISATION = { mean: MEAN, std: STD, channelOrder: 'RGB' } as const

let dir: string
let hub: HubServer

/** `classdiff compare` in the test's folder, with these flags (name → value) and environment. */
function compareIn(
  flags: Record<string, string>,
  env?: NodeJS.ProcessEnv
): ReturnType<typeof runCli> {
  const args = Object.entries(flags).flatMap(([name, value]) => [`--${name}`, value])
  return runCli(['compare', ...args], { cwd: dir, ...(env === undefined ? {} : { env }) })
}

function figures(reportJson: string): { classes: unknown; summary: unknown } {
  const report = JSON.parse(readFileSync(reportJson, 'utf8')) as {
    classes: unknown
    summary: unknown
  }
  return { classes: report.classes, summary: report.summary }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'classdiff-hub-'))
  await writeOnnxSet(dir)
  const local = path.join(dir, 'local')
  mkdirSync(local)
  await writeColourClassifier(path.join(local, 'baseline.onnx'), {
    prototypes: PROTOTYPES,
    normalisation: NORMALISATION
  })
  await writeColourClassifier(path.join(local, 'candidate.onnx'), {
    prototypes: PROTOTYPES.map((colour, c) => (c === 1 ? ([0, 0, 0] as Rgb) : colour)),
    normalisation: NORMALISATION
  })
  // The local pair states the same preprocessing as timm sidecars.
  const timm = JSON.stringify({
    input_size: [3, 24, 24],
    crop_pct: 1,
    crop_mode: 'squash',
    interpolation: 'bilinear',
    mean: MEAN,
    std: STD
  })
  writeFileSync(path.join(local, 'baseline.json'), timm)
  writeFileSync(path.join(local, 'candidate.json'), timm)

  hub = await HubServer.start(TOKEN)
  const configs = {
    'config.json': {
      content: Buffer.from(
        JSON.stringify({
          architectures: ['ColourNet'],
          id2label: { 0: 'red', 1: 'orange', 2: 'green', 3: 'blue' }
        })
      ),
      lfs: false
    },
    'preprocessor_config.json': {
      content: Buffer.from(
        JSON.stringify({
          image_processor_type: 'ViTImageProcessor',
          do_resize: true,
          size: { height: 24, width: 24 },
          resample: 2,
          do_rescale: true,
          rescale_factor: 1 / 255,
          do_normalize: true,
          image_mean: MEAN,
          image_std: STD
        })
      ),
      lfs: false
    }
  }
  hub.commit(
    'acme/colour-net',
    { private: true, refs: ['main'] },
    {
      ...configs,
      'onnx/model.onnx': { content: await readFile(path.join(local, 'baseline.onnx')), lfs: true }
    }
  )
  hub.commit(
    'acme/colour-net',
    { private: true, refs: ['refs/pr/1'] },
    {
      ...configs,
      'onnx/model.onnx': { content: await readFile(path.join(local, 'candidate.onnx')), lfs: true }
    }
  )
  const images: Record<string, { content: Buffer; lfs: boolean }> = {}
  for (const name of ['red', 'orange', 'green', 'blue']) {
    for (const file of readdirSync(path.join(dir, 'data', name))) {
      images[`images/${name}/${file}`] = {
        content: await readFile(path.join(dir, 'data', name, file)),
        lfs: true
      }
    }
  }
  hub.commit('acme/colour-set', { type: 'dataset', refs: ['main', 'v1'] }, images)
  // The same images as a Hugging Face parquet shard, in the layout `datasets` pushes to the Hub.
  const rows: ParquetRow[] = []
  for (const [label, name] of ['red', 'orange', 'green', 'blue'].entries()) {
    for (const file of readdirSync(path.join(dir, 'data', name)).sort()) {
      rows.push({
        bytes: await readFile(path.join(dir, 'data', name, file)),
        path: `${name}/${file}`,
        label
      })
    }
  }
  const shard = path.join(dir, 'test-00000-of-00001.parquet')
  writeImageParquet(shard, rows, { names: ['red', 'orange', 'green', 'blue'], rowGroupSize: 8 })
  hub.commit(
    'acme/colour-parquet',
    { type: 'dataset', refs: ['main'] },
    { 'data/test-00000-of-00001.parquet': { content: await readFile(shard), lfs: true } }
  )
}, 60_000)

afterAll(async () => {
  await hub?.close()
  rmSync(dir, { recursive: true, force: true })
})

const BASELINE = 'hf://acme/colour-net/onnx/model.onnx'
const CANDIDATE = 'hf://acme/colour-net@refs/pr/1/onnx/model.onnx'

describe('hf:// model references', () => {
  it('a private repo at two revisions with transformers configs gives the figures of the local files', async () => {
    const localRun = await compareIn({
      baseline: 'local/baseline.onnx',
      candidate: 'local/candidate.onnx',
      data: 'data/manifest.csv',
      classes: 'data/classes.txt',
      'out-dir': 'out-local'
    })
    expect(localRun.code, localRun.stderr).toBe(1)
    const hubRun = await compareIn(
      {
        baseline: BASELINE,
        candidate: CANDIDATE,
        data: 'data/manifest.csv',
        classes: 'data/classes.txt',
        'out-dir': 'out-hub',
        'cache-dir': 'cache'
      },
      { HF_ENDPOINT: hub.url, HF_TOKEN: TOKEN }
    )
    expect(hubRun.code, hubRun.stderr).toBe(1)
    expect(figures(path.join(dir, 'out-hub', 'report.json'))).toEqual(
      figures(path.join(dir, 'out-local', 'report.json'))
    )
    // The configs matter: the same models read with ImageNet's defaults score otherwise.
    mkdirSync(path.join(dir, 'bare'), { recursive: true })
    copyFileSync(path.join(dir, 'local', 'baseline.onnx'), path.join(dir, 'bare', 'baseline.onnx'))
    copyFileSync(
      path.join(dir, 'local', 'candidate.onnx'),
      path.join(dir, 'bare', 'candidate.onnx')
    )
    const bare = await compareIn({
      baseline: 'bare/baseline.onnx',
      candidate: 'bare/candidate.onnx',
      data: 'data/manifest.csv',
      classes: 'data/classes.txt',
      'out-dir': 'out-bare'
    })
    expect(bare.code, bare.stderr).not.toBe(2)
    expect(figures(path.join(dir, 'out-bare', 'report.json'))).not.toEqual(
      figures(path.join(dir, 'out-local', 'report.json'))
    )
    // The token went to the Hub only; the signed file-store URL got none, and neither is printed.
    const store = hub.requests.filter((r) => r.host === 'store')
    expect(store).toHaveLength(2)
    expect(store.every((r) => !r.authorized)).toBe(true)
    expect(hub.requests.filter((r) => r.host === 'hub').every((r) => r.authorized)).toBe(true)
    // The pull-request revision travels URL-encoded, as huggingface_hub sends it.
    expect(
      hub.requests.some((r) => r.path === '/api/models/acme/colour-net/revision/refs%2Fpr%2F1')
    ).toBe(true)
    expect(hubRun.stderr + hubRun.stdout).not.toContain(TOKEN)
    expect(hubRun.stderr).not.toContain('X-Amz-Signature')

    // Again with the cache warm: metadata is asked again (a branch may move), no file is downloaded.
    const storeBefore = hub.requests.filter((r) => r.host === 'store').length
    const again = await compareIn(
      {
        baseline: BASELINE,
        candidate: CANDIDATE,
        data: 'data/manifest.csv',
        classes: 'data/classes.txt',
        'out-dir': 'out-hub-2',
        'cache-dir': 'cache'
      },
      { HF_ENDPOINT: hub.url, HF_TOKEN: TOKEN }
    )
    expect(again.code, again.stderr).toBe(1)
    expect(hub.requests.filter((r) => r.host === 'store').length).toBe(storeBefore)
    expect(readFileSync(path.join(dir, 'out-hub-2', 'report.json'), 'utf8')).toBe(
      readFileSync(path.join(dir, 'out-hub', 'report.json'), 'utf8')
    )
  }, 90_000)

  it('without --classes, the config’s id2label orders the classes of an image folder as the model outputs them', async () => {
    const local = await compareIn({
      baseline: 'local/baseline.onnx',
      candidate: 'local/candidate.onnx',
      data: 'data',
      classes: 'data/classes.txt',
      'out-dir': 'out-folder-classes'
    })
    expect(local.code, local.stderr).toBe(1)
    // Sorted folder names (blue, green, orange, red) are not the models' order (red, orange, green, blue).
    const sorted = await compareIn({
      baseline: 'local/baseline.onnx',
      candidate: 'local/candidate.onnx',
      data: 'data',
      'out-dir': 'out-folder-sorted'
    })
    expect(sorted.code, sorted.stderr).not.toBe(2)
    expect(figures(path.join(dir, 'out-folder-sorted', 'report.json'))).not.toEqual(
      figures(path.join(dir, 'out-folder-classes', 'report.json'))
    )
    const run = await compareIn(
      {
        baseline: BASELINE,
        candidate: CANDIDATE,
        data: 'data',
        'out-dir': 'out-id2label',
        'cache-dir': 'cache'
      },
      { HF_ENDPOINT: hub.url, HF_TOKEN: TOKEN }
    )
    expect(run.code, run.stderr).toBe(1)
    expect(run.stderr).toMatch(/4 class names from the id2label of \S+config\.json/)
    expect(figures(path.join(dir, 'out-id2label', 'report.json'))).toEqual(
      figures(path.join(dir, 'out-folder-classes', 'report.json'))
    )
  }, 90_000)

  it('a dataset folder arrives byte-identical, verified, and evaluates as the local folder', async () => {
    const localRun = await compareIn({
      baseline: 'local/baseline.onnx',
      candidate: 'local/candidate.onnx',
      data: 'data',
      classes: 'data/classes.txt',
      'out-dir': 'out-folder'
    })
    const run = await compareIn(
      {
        baseline: 'local/baseline.onnx',
        candidate: 'local/candidate.onnx',
        data: 'hf://datasets/acme/colour-set@v1/images',
        classes: 'data/classes.txt',
        'out-dir': 'out-dataset',
        'cache-dir': 'cache-data'
      },
      { HF_ENDPOINT: hub.url, HF_TOKEN: '' }
    )
    expect(localRun.code, localRun.stderr).toBe(1)
    expect(run.code, run.stderr).toBe(1)
    expect(figures(path.join(dir, 'out-dataset', 'report.json'))).toEqual(
      figures(path.join(dir, 'out-folder', 'report.json'))
    )
    const snapshots = path.join(
      dir,
      'cache-data',
      'sources',
      'snapshots',
      'hf',
      'datasets',
      'acme',
      'colour-set'
    )
    const [commit] = readdirSync(snapshots)
    const arrived = path.join(snapshots, commit as string, 'images', 'orange', '3.png')
    expect(readFileSync(arrived)).toEqual(readFileSync(path.join(dir, 'data', 'orange', '3.png')))
    const report = JSON.parse(
      readFileSync(path.join(dir, 'out-dataset', 'report.json'), 'utf8')
    ) as { inputs: { data: string } }
    expect(report.inputs.data).toBe('hf://datasets/acme/colour-set@v1/images')
  }, 90_000)

  it('a parquet shard of a Hub dataset arrives verified and evaluates as the same images in a local folder', async () => {
    const run = await compareIn(
      {
        baseline: 'local/baseline.onnx',
        candidate: 'local/candidate.onnx',
        data: 'hf://datasets/acme/colour-parquet/data/test-00000-of-00001.parquet',
        'out-dir': 'out-parquet',
        'cache-dir': 'cache-parquet'
      },
      { HF_ENDPOINT: hub.url, HF_TOKEN: '' }
    )
    expect(run.code, run.stderr).toBe(1)
    // Class names come from the shard's ClassLabel metadata, in the same order as data/classes.txt.
    expect(figures(path.join(dir, 'out-parquet', 'report.json'))).toEqual(
      figures(path.join(dir, 'out-folder', 'report.json'))
    )
  }, 90_000)

  it('a sharded run on a Hub dataset merges on another runner from the commit the shards read, into the unsharded report', async () => {
    // A tag that moves between the shard jobs and the merge job: the merge must read what the shards read.
    const images = Object.fromEntries(
      ['red', 'orange', 'green', 'blue'].flatMap((name) =>
        readdirSync(path.join(dir, 'data', name)).map((file) => [
          `images/${name}/${file}`,
          { content: readFileSync(path.join(dir, 'data', name, file)), lfs: true }
        ])
      )
    )
    hub.commit('acme/colour-moving', { type: 'dataset', refs: ['stable'] }, images)
    const flags = {
      baseline: 'local/baseline.onnx',
      candidate: 'local/candidate.onnx',
      data: 'hf://datasets/acme/colour-moving@stable/images',
      classes: 'data/classes.txt'
    }
    const env = { HF_ENDPOINT: hub.url, HF_TOKEN: '' }
    const whole = await compareIn({ ...flags, 'out-dir': 'out-moving', 'cache-dir': 'c0' }, env)
    expect(whole.code, whole.stderr).toBe(1)
    for (const index of [1, 2]) {
      const shard = await compareIn(
        {
          ...flags,
          shard: `${index}/2`,
          'out-dir': `moving-shards/${index}`,
          'cache-dir': `c${index}`
        },
        env
      )
      expect(shard.code, shard.stderr).toBe(0)
    }
    const fewer = Object.fromEntries(
      Object.entries(images).filter(([file]) => !file.startsWith('images/orange/'))
    )
    hub.commit('acme/colour-moving', { type: 'dataset', refs: ['stable'] }, fewer)

    // Another runner: the same checkout (classes.txt) and the shard artifacts; no cache, no fetched files.
    const other = await mkdtemp(path.join(tmpdir(), 'classdiff-hub-merge-'))
    mkdirSync(path.join(other, 'data'))
    copyFileSync(path.join(dir, 'data', 'classes.txt'), path.join(other, 'data', 'classes.txt'))
    for (const index of [1, 2]) {
      const from = path.join(dir, 'moving-shards', String(index))
      const to = path.join(other, 'moving-shards', String(index))
      mkdirSync(to, { recursive: true })
      for (const file of readdirSync(from)) copyFileSync(path.join(from, file), path.join(to, file))
    }
    const merge = await runCli(['report', '--shards', 'moving-shards', '--out-dir', 'out-merged'], {
      cwd: other,
      env: { ...env, XDG_CACHE_HOME: path.join(other, 'xdg-cache') }
    })
    expect(merge.code, merge.stderr).toBe(1)
    expect(merge.stderr).toMatch(
      /hf:\/\/datasets\/acme\/colour-moving@[0-9a-f]{40}\/images: \d+ files at commit/
    )
    expect(readFileSync(path.join(other, 'out-merged', 'report.json'), 'utf8')).toBe(
      readFileSync(path.join(dir, 'out-moving', 'report.json'), 'utf8')
    )
    rmSync(other, { recursive: true, force: true })
  }, 120_000)
})
