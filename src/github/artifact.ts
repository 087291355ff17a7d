/**
 * Fetches files from another run's artifact for publish mode: list the run's artifacts, download the zip
 * through the API (GitHub redirects to blob storage), and unzip in memory. Everything in the artifact came
 * from a pull request, so every size is capped while it streams: the archive, each wanted file and their
 * sum, whatever the zip headers claim (zip bombs lie about sizes).
 */
import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from 'fflate'
import { InputError } from '../errors.js'
import type { GitHubClient } from './client.js'
import type { Repository } from './context.js'

export interface ArtifactLimits {
  /** Largest zip accepted, in bytes. */
  readonly maxArchiveBytes: number
  /** The files to extract (names at the archive's root) and the most bytes each may inflate to. */
  readonly files: Readonly<Record<string, number>>
}

export interface FoundArtifact {
  readonly id: number
  readonly name: string
  readonly sizeInBytes: number
}

/** The newest unexpired artifact of that name in the run, or null when the run uploaded none. */
export async function findRunArtifact(
  client: GitHubClient,
  repository: Repository,
  runId: number,
  name: string
): Promise<FoundArtifact | null> {
  const artifacts = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
    owner: repository.owner,
    repo: repository.repo,
    run_id: runId,
    name,
    per_page: 100
  })
  const usable = artifacts.filter((a) => a.name === name && !a.expired).sort((a, b) => b.id - a.id)
  const found = usable[0]
  return found ? { id: found.id, name: found.name, sizeInBytes: found.size_in_bytes } : null
}

/** Downloads an artifact's zip and extracts the wanted files, within the limits. Missing files are absent from the map. */
export async function downloadArtifactFiles(
  client: GitHubClient,
  repository: Repository,
  artifact: FoundArtifact,
  limits: ArtifactLimits
): Promise<Map<string, Uint8Array>> {
  const label = `artifact "${artifact.name}" (${artifact.id})`
  if (artifact.sizeInBytes > limits.maxArchiveBytes) {
    throw new InputError(
      `${label} is ${artifact.sizeInBytes} bytes, more than the ${limits.maxArchiveBytes} allowed; upload only report.json and pr.json`
    )
  }
  const response = await client.request(
    'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    {
      owner: repository.owner,
      repo: repository.repo,
      artifact_id: artifact.id,
      archive_format: 'zip',
      // Stream the body so the size cap holds while downloading, not after.
      request: { parseSuccessResponseBody: false }
    }
  )
  const stream = response.data as unknown as ReadableStream<Uint8Array> | null
  if (stream === null || typeof (stream as { getReader?: unknown }).getReader !== 'function') {
    throw new Error(`${label}: the download returned no data`)
  }
  return unzipBounded(readCapped(stream, limits.maxArchiveBytes, label), limits, label)
}

async function* readCapped(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
  label: string
): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader()
  let total = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      total += value.byteLength
      if (total > maxBytes)
        throw new InputError(`${label} is larger than the ${maxBytes} bytes allowed`)
      yield value
    }
  } finally {
    await reader.cancel().catch(() => undefined)
  }
}

/**
 * Unzips the wanted files from a stream of zip bytes, counting what each inflates to. Rejects archives that
 * hold a wanted name twice (which copy would count?) or use a compression other than stored/deflate.
 */
export async function unzipBounded(
  chunks: AsyncIterable<Uint8Array>,
  limits: ArtifactLimits,
  label: string
): Promise<Map<string, Uint8Array>> {
  const wanted = new Map(Object.entries(limits.files))
  const parts = new Map<string, Uint8Array[]>()
  const sizes = new Map<string, number>()
  const finished = new Set<string>()
  let failure: Error | null = null
  const fail = (error: Error): void => {
    failure ??= error
  }

  let entries = 0
  const unzip = new Unzip((file: UnzipFile) => {
    entries++
    const cap = wanted.get(file.name)
    if (cap === undefined || failure) return
    if (parts.has(file.name)) {
      fail(new InputError(`${label}: holds ${file.name} more than once`))
      return
    }
    parts.set(file.name, [])
    sizes.set(file.name, 0)
    file.ondata = (error, data, final) => {
      if (failure) return
      if (error) {
        fail(new InputError(`${label}: ${file.name} is corrupt (${error.message})`))
        return
      }
      const size = (sizes.get(file.name) ?? 0) + data.byteLength
      sizes.set(file.name, size)
      if (size > cap) {
        file.terminate()
        fail(
          new InputError(`${label}: ${file.name} inflates to more than the ${cap} bytes allowed`)
        )
        return
      }
      parts.get(file.name)?.push(data)
      if (final) finished.add(file.name)
    }
    try {
      file.start()
    } catch (error) {
      fail(
        new InputError(
          `${label}: ${file.name} uses an unsupported compression (${describe(error)})`
        )
      )
    }
  })
  unzip.register(UnzipInflate)
  unzip.register(UnzipPassThrough)

  try {
    for await (const chunk of chunks) {
      unzip.push(chunk, false)
      if (failure) throw failure
    }
    unzip.push(new Uint8Array(0), true)
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(`${label}: not a readable zip archive (${describe(error)})`)
  }
  if (failure) throw failure
  if (entries === 0) throw new InputError(`${label}: not a zip archive (no entries found)`)
  for (const name of parts.keys()) {
    if (!finished.has(name))
      throw new InputError(`${label}: ${name} is cut short (truncated archive)`)
  }

  const files = new Map<string, Uint8Array>()
  for (const [name, chunksOfFile] of parts) files.set(name, concat(chunksOfFile))
  return files
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0))
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error)
}
