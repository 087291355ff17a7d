/**
 * Real git and git-lfs repositories for the source-stage tests: an origin (a bare repository reached by a
 * file:// URL, holding its LFS objects the way `git lfs push` to a file remote leaves them) and a loopback
 * HTTP server speaking the Git LFS batch API in front of those objects, so a test can count every object a
 * run downloads. Clones are shallow, as actions/checkout makes them.
 */
import { execFile, execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_TERMINAL_PROMPT: '0',
  GIT_CONFIG_NOSYSTEM: '1'
}

/** Runs git and returns its stdout; throws with git's stderr on failure. Not for commands that reach the
 * LFS server: it runs in this process and a synchronous child would block it. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: GIT_ENV,
    stdio: ['ignore', 'pipe', 'pipe']
  }).trim()
}

/** git without blocking this process (the LFS server answers meanwhile). */
export function gitAsync(cwd: string, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'utf8', env: GIT_ENV }, (error, stdout, stderr) => {
      if (error) reject(new Error(`git ${args.join(' ')}: ${stderr}`))
      else resolve(stdout.trim())
    })
  })
}

/** A working repository whose *.onnx files are tracked by Git LFS, pushing to a bare origin. */
export function initLfsRepository(work: string, origin: string): void {
  git(path.dirname(origin), 'init', '--quiet', '--bare', origin)
  git(path.dirname(work), 'init', '--quiet', '--initial-branch=main', work)
  git(work, 'lfs', 'install', '--local')
  git(work, 'lfs', 'track', '*.onnx')
  git(work, 'remote', 'add', 'origin', `file://${origin}`)
}

export function commitAll(work: string, message: string): string {
  git(work, 'add', '-A')
  git(work, 'commit', '--quiet', '-m', message)
  return git(work, 'rev-parse', 'HEAD')
}

/** The object file of an LFS oid inside a bare origin. */
function originObject(origin: string, oid: string): string {
  return path.join(origin, 'lfs', 'objects', oid.slice(0, 2), oid.slice(2, 4), oid)
}

/** A Git LFS server (batch API, basic transfer) serving the objects of a bare origin, counting downloads. */
export class LfsServer {
  /** The oids of every object body served, in order. */
  readonly downloads: string[] = []
  /** Every batch request's oids. */
  readonly batches: string[][] = []
  /** Oids the server answers 404 for, as a server that lost them. */
  readonly missing = new Set<string>()

  private constructor(
    private readonly server: Server,
    readonly url: string
  ) {}

  static async start(origin: string): Promise<LfsServer> {
    let instance: LfsServer | null = null
    const server = createServer((req, res) => {
      const self = instance as LfsServer
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk.toString()))
      req.on('end', () => {
        const url = new URL(req.url ?? '/', self.url)
        if (req.method === 'POST' && url.pathname === '/objects/batch') {
          const request = JSON.parse(body) as {
            operation: string
            objects: { oid: string; size: number }[]
          }
          self.batches.push(request.objects.map((o) => o.oid))
          res.writeHead(200, { 'content-type': 'application/vnd.git-lfs+json' })
          res.end(
            JSON.stringify({
              transfer: 'basic',
              objects: request.objects.map(({ oid, size }) =>
                self.missing.has(oid) || !existsSync(originObject(origin, oid))
                  ? { oid, size, error: { code: 404, message: 'Object does not exist' } }
                  : {
                      oid,
                      size,
                      authenticated: true,
                      actions: {
                        download: { href: `${self.url}/objects/${oid}`, expires_in: 3600 }
                      }
                    }
              )
            })
          )
          return
        }
        const object = /^\/objects\/([0-9a-f]{64})$/.exec(url.pathname)
        if (req.method === 'GET' && object) {
          const oid = object[1] as string
          self.downloads.push(oid)
          const data = readFileSync(originObject(origin, oid))
          res.writeHead(200, {
            'content-type': 'application/octet-stream',
            'content-length': data.length
          })
          res.end(data)
          return
        }
        res.writeHead(404, { 'content-type': 'application/vnd.git-lfs+json' })
        res.end(JSON.stringify({ message: 'not found' }))
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    instance = new LfsServer(server, `http://127.0.0.1:${port}`)
    return instance
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()))
  }
}

/**
 * What actions/checkout does with `fetch-depth: 1` and `lfs: true`: a one-commit clone of `rev`, whose LFS
 * objects (only those of that commit) come from `lfsUrl`.
 */
export async function shallowCheckout(
  origin: string,
  rev: string,
  target: string,
  lfsUrl: string
): Promise<void> {
  git(path.dirname(target), 'init', '--quiet', target)
  git(target, 'remote', 'add', 'origin', `file://${origin}`)
  git(target, 'config', 'lfs.url', lfsUrl)
  git(target, 'lfs', 'install', '--local')
  git(
    target,
    'fetch',
    '--quiet',
    '--no-tags',
    '--depth=1',
    'origin',
    `+${rev}:refs/remotes/pull/1/merge`
  )
  await gitAsync(target, 'lfs', 'fetch', 'origin', 'refs/remotes/pull/1/merge')
  await gitAsync(target, 'checkout', '--quiet', '--force', 'refs/remotes/pull/1/merge')
}
