/**
 * A loopback stand-in for the service `@actions/artifact` uploads to (the "results" service of Actions):
 * the Twirp JSON endpoints CreateArtifact and FinalizeArtifact under
 * `/twirp/github.actions.results.api.v1.ArtifactService/`, and the Azure Blob endpoint the signed upload
 * URL points at (Put Block `?comp=block`, Put Block List `?comp=blocklist`). It records what it was sent
 * and keeps each committed blob, so tests read back the bytes that were uploaded.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/'

export interface ArtifactCall {
  readonly method: 'CreateArtifact' | 'FinalizeArtifact'
  /** The JSON body, with the proto field names the toolkit sends (`workflow_run_backend_id` …). */
  readonly body: Record<string, unknown>
}

export interface StoredBlob {
  readonly bytes: Buffer
  /** `x-ms-blob-content-type` of the commit. */
  readonly contentType: string | undefined
}

export interface ArtifactService {
  /** ACTIONS_RESULTS_URL. */
  readonly url: string
  readonly calls: ArtifactCall[]
  /** Committed blobs by artifact name. */
  readonly blobs: Map<string, StoredBlob>
  /** When set, CreateArtifact answers with this HTTP status and a Twirp error. */
  failCreateWith: number | null
  close(): Promise<void>
}

/** A runtime token with the claim the toolkit reads the run's and job's backend ids from (not signed: the toolkit does not check). */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')
  return [
    part({ alg: 'none', typ: 'JWT' }),
    part({ scp: `Actions.GenericRead:x Actions.Results:${runBackendId}:${jobBackendId}` }),
    'signature'
  ].join('.')
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

export async function startArtifactService(): Promise<ArtifactService> {
  const calls: ArtifactCall[] = []
  const blobs = new Map<string, StoredBlob>()
  const blocks = new Map<string, Buffer>()
  let nextId = 1000
  const ids = new Map<string, number>()

  const json = (response: ServerResponse, status: number, value: unknown): void => {
    response.writeHead(status, { 'content-type': 'application/json' })
    response.end(JSON.stringify(value))
  }

  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost')
      const body = await bodyOf(request)
      if (request.method === 'POST' && url.pathname.startsWith(TWIRP)) {
        const method = url.pathname.slice(TWIRP.length)
        if (request.headers['content-type'] !== 'application/json')
          return json(response, 415, { code: 'malformed', msg: 'expected application/json' })
        if (method !== 'CreateArtifact' && method !== 'FinalizeArtifact')
          return json(response, 404, { code: 'bad_route', msg: `no method ${method}` })
        const parsed = JSON.parse(body.toString('utf8')) as Record<string, unknown>
        calls.push({ method, body: parsed })
        const name = String(parsed.name)
        if (method === 'CreateArtifact') {
          if (service.failCreateWith !== null)
            return json(response, service.failCreateWith, {
              code: 'already_exists',
              msg: 'an artifact with this name already exists on the workflow run'
            })
          const address = server.address() as AddressInfo
          // Azurite-style path (account/container/blob): the Azure SDK reads an IP host that way.
          return json(response, 200, {
            ok: true,
            signed_upload_url: `http://127.0.0.1:${address.port}/devstoreaccount1/artifacts/${encodeURIComponent(name)}?sig=test-signature`
          })
        }
        if (!blobs.has(name)) return json(response, 404, { code: 'not_found', msg: 'no upload' })
        ids.set(name, ids.get(name) ?? nextId++)
        return json(response, 200, { ok: true, artifact_id: String(ids.get(name)) })
      }
      const blob = /^\/devstoreaccount1\/artifacts\/([^/]+)$/.exec(url.pathname)
      if (request.method === 'PUT' && blob !== null) {
        const name = decodeURIComponent(blob[1] as string)
        const headers = {
          'x-ms-request-id': 'stand-in',
          'x-ms-version': '2025-01-05',
          etag: '"0x1"',
          'last-modified': new Date(0).toUTCString()
        }
        if (url.searchParams.get('sig') !== 'test-signature') {
          response.writeHead(403, headers)
          return response.end()
        }
        const comp = url.searchParams.get('comp')
        if (comp === 'block') {
          blocks.set(`${name}/${url.searchParams.get('blockid')}`, body)
          response.writeHead(201, headers)
          return response.end()
        }
        if (comp === 'blocklist') {
          const order = [
            ...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)</g)
          ].map((m) => m[1] as string)
          const parts = order.map((id) => blocks.get(`${name}/${id}`))
          if (parts.some((part) => part === undefined)) {
            response.writeHead(400, headers)
            return response.end()
          }
          blobs.set(name, {
            bytes: Buffer.concat(parts as Buffer[]),
            contentType: request.headers['x-ms-blob-content-type'] as string | undefined
          })
          response.writeHead(201, headers)
          return response.end()
        }
        // A single-shot Put Blob (small uploads may use it).
        blobs.set(name, {
          bytes: body,
          contentType: request.headers['x-ms-blob-content-type'] as string | undefined
        })
        response.writeHead(201, headers)
        return response.end()
      }
      response.writeHead(404)
      response.end()
    })().catch((error: unknown) => {
      response.writeHead(500)
      response.end(String(error))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const service: ArtifactService = {
    url: `http://127.0.0.1:${port}/`,
    calls,
    blobs,
    failCreateWith: null,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
  return service
}
