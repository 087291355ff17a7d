/**
 * The catalogue rows about where models come from (docs/sources.md), through the CLI as a process: git revisions
 * and paths that do not exist, an LFS object the server lost, the Hub refusing (401/403/404, saying whether a
 * token was sent, never printing it), downloads that are corrupt or cut short, and preprocessing keys that
 * contradict each other. Real git + git-lfs repositories, a loopback Git LFS server and a loopback Hub.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HubServer } from '../helpers/hub-server.js'
import { writeColourClassifier } from '../helpers/onnx/colour-classifier.js'
import { PALETTE } from '../model/helpers/palette.js'
import { commitAll, git, initLfsRepository, LfsServer, shallowCheckout } from '../source/git-lfs.js'
import { compare, expectCliRefusal, scratch, writeGoodSet } from './helpers.js'

const TOKEN = 'hf_secret_token_do_not_print'
const DATA = ['--data', 'data/manifest.csv', '--classes', 'data/classes.txt']

let at: (...parts: string[]) => string
let cleanup: () => Promise<void>
let lfs: LfsServer
let hub: HubServer
let baseSha: string
let clone: string

/** `classdiff compare` in the clone with the Hub's endpoint; HF_TOKEN as given (empty: none). */
function run(cwd: string, args: readonly string[], token = ''): ReturnType<typeof compare> {
  process.env.HF_ENDPOINT = hub.url
  process.env.HF_TOKEN = token
  // Downloads without --cache-dir go here, not to the user's ~/.cache.
  process.env.CLASSDIFF_CACHE = at('download-cache')
  return compare(cwd, args)
}

beforeAll(async () => {
  ;({ at, cleanup } = await scratch('sources'))
  const origin = at('origin.git')
  const work = at('work')
  initLfsRepository(work, origin)
  await writeGoodSet(work)
  baseSha = commitAll(work, 'base')
  // The head retrains the model: the base's LFS object is not in a clone of the head.
  await writeColourClassifier(path.join(work, 'models', 'good.onnx'), {
    prototypes: [...PALETTE].reverse()
  })
  const headSha = commitAll(work, 'head')
  git(work, 'push', '--quiet', 'origin', 'main')
  lfs = await LfsServer.start(origin)
  clone = at('clone')
  await shallowCheckout(origin, headSha, clone, lfs.url)

  hub = await HubServer.start(TOKEN)
  const model = await readFile(path.join(work, 'models', 'good.onnx'))
  const files = {
    'model.onnx': { content: model, lfs: true },
    'config.json': { content: Buffer.from('{}'), lfs: false }
  }
  hub.commit('acme/private-net', { private: true, refs: ['main'] }, files)
  hub.commit('acme/gated-net', { gated: true, refs: ['main'] }, files)
  hub.commit(
    'acme/public-net',
    { refs: ['main'] },
    {
      ...files,
      'corrupt.onnx': { content: model, lfs: true },
      'short.onnx': { content: Buffer.concat([model, Buffer.from('tail')]), lfs: true }
    }
  )
  hub.corrupt.add('acme/public-net/corrupt.onnx')
  hub.truncate.add('acme/public-net/short.onnx')
}, 60_000)

afterAll(async () => {
  delete process.env.HF_ENDPOINT
  delete process.env.HF_TOKEN
  delete process.env.CLASSDIFF_CACHE
  await lfs?.close()
  await hub?.close()
  await cleanup()
})

describe('git: references', () => {
  it('[git-unknown-revision] a revision neither the clone nor origin has: exit 2 naming the revision', async () => {
    const result = await run(clone, [
      '--baseline',
      'git:no-such-branch:models/good.onnx',
      '--candidate',
      'models/good.onnx',
      ...DATA
    ])
    expectCliRefusal(
      result,
      /^classdiff: --baseline git:no-such-branch:models\/good\.onnx: unknown revision "no-such-branch": not in this clone and origin does not have it/
    )
  })

  it('[git-unknown-path] a path that is not a file at the revision: exit 2 naming the path and commit', async () => {
    const result = await run(clone, [
      '--baseline',
      `git:${baseSha}:models/missing.onnx`,
      '--candidate',
      'models/good.onnx',
      ...DATA
    ])
    expectCliRefusal(
      result,
      new RegExp(
        `^classdiff: --baseline git:${baseSha}:models/missing\\.onnx: no file models/missing\\.onnx at revision ${baseSha} \\(commit ${baseSha.slice(0, 12)}\\)$`
      )
    )
  })

  it('[lfs-object-unavailable] the LFS server lost the base model’s object: exit 2 naming the object', async () => {
    const pointer = git(at('work'), 'show', `${baseSha}:models/good.onnx`)
    const oid = /oid sha256:([0-9a-f]{64})/.exec(pointer)?.[1] as string
    lfs.missing.add(oid)
    try {
      const result = await run(clone, [
        '--baseline',
        `git:${baseSha}:models/good.onnx`,
        '--candidate',
        'models/good.onnx',
        ...DATA,
        '--cache-dir',
        at('cache-lfs')
      ])
      expectCliRefusal(
        result,
        new RegExp(
          `^classdiff: --baseline git:${baseSha}:models/good\\.onnx: the Git LFS object ${oid.slice(0, 12)}… \\(\\d+ bytes\\) could not be fetched: `
        )
      )
    } finally {
      lfs.missing.delete(oid)
    }
  })
})

describe('hf:// references', () => {
  it('[hub-unauthorized] a private repo without a token, or with a wrong one: exit 2 naming repo, revision and file, saying whether a token was sent', async () => {
    const args = [
      '--baseline',
      'hf://acme/private-net/model.onnx',
      '--candidate',
      'models/good.onnx',
      ...DATA
    ]
    const none = await run(clone, args)
    expectCliRefusal(
      none,
      /^classdiff: --baseline hf:\/\/acme\/private-net\/model\.onnx: the Hub answered 401 for file model\.onnx of model repo acme\/private-net at revision main: .*; no token was sent \(set HF_TOKEN\)$/
    )
    const wrong = await run(clone, args, 'hf_wrong')
    expectCliRefusal(
      wrong,
      /the Hub answered 401 for file model\.onnx of model repo acme\/private-net at revision main: .*; a token was sent \(HF_TOKEN\)$/
    )
    const gated = await run(
      clone,
      ['--baseline', 'hf://acme/gated-net/model.onnx', '--candidate', 'models/good.onnx', ...DATA],
      TOKEN
    )
    const line = expectCliRefusal(
      gated,
      /the Hub answered 403 for file model\.onnx of model repo acme\/gated-net at revision main: it is gated: accept its conditions on the Hub; a token was sent/
    )
    expect(line).not.toContain(TOKEN)
  })

  it('[hub-not-found] an unknown revision, file or repo: exit 2 with the Hub’s error code', async () => {
    const revision = await run(clone, [
      '--baseline',
      'hf://acme/public-net@v9/model.onnx',
      '--candidate',
      'models/good.onnx',
      ...DATA
    ])
    expectCliRefusal(
      revision,
      /: revision v9 not found in model repo acme\/public-net \(the Hub answered 404 RevisionNotFound\)$/
    )
    const file = await run(clone, [
      '--baseline',
      'hf://acme/public-net/onnx/model.onnx',
      '--candidate',
      'models/good.onnx',
      ...DATA
    ])
    expectCliRefusal(
      file,
      /: no file onnx\/model\.onnx in model repo acme\/public-net at revision main \(the Hub answered 404 EntryNotFound\)$/
    )
    const repo = await run(
      clone,
      ['--baseline', 'hf://acme/nothing/model.onnx', '--candidate', 'models/good.onnx', ...DATA],
      TOKEN
    )
    expectCliRefusal(
      repo,
      /: model repo acme\/nothing not found \(the Hub answered 404 RepoNotFound; a token was sent \(HF_TOKEN\)\)$/
    )
  })
})

describe('downloads', () => {
  let urlServer: Server
  let urlBase: string
  let modelBytes: Buffer

  beforeAll(async () => {
    modelBytes = await readFile(path.join(clone, 'models', 'good.onnx'))
    urlServer = createServer((_req, res) => {
      res.writeHead(200, { 'content-length': String(modelBytes.length) })
      res.end(modelBytes)
    })
    await new Promise<void>((resolve) => urlServer.listen(0, '127.0.0.1', resolve))
    urlBase = `http://127.0.0.1:${(urlServer.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => urlServer.close(() => resolve())))

  it('[download-checksum-mismatch] a Hub file or a pinned URL whose bytes do not hash as published: exit 2, nothing cached', async () => {
    const corrupt = await run(clone, [
      '--baseline',
      'hf://acme/public-net/corrupt.onnx',
      '--candidate',
      'models/good.onnx',
      ...DATA,
      '--cache-dir',
      at('cache-corrupt')
    ])
    expectCliRefusal(
      corrupt,
      /^classdiff: --baseline hf:\/\/acme\/public-net\/corrupt\.onnx: checksum mismatch: expected sha256 [0-9a-f]{64}, the download has [0-9a-f]{64}$/
    )
    const wrongPin = createHash('sha256').update('something else').digest('hex')
    const pinned = await run(clone, [
      '--baseline',
      `${urlBase}/model.onnx?sig=abc#sha256=${wrongPin}`,
      '--candidate',
      'models/good.onnx',
      ...DATA
    ])
    const line = expectCliRefusal(
      pinned,
      new RegExp(
        `checksum mismatch: expected sha256 ${wrongPin}, the download has ${createHash('sha256').update(modelBytes).digest('hex')}$`
      )
    )
    expect(line).not.toContain('sig=abc')
  })

  it('[download-truncated] the connection drops mid-file: exit 2 naming the file and the bytes received', async () => {
    const result = await run(clone, [
      '--baseline',
      'hf://acme/public-net/short.onnx',
      '--candidate',
      'models/good.onnx',
      ...DATA,
      '--cache-dir',
      at('cache-short')
    ])
    const line = expectCliRefusal(
      result,
      /^classdiff: --baseline hf:\/\/acme\/public-net\/short\.onnx: download truncated/
    )
    expect(line).toMatch(/after \d+ of \d+ bytes|: \d+ of \d+ bytes/)
    expect(line).not.toContain('X-Amz-Signature')
  })
})

describe('preprocessing configs', () => {
  it('[preprocess-contradiction] a transformers preprocessor_config.json whose crop exceeds its resize: exit 2 naming the file and keys', async () => {
    const layout = at('clone', 'hub-layout')
    mkdirSync(path.join(layout, 'onnx'), { recursive: true })
    copyFileSync(path.join(clone, 'models', 'good.onnx'), path.join(layout, 'onnx', 'model.onnx'))
    writeFileSync(
      path.join(layout, 'preprocessor_config.json'),
      JSON.stringify({
        do_resize: true,
        size: { shortest_edge: 224 },
        do_center_crop: true,
        crop_size: { height: 256, width: 256 }
      })
    )
    const result = await run(clone, [
      '--baseline',
      'models/good.onnx',
      '--candidate',
      'hub-layout/onnx/model.onnx',
      ...DATA
    ])
    expectCliRefusal(
      result,
      /^classdiff: \S*hub-layout\/preprocessor_config\.json: "crop_size" 256 is larger than the resized shortest edge 224 \("size"\); the keys contradict each other$/
    )
  })
})
