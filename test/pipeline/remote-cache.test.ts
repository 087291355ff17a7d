import { copyFile, mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseConfig } from '../../src/config/parse.js'
import { silentLogger } from '../../src/log.js'
import type { RemoteCache } from '../../src/model/prediction-cache.js'
import { runCompare } from '../../src/pipeline.js'
import { makeSamples, writeColourSet } from '../helpers/colour-set.js'
import { tempDir } from '../model/helpers/images.js'

/**
 * The store behind --cache-dir (the GitHub Actions cache in the action): a fresh runner with an empty
 * cache folder gets the baseline's predictions from the store instead of evaluating the baseline again.
 */
class FolderStore implements RemoteCache {
  readonly restored: string[] = []
  readonly saved: string[] = []
  constructor(private readonly dir: string) {}
  async restore(file: string, key: string): Promise<boolean> {
    const stored = path.join(this.dir, key)
    try {
      await mkdir(path.dirname(file), { recursive: true })
      await copyFile(stored, file)
      this.restored.push(key)
      return true
    } catch {
      return false
    }
  }
  async save(file: string, key: string): Promise<void> {
    await mkdir(this.dir, { recursive: true })
    await copyFile(file, path.join(this.dir, key))
    this.saved.push(key)
  }
}

describe('runCompare with a remote cache', () => {
  let dir: string
  let cleanup: () => Promise<void>
  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir('classdiff-remote-cache-'))
    await writeColourSet(dir, makeSamples())
  })
  afterAll(() => cleanup())

  const config = (runner: string) =>
    parseConfig(
      {
        baseline: ['baseline.onnx'],
        candidate: 'candidate.onnx',
        data: 'data/manifest.csv',
        classes: 'data/classes.txt',
        'cache-dir': `${runner}/cache`,
        'out-dir': `${runner}/out`
      },
      dir
    )

  it('saves the baseline once, then a fresh runner restores it instead of evaluating', async () => {
    const store = new FolderStore(path.join(dir, 'store'))
    const groups: string[] = []
    const logger = {
      ...silentLogger,
      group: <T>(name: string, fn: () => Promise<T>) => (groups.push(name), fn())
    }

    const first = await runCompare(config('runner-1'), logger, { remoteCache: store })
    expect(store.saved).toHaveLength(1)
    expect(groups.some((name) => name.startsWith('Running 2 model(s)'))).toBe(true)

    groups.length = 0
    await rm(path.join(dir, 'runner-1'), { recursive: true })
    const second = await runCompare(config('runner-2'), logger, { remoteCache: store })
    expect(store.restored).toEqual(store.saved)
    expect(groups.some((name) => name.startsWith('Running 1 model(s)'))).toBe(true)
    expect(await readdir(path.join(dir, 'runner-2', 'cache'))).toHaveLength(1)
    expect(second.report).toEqual(first.report)
  })
})
