/**
 * Side files — classes, multi-labels, hierarchy, preprocessing, predictions, shard folders and models — under
 * the images' rule, through the CLI as a process: a path that resolves, lexically or through a symbolic link,
 * outside the data root and the working directory is refused unless --allow-outside-root; a file that is not
 * a regular file (a FIFO, a device) is refused without being opened, so nothing hangs; a file over its size
 * cap is refused before it is read. No line quotes what such a file holds.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { compare, expectCliPass, expectCliRefusal, scratch, writeGoodSet } from './helpers.js'

/** Seen by the CLI in its environment (/proc/self/environ): it must never reach an output. */
const SECRET = 'ghs_classdiffTestSecret0123456789'
process.env.CLASSDIFF_TEST_SECRET = SECRET

let dir: string
let at: (...parts: string[]) => string
let cleanup: () => Promise<void>
/** A folder beside the working directory, outside it and outside the data root. */
let elsewhere: string

const GOOD = {
  'baseline-predictions': 'predictions/good.jsonl',
  'candidate-predictions': 'predictions/good.jsonl',
  data: 'data/manifest.csv',
  classes: 'data/classes.txt'
}

function run(options: Record<string, string | true>): ReturnType<typeof compare> {
  return compare(
    dir,
    Object.entries(options).flatMap(([name, value]) =>
      value === true ? [`--${name}`] : [`--${name}`, value]
    )
  )
}

/** Nothing the CLI printed holds the secret from its environment. */
function expectNoLeak(result: { stdout: string; stderr: string }): void {
  expect(result.stdout + result.stderr).not.toContain(SECRET)
}

beforeAll(async () => {
  ;({ dir, at, cleanup } = await scratch('side-files'))
  await writeGoodSet(dir)
  elsewhere = await mkdtemp(path.join(tmpdir(), 'classdiff-elsewhere-'))
  await copyFile(at('data', 'classes.txt'), path.join(elsewhere, 'classes.txt'))
  await copyFile(at('predictions', 'good.jsonl'), path.join(elsewhere, 'good.jsonl'))
  await copyFile(at('models', 'good.onnx'), path.join(elsewhere, 'good.onnx'))
  await writeFile(path.join(elsewhere, 'preprocess.json'), '{"input_size": [3, 8, 8]}\n')
  await writeFile(path.join(elsewhere, 'tree.txt'), 'animal red\nanimal green\n')
  await writeFile(path.join(elsewhere, 'labels.jsonl'), '{"file": "red.png", "labels": [0]}\n')
})
afterAll(async () => {
  await cleanup()
  await rm(elsewhere, { recursive: true, force: true })
})

describe('side files outside the data root and the working directory', () => {
  const cases: [string, () => Record<string, string>, RegExp][] = [
    [
      'classes',
      () => ({ ...GOOD, classes: path.join(elsewhere, 'classes.txt') }),
      /^classdiff: --classes \S+classes\.txt: is outside the data root and the working directory \(--allow-outside-root allows it\)$/
    ],
    [
      'multi-labels',
      () => ({ ...GOOD, 'multi-labels': '../' + path.basename(elsewhere) + '/labels.jsonl' }),
      /^classdiff: --multi-labels \S+labels\.jsonl: is outside the data root and the working directory/
    ],
    [
      'hierarchy',
      () => ({ ...GOOD, hierarchy: path.join(elsewhere, 'tree.txt') }),
      /^classdiff: --hierarchy \S+tree\.txt: is outside the data root/
    ],
    [
      'predictions',
      () => ({ ...GOOD, 'baseline-predictions': path.join(elsewhere, 'good.jsonl') }),
      /^classdiff: predictions file \S+good\.jsonl: is outside the data root/
    ],
    [
      'model',
      () => ({
        data: 'data/manifest.csv',
        classes: 'data/classes.txt',
        baseline: path.join(elsewhere, 'good.onnx'),
        candidate: 'models/good.onnx'
      }),
      /^classdiff: model \S+good\.onnx: is outside the data root/
    ],
    [
      'preprocessing',
      () => ({
        data: 'data/manifest.csv',
        classes: 'data/classes.txt',
        baseline: 'models/good.onnx',
        candidate: 'models/good.onnx',
        'baseline-preprocess': path.join(elsewhere, 'preprocess.json')
      }),
      /^classdiff: preprocessing file \S+preprocess\.json: is outside the data root/
    ]
  ]

  it.each(cases)(
    '[side-file-outside] a %s file elsewhere: refused, naming it and the flag that allows it',
    async (_what, options, line) => {
      const result = await run(options())
      expectCliRefusal(result, line)
    }
  )

  it('[side-file-outside] --allow-outside-root lets them in', async () => {
    const result = await run({
      ...GOOD,
      classes: path.join(elsewhere, 'classes.txt'),
      'baseline-predictions': path.join(elsewhere, 'good.jsonl'),
      'allow-outside-root': true
    })
    expectCliPass(result)
  })

  it('[side-file-outside] a shard folder elsewhere: classdiff report refuses it', async () => {
    await mkdir(path.join(elsewhere, 'shard-1'), { recursive: true })
    const merged = await runCli(
      ['report', '--shards', path.join(elsewhere, 'shard-1'), '--out-dir', at('merged')],
      { cwd: dir }
    )
    expect(merged.code).toBe(2)
    expect(merged.stderr.trim()).toMatch(
      /^classdiff: --shards \S+shard-1: is outside the data root and the working directory/
    )
    expect(existsSync(at('merged'))).toBe(false)
  })
})

describe('side files that are symbolic links out of the tree', () => {
  const links: [string, string, (link: string) => Record<string, string>, RegExp][] = [
    [
      'the classes file',
      'data/environ-classes.txt',
      (link) => ({ ...GOOD, classes: link }),
      /^classdiff: --classes data\/environ-classes\.txt: resolves \(through a symbolic link\) outside the data root and the working directory \(--allow-outside-root allows it\)$/
    ],
    [
      'the multi-labels file',
      'data/environ-labels.jsonl',
      (link) => ({ ...GOOD, 'multi-labels': link }),
      /^classdiff: --multi-labels data\/environ-labels\.jsonl: resolves \(through a symbolic link\) outside/
    ],
    [
      'the hierarchy',
      'data/environ-tree.txt',
      (link) => ({ ...GOOD, hierarchy: link }),
      /^classdiff: --hierarchy data\/environ-tree\.txt: resolves \(through a symbolic link\) outside/
    ],
    [
      'a predictions file',
      'predictions/environ.jsonl',
      (link) => ({ ...GOOD, 'candidate-predictions': link }),
      /^classdiff: predictions file predictions\/environ\.jsonl: resolves \(through a symbolic link\) outside/
    ]
  ]

  it.each(links)(
    '[side-file-symlink] %s linked to /proc/self/environ: refused before a byte is read; the token is in no output',
    async (_what, link, options, line) => {
      await symlink('/proc/self/environ', at(link))
      const result = await run(options(link))
      expectCliRefusal(result, line)
      expectNoLeak(result)
    }
  )

  it('[side-file-symlink] a model sidecar (models/x.json) linked out: refused, though nobody named it', async () => {
    await copyFile(at('models', 'good.onnx'), at('models', 'sidecar.onnx'))
    await symlink(path.join(elsewhere, 'preprocess.json'), at('models', 'sidecar.json'))
    const result = await run({
      data: 'data/manifest.csv',
      classes: 'data/classes.txt',
      baseline: 'models/good.onnx',
      candidate: 'models/sidecar.onnx'
    })
    expectCliRefusal(
      result,
      /^classdiff: preprocessing file \S*models\/sidecar\.json: resolves \(through a symbolic link\) outside/
    )
  })

  it('[side-file-symlink] a hierarchy names file linked out: refused', async () => {
    await writeFile(at('data', 'named.txt'), 'animal red\nanimal green\n')
    await symlink('/proc/self/environ', at('data', 'named.names.txt'))
    const result = await run({ ...GOOD, hierarchy: 'data/named.txt' })
    expectCliRefusal(
      result,
      /^classdiff: hierarchy names file \S+named\.names\.txt: resolves \(through a symbolic link\) outside/
    )
    expectNoLeak(result)
  })

  it('[side-file-symlink] a model linked out: refused', async () => {
    await symlink(path.join(elsewhere, 'good.onnx'), at('models', 'linked.onnx'))
    const result = await run({
      data: 'data/manifest.csv',
      classes: 'data/classes.txt',
      baseline: 'models/good.onnx',
      candidate: 'models/linked.onnx'
    })
    expectCliRefusal(
      result,
      /^classdiff: model models\/linked\.onnx: resolves \(through a symbolic link\) outside/
    )
  })

  it('[side-file-symlink] a link that stays inside the tree is read as usual', async () => {
    await symlink(at('data', 'classes.txt'), at('data', 'same-classes.txt'))
    expectCliPass(await run({ ...GOOD, classes: 'data/same-classes.txt' }))
  })
})

describe('inputs that are not regular files', () => {
  function fifo(file: string): void {
    execFileSync('mkfifo', [file])
  }

  it.each([
    ['the classes file', 'data/fifo-classes.txt', (f: string) => ({ ...GOOD, classes: f })],
    [
      'a predictions file',
      'predictions/fifo.jsonl',
      (f: string) => ({ ...GOOD, 'baseline-predictions': f })
    ],
    [
      'the multi-labels file',
      'data/fifo-labels.jsonl',
      (f: string) => ({ ...GOOD, 'multi-labels': f })
    ],
    ['the manifest', 'data/fifo.csv', (f: string) => ({ ...GOOD, data: f })],
    [
      'a preprocessing file',
      'models/fifo.json',
      (f: string) => ({
        data: 'data/manifest.csv',
        classes: 'data/classes.txt',
        baseline: 'models/good.onnx',
        candidate: 'models/good.onnx',
        'candidate-preprocess': f
      })
    ],
    [
      'a model',
      'models/fifo.onnx',
      (f: string) => ({
        data: 'data/manifest.csv',
        classes: 'data/classes.txt',
        baseline: 'models/good.onnx',
        candidate: f
      })
    ]
  ])(
    '[input-not-regular] %s as a FIFO: refused at once, never opened (nothing hangs)',
    { timeout: 20_000 },
    async (_what, file, options) => {
      fifo(at(file))
      const result = await run(options(file))
      expectCliRefusal(result, /: is a FIFO \(named pipe\), expected a regular file$/)
    }
  )

  it(
    '[input-not-regular] a model linked to /dev/zero, allowed outside the root, with a cache: refused before hashing',
    { timeout: 20_000 },
    async () => {
      await symlink('/dev/zero', at('models', 'zero.onnx'))
      const result = await run({
        data: 'data/manifest.csv',
        classes: 'data/classes.txt',
        baseline: 'models/zero.onnx',
        candidate: 'models/good.onnx',
        'cache-dir': 'cache',
        'allow-outside-root': true
      })
      expectCliRefusal(
        result,
        /^classdiff: model models\/zero\.onnx: is a character device, expected a regular file$/
      )
      expect(existsSync(at('cache'))).toBe(false)
    }
  )

  it('[input-not-regular] a folder given as the classes file: refused', async () => {
    const result = await run({ ...GOOD, classes: 'data' })
    expectCliRefusal(result, /^classdiff: --classes data: is a folder, expected a regular file$/)
  })
})

describe('size caps', () => {
  it('[input-oversized] a classes file over its 16 MiB cap: refused from its size, unread', async () => {
    await writeFile(at('data', 'huge-classes.txt'), 'x'.repeat(17 * 1024 * 1024))
    const result = await run({ ...GOOD, classes: 'data/huge-classes.txt' })
    expectCliRefusal(
      result,
      /^classdiff: --classes data\/huge-classes\.txt: is 17 MiB, more than the 16 MiB allowed for this input$/
    )
  })

  it('[input-oversized] a multi-labels document nested a million deep: refused naming the file, no stack overflow', async () => {
    await writeFile(at('data', 'deep.json'), '['.repeat(1_000_000) + ']'.repeat(1_000_000))
    const result = await run({ ...GOOD, 'multi-labels': 'data/deep.json' })
    const line = expectCliRefusal(result, /^classdiff: (--multi-labels )?\S*deep\.json\b/)
    expect(line).not.toMatch(/Maximum call stack/)
  })

  it('[input-oversized] a class name of 1,001 characters: refused naming the file, since no report could carry it', async () => {
    await writeFile(
      at('data', 'long-classes.txt'),
      ['red', 'green', 'blue', 'y'.repeat(1001)].join('\n')
    )
    const result = await run({ ...GOOD, classes: 'data/long-classes.txt' })
    expectCliRefusal(
      result,
      /^classdiff: classes file \S+long-classes\.txt: the name of class 3 is 1001 characters, more than the 1000 a report may hold/
    )
  })

  it('[input-oversized] an error about a 100,000-character label: one line, capped, quoting only an excerpt', async () => {
    const manifest = (await readFile(at('data', 'manifest.csv'), 'utf8')).replace(
      'yellow.png,3',
      `yellow.png,${'q'.repeat(100_000)}`
    )
    await writeFile(at('data', 'long-label.csv'), manifest)
    const result = await run({ ...GOOD, data: 'data/long-label.csv' })
    const line = expectCliRefusal(result, /^classdiff: \S*long-label\.csv:5: /)
    expect(line.length).toBeLessThanOrEqual(2000 + 'classdiff: '.length)
  })
})
