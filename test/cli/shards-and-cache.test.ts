import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeSamples, writeColourSet } from '../helpers/colour-set.js'
import { runCli } from '../helpers/run-cli.js'
import { tempDir } from '../model/helpers/images.js'

/** Sharded evaluation over a job matrix, merged by `classdiff report`, and the baseline predictions cache. */
describe('sharded evaluation and the baseline cache', () => {
  let dir: string
  let cleanup: () => Promise<void>
  const at = (...parts: string[]): string => path.join(dir, ...parts)
  const common = (): string[] => [
    '--baseline',
    at('baseline.onnx'),
    '--candidate',
    at('candidate.onnx'),
    '--data',
    at('data', 'manifest.csv'),
    '--classes',
    at('data', 'classes.txt'),
    '--multi-labels',
    at('data', 'multi-labels.jsonl')
  ]

  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir('classdiff-shards-'))
    await writeColourSet(dir, makeSamples())
  })
  afterAll(() => cleanup())

  it('merges 4 shards into a report.json (and report.html, thumbnails and all) byte-identical to the unsharded run', async () => {
    const whole = await runCli(['compare', ...common(), '--out-dir', at('whole')], { cwd: dir })
    expect(whole.code).not.toBe(2)
    for (let shard = 1; shard <= 4; shard++) {
      const run = await runCli(
        [
          'compare',
          ...common(),
          '--shard',
          `${shard}/4`,
          '--out-dir',
          at('shards', `shard-${shard}`)
        ],
        { cwd: dir }
      )
      expect(run.code).toBe(0)
      expect(run.stdout).toContain(`shard ${shard}/4 evaluated 30 images`)
    }
    const merged = await runCli(['report', '--shards', at('shards'), '--out-dir', at('merged')], {
      cwd: dir
    })
    expect(merged.code, merged.stderr).toBe(whole.code)
    for (const file of [
      'report.json',
      'report.md',
      'report.html',
      'predictions-baseline.jsonl',
      'predictions-candidate.jsonl'
    ]) {
      const a = await readFile(at('whole', file))
      const b = await readFile(at('merged', file))
      expect(b.equals(a), file).toBe(true)
    }
  })

  it('refuses to merge when a shard is missing, named by number', async () => {
    const run = await runCli(
      [
        'report',
        '--shards',
        at('shards', 'shard-1'),
        '--shards',
        at('shards', 'shard-3'),
        '--shards',
        at('shards', 'shard-4')
      ],
      { cwd: dir }
    )
    expect(run.code).toBe(2)
    expect(run.stderr.trim()).toBe('classdiff: shard(s) 2 of 4 are missing')
  })

  it('refuses a tampered shard manifest, naming the file', async () => {
    const copy = at('tampered')
    await runCli(['compare', ...common(), '--shard', '1/1', '--out-dir', copy], { cwd: dir })
    await writeFile(
      path.join(copy, 'shard.json'),
      '{"schemaVersion": 1, "shard": {"index": 3, "count": 2}}'
    )
    const run = await runCli(['report', '--shards', copy], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/tampered\/shard\.json: "shard" must be/)
  })

  it('answers the baseline from the cache on a second run, with the same report', async () => {
    const cacheDir = at('cache')
    await rm(cacheDir, { recursive: true, force: true })
    const cold = await runCli(
      ['compare', ...common(), '--cache-dir', cacheDir, '--out-dir', at('cold')],
      { cwd: dir }
    )
    expect(cold.stderr).toContain('Running 2 model(s)')
    expect(await readdir(cacheDir)).toHaveLength(1)

    const warm = await runCli(
      ['compare', ...common(), '--cache-dir', cacheDir, '--out-dir', at('warm')],
      { cwd: dir }
    )
    expect(warm.stderr).toMatch(/baseline\.onnx: predictions from the cache/)
    expect(warm.stderr).toContain('Running 1 model(s)')
    const a = await readFile(at('cold', 'report.json'))
    const b = await readFile(at('warm', 'report.json'))
    expect(b.equals(a)).toBe(true)
  })

  it('misses the cache when the baseline model changes', async () => {
    const cacheDir = at('cache-swap')
    await runCli(['compare', ...common(), '--cache-dir', cacheDir, '--out-dir', at('swap-1')], {
      cwd: dir
    })
    // Another baseline: the candidate's weights under the baseline's role.
    const swapped = common()
    swapped[1] = at('candidate.onnx')
    const run = await runCli(
      ['compare', ...swapped, '--cache-dir', cacheDir, '--out-dir', at('swap-2')],
      { cwd: dir }
    )
    expect(run.stderr).not.toContain('from the cache')
    expect(await readdir(cacheDir)).toHaveLength(2)
  })
})
