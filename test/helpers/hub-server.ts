/**
 * A loopback Hugging Face Hub speaking the endpoints huggingface_hub's file_download.py and hf_api.py use,
 * with the real one's headers and error codes:
 *
 * - `GET /api/{models|datasets}/{repo}/revision/{rev}` → `{ id, sha, siblings }` (rev URL-encoded: `refs%2Fpr%2F1`);
 * - `GET /api/{type}s/{repo}/tree/{rev}/{path}?recursive=true` → `[{ type, path, size, oid, lfs? }]`;
 * - `HEAD|GET /[datasets/]{repo}/resolve/{rev}/{path}`: a file kept in git answers 200 with `ETag` = its git
 *   blob id; an LFS file answers 302 to the file store (another host) with `X-Linked-Etag` = its sha256,
 *   `X-Linked-Size`, and `X-Repo-Commit` on both;
 * - a private repo without a token (or with a wrong one): 401 `X-Error-Code: RepoNotFound`; unknown revision:
 *   404 `RevisionNotFound`; unknown file: 404 `EntryNotFound`; unknown repo: 404 `RepoNotFound`.
 *
 * Faults on demand: a file served with other bytes (`corrupt`) or cut short (`truncate`). Every request is
 * recorded, on the Hub and on the file store, with whether it carried an Authorization header.
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface HubFileSpec {
  readonly content: Buffer
  /** Stored with Git LFS (served from the file store, named by sha256). */
  readonly lfs: boolean
}

interface Repo {
  readonly type: 'model' | 'dataset'
  readonly private: boolean
  /** Gated: even a valid token gets 403 GatedRepo (its user has not accepted the conditions). */
  readonly gated: boolean
  /** Branches, tags and `refs/pr/N` → commit. */
  readonly refs: Map<string, string>
  readonly commits: Map<string, Map<string, HubFileSpec>>
}

export interface RecordedRequest {
  readonly host: 'hub' | 'store'
  readonly method: string
  readonly path: string
  readonly authorized: boolean
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex')
const gitBlobId = (data: Buffer): string =>
  createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex')

export class HubServer {
  readonly requests: RecordedRequest[] = []
  /** Paths (`repo/path`) served with other bytes of the same length. */
  readonly corrupt = new Set<string>()
  /** Paths whose body stops half-way. */
  readonly truncate = new Set<string>()
  private readonly repos = new Map<string, Repo>()
  private readonly blobs = new Map<string, Buffer>()
  private commitCounter = 0
  private hub!: Server
  private store!: Server
  /** The Hub's URL: HF_ENDPOINT. */
  url = ''
  /** The file store's URL: another host name for the same machine, as cdn-lfs.hf.co is for huggingface.co. */
  storeUrl = ''

  constructor(private readonly token: string) {}

  static async start(token: string): Promise<HubServer> {
    const server = new HubServer(token)
    server.hub = createServer((req, res) => server.handleHub(req, res))
    server.store = createServer((req, res) => server.handleStore(req, res))
    await new Promise<void>((resolve) => server.hub.listen(0, '127.0.0.1', resolve))
    await new Promise<void>((resolve) => server.store.listen(0, '127.0.0.1', resolve))
    server.url = `http://127.0.0.1:${(server.hub.address() as AddressInfo).port}`
    server.storeUrl = `http://localhost:${(server.store.address() as AddressInfo).port}`
    return server
  }

  close(): Promise<void> {
    const stop = (server: Server): Promise<void> =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
    return Promise.all([stop(this.hub), stop(this.store)]).then(() => undefined)
  }

  /** Adds a commit to a repo and points `refs` at it; returns its sha. */
  commit(
    repoId: string,
    options: {
      type?: 'model' | 'dataset'
      private?: boolean
      gated?: boolean
      refs: readonly string[]
    },
    files: Record<string, HubFileSpec>
  ): string {
    const key = `${options.type ?? 'model'}:${repoId}`
    let repo = this.repos.get(key)
    if (repo === undefined) {
      repo = {
        type: options.type ?? 'model',
        private: options.private ?? false,
        gated: options.gated ?? false,
        refs: new Map(),
        commits: new Map()
      }
      this.repos.set(key, repo)
    }
    const sha = createHash('sha1').update(`${key}:${++this.commitCounter}`).digest('hex')
    repo.commits.set(sha, new Map(Object.entries(files)))
    for (const ref of options.refs) repo.refs.set(ref, sha)
    for (const file of Object.values(files))
      if (file.lfs) this.blobs.set(sha256(file.content), file.content)
    return sha
  }

  private record(host: 'hub' | 'store', req: IncomingMessage): void {
    this.requests.push({
      host,
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      authorized: req.headers.authorization !== undefined
    })
  }

  private error(res: ServerResponse, status: number, code: string, message: string): void {
    res.writeHead(status, {
      'content-type': 'application/json',
      'x-error-code': code,
      'x-error-message': message
    })
    res.end(JSON.stringify({ error: message }))
  }

  /** The repo, or null after answering as the Hub does (private repos look absent without a valid token). */
  private access(
    req: IncomingMessage,
    res: ServerResponse,
    type: string,
    repoId: string
  ): Repo | null {
    const repo = this.repos.get(`${type}:${repoId}`)
    const auth = req.headers.authorization
    if (auth !== undefined && auth !== `Bearer ${this.token}`) {
      this.error(res, 401, 'RepoNotFound', 'Invalid credentials in Authorization header')
      return null
    }
    if (repo === undefined) {
      this.error(res, auth === undefined ? 401 : 404, 'RepoNotFound', 'Repository not found')
      return null
    }
    if ((repo.private || repo.gated) && auth === undefined) {
      this.error(res, 401, 'RepoNotFound', 'Invalid username or password.')
      return null
    }
    if (repo.gated) {
      this.error(
        res,
        403,
        'GatedRepo',
        'Access to this repo is restricted: you must accept its conditions'
      )
      return null
    }
    return repo
  }

  private commitOf(repo: Repo, rev: string): string | null {
    if (repo.commits.has(rev)) return rev
    return repo.refs.get(rev) ?? null
  }

  private handleHub(req: IncomingMessage, res: ServerResponse): void {
    this.record('hub', req)
    const url = new URL(req.url ?? '/', this.url)
    const pathname = url.pathname
    const api =
      /^\/api\/(models|datasets)\/([^/]+\/[^/]+)\/(revision|tree)\/([^/]+)(?:\/(.*))?$/.exec(
        pathname
      )
    if (api && req.method === 'GET') {
      const type = api[1] === 'models' ? 'model' : 'dataset'
      const repo = this.access(req, res, type, api[2] as string)
      if (repo === null) return
      const rev = decodeURIComponent(api[4] as string)
      const commit = this.commitOf(repo, rev)
      if (commit === null) return this.error(res, 404, 'RevisionNotFound', `Invalid rev id: ${rev}`)
      const files = repo.commits.get(commit) as Map<string, HubFileSpec>
      res.writeHead(200, { 'content-type': 'application/json' })
      if (api[3] === 'revision') {
        res.end(
          JSON.stringify({
            id: api[2],
            sha: commit,
            private: repo.private,
            siblings: [...files.keys()].map((rfilename) => ({ rfilename }))
          })
        )
        return
      }
      const prefix = api[5] ? `${decodeURIComponent(api[5])}/` : ''
      res.end(
        JSON.stringify(
          [...files.entries()]
            .filter(([file]) => file.startsWith(prefix))
            .map(([file, spec]) => ({
              type: 'file',
              path: file,
              size: spec.content.length,
              oid: gitBlobId(spec.content),
              ...(spec.lfs ? { lfs: { oid: sha256(spec.content), size: spec.content.length } } : {})
            }))
        )
      )
      return
    }
    const resolve = /^\/(datasets\/)?([^/]+\/[^/]+)\/resolve\/([^/]+)\/(.+)$/.exec(pathname)
    if (resolve && (req.method === 'GET' || req.method === 'HEAD')) {
      const repoId = resolve[2] as string
      const repo = this.access(req, res, resolve[1] ? 'dataset' : 'model', repoId)
      if (repo === null) return
      const rev = decodeURIComponent(resolve[3] as string)
      const commit = this.commitOf(repo, rev)
      if (commit === null) return this.error(res, 404, 'RevisionNotFound', `Invalid rev id: ${rev}`)
      const file = decodeURIComponent(resolve[4] as string)
      const spec = repo.commits.get(commit)?.get(file)
      if (spec === undefined)
        return this.error(res, 404, 'EntryNotFound', `${file} does not exist on "${rev}"`)
      const common = { 'x-repo-commit': commit, 'accept-ranges': 'bytes' }
      if (spec.lfs) {
        const oid = sha256(spec.content)
        res.writeHead(302, {
          ...common,
          location: `${this.storeUrl}/repos/${oid}?key=${repoId}/${file}&X-Amz-Signature=secret`,
          'x-linked-etag': `"${oid}"`,
          'x-linked-size': String(spec.content.length),
          etag: `"${gitBlobId(Buffer.from(`pointer ${oid}`))}"`,
          'content-length': '0'
        })
        res.end()
        return
      }
      const body = this.faulted(`${repoId}/${file}`, spec.content)
      res.writeHead(200, {
        ...common,
        etag: `"${gitBlobId(spec.content)}"`,
        'content-length': String(spec.content.length),
        'content-type': 'application/octet-stream'
      })
      this.send(req, res, `${repoId}/${file}`, body)
      return
    }
    this.error(res, 404, 'RepoNotFound', 'Not found')
  }

  private handleStore(req: IncomingMessage, res: ServerResponse): void {
    this.record('store', req)
    const url = new URL(req.url ?? '/', this.storeUrl)
    const match = /^\/repos\/([0-9a-f]{64})$/.exec(url.pathname)
    const content = match ? this.blobs.get(match[1] as string) : undefined
    if (content === undefined) {
      res.writeHead(403, { 'content-type': 'application/xml' })
      res.end('<Error><Code>AccessDenied</Code></Error>')
      return
    }
    const key = url.searchParams.get('key') ?? ''
    res.writeHead(200, {
      'content-length': String(content.length),
      'content-type': 'application/octet-stream'
    })
    this.send(req, res, key, this.faulted(key, content))
  }

  private faulted(key: string, content: Buffer): Buffer {
    if (!this.corrupt.has(key)) return content
    const changed = Buffer.from(content)
    changed[changed.length >> 1] ^= 0xff
    return changed
  }

  private send(req: IncomingMessage, res: ServerResponse, key: string, body: Buffer): void {
    if (req.method === 'HEAD') return void res.end()
    if (this.truncate.has(key)) {
      res.write(body.subarray(0, body.length >> 1))
      // The connection drops mid-body, as a reset would leave it.
      setTimeout(() => res.socket?.destroy(), 20)
      return
    }
    res.end(body)
  }
}
