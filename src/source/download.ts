/**
 * One HTTP download as the Hub and file stores need it: redirects followed by hand (so the Authorization
 * header never goes to another host), the body streamed to a scratch file with progress, and verified
 * against the size and hash the source published before it enters the store. A short body is "truncated",
 * a wrong hash a "checksum mismatch": both are input errors naming the URL (without its query, which holds
 * signatures on file stores) — never the token.
 */
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { InputError } from '../errors.js'
import type { Logger } from '../log.js'
import { redactUrl } from './reference.js'
import type { BlobAlgo, SourceStore } from './store.js'

const MAX_REDIRECTS = 10

export interface HttpRequest {
  readonly url: string
  readonly method?: 'GET' | 'HEAD'
  /** Sent to the first host only; dropped when a redirect leads to another host. */
  readonly authorization?: string
  readonly headers?: Record<string, string>
  /** Follow redirects only within the same host (what huggingface_hub does for HEAD metadata). */
  readonly sameHostRedirectsOnly?: boolean
}

/** Fetch with manual redirects; returns the last response and its URL. */
export async function request(req: HttpRequest): Promise<{ response: Response; url: URL }> {
  let url = new URL(req.url)
  const firstHost = url.host
  for (let hop = 0; ; hop++) {
    const headers: Record<string, string> = { ...req.headers }
    if (req.authorization !== undefined && url.host === firstHost)
      headers.authorization = req.authorization
    let response: Response
    try {
      response = await fetch(url, { method: req.method ?? 'GET', headers, redirect: 'manual' })
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause
      throw new InputError(
        `${redactUrl(url.href)}: cannot connect (${cause?.code ?? cause?.message ?? (error as Error).message})`
      )
    }
    const location = response.headers.get('location')
    if (response.status < 300 || response.status >= 400 || location === null)
      return { response, url }
    const next = new URL(location, url)
    if (req.sameHostRedirectsOnly && next.host !== url.host) return { response, url }
    await response.body?.cancel()
    if (hop >= MAX_REDIRECTS)
      throw new InputError(`${redactUrl(req.url)}: more than ${MAX_REDIRECTS} redirects`)
    url = next
  }
}

export interface Expected {
  readonly algo: BlobAlgo | null
  /** The hash the source published; null: unverified (an https URL without a #sha256 pin). */
  readonly hex: string | null
  readonly size: number | null
}

function hashOf(algo: BlobAlgo | null, size: number | null): ReturnType<typeof createHash> | null {
  if (algo === null) return null
  const hash = createHash(algo === 'sha256' ? 'sha256' : 'sha1')
  // Git names a blob by the sha1 of "blob <size>\0" + content: the ETag of a Hub file kept in git.
  if (algo === 'git-sha1') hash.update(`blob ${size ?? 0}\0`)
  return hash
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`
}

/**
 * Downloads `req` into the store and returns the stored blob's path. `what` names the file in messages
 * (`hf://owner/repo@rev/model.onnx`).
 */
export async function downloadToStore(
  req: HttpRequest,
  expected: Expected,
  store: SourceStore,
  what: string,
  log: Logger,
  describeStatus: (status: number, response: Response) => string
): Promise<{ file: string; sha256: string }> {
  const { response } = await request(req)
  if (response.status !== 200) {
    await response.body?.cancel()
    throw new InputError(`${what}: ${describeStatus(response.status, response)}`)
  }
  const lengthHeader = response.headers.get('content-length')
  const declared = lengthHeader !== null && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : null
  const size = expected.size ?? declared
  if (expected.algo === 'git-sha1' && size === null) {
    await response.body?.cancel()
    throw new InputError(`${what}: the server gave no size, so the download cannot be verified`)
  }
  const verify = hashOf(expected.algo, size)
  const sha256 = createHash('sha256')
  const scratch = await store.scratchFile()
  let received = 0
  let lastTenth = -1
  const started = Date.now()
  const counted = Readable.fromWeb(
    response.body as import('node:stream/web').ReadableStream<Uint8Array>
  )
  counted.on('data', (chunk: Buffer) => {
    received += chunk.length
    verify?.update(chunk)
    sha256.update(chunk)
    if (size !== null && size > 0) {
      const tenth = Math.floor((10 * received) / size)
      // Progress for files worth waiting for; a config.json needs no percentages.
      if (size >= 4e6 && tenth !== lastTenth) {
        lastTenth = tenth
        log.info(`  ${what}: ${megabytes(received)} of ${megabytes(size)} (${tenth * 10}%)`)
      }
    }
  })
  try {
    await pipeline(counted, createWriteStream(scratch))
  } catch (error) {
    await rm(scratch, { force: true })
    throw new InputError(
      `${what}: download truncated after ${received} of ${size ?? 'unknown'} bytes from ${redactUrl(req.url)} (${(error as Error).message})`
    )
  }
  if (size !== null && received !== size) {
    await rm(scratch, { force: true })
    throw new InputError(
      `${what}: download truncated: ${received} of ${size} bytes from ${redactUrl(req.url)}`
    )
  }
  const got = verify?.digest('hex') ?? null
  if (expected.hex !== null && got !== expected.hex) {
    await rm(scratch, { force: true })
    throw new InputError(
      `${what}: checksum mismatch: expected ${expected.algo} ${expected.hex}, the download has ${got}`
    )
  }
  const contentSha256 = sha256.digest('hex')
  const algo = expected.algo === 'git-sha1' ? 'git-sha1' : 'sha256'
  const file = await store.adopt(
    scratch,
    algo,
    algo === 'git-sha1' ? (got as string) : contentSha256
  )
  if (size !== null && size >= 4e6) {
    log.info(`  ${what}: ${megabytes(received)} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  return { file, sha256: contentSha256 }
}
