/**
 * `git:REV:PATH`: a file at a revision of the repository holding the working directory. In the shallow
 * clone actions/checkout makes, a revision that is not there is fetched alone (`git fetch --depth=1 origin
 * REV`); a Git LFS pointer is resolved by `git lfs smudge`, which fetches that one object (or finds it in
 * .git/lfs). The pointer's oid is the content's sha256, so the model stage can look up cached predictions
 * before anything is downloaded (docs/sources.md).
 */
import { spawn } from 'node:child_process'
import { createWriteStream } from 'node:fs'
import { realpath, rm } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../errors.js'
import { oneLine, quote } from '../data/text.js'
import { sha256OfFile, type SourceStore } from './store.js'

interface GitResult {
  readonly code: number | null
  readonly stdout: Buffer
  readonly stderr: string
}

/** Runs git; never through a shell, with LFS smudging enabled even when the job disabled it for checkout. */
function git(
  cwd: string,
  args: readonly string[],
  options: { input?: Buffer; stdoutFile?: string } = {}
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_LFS_SKIP_SMUDGE: '0' }
    const child = spawn('git', [...args], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] })
    const chunks: Buffer[] = []
    let stderr = ''
    const out = options.stdoutFile ? createWriteStream(options.stdoutFile) : null
    if (out) child.stdout.pipe(out)
    else child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', (error) =>
      reject(
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? new InputError('git is not installed (git: references need it)')
          : error
      )
    )
    // git may exit before reading its input (most commands read none): its exit code tells, not the pipe.
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input)
    child.on('close', (code) => {
      const done = (): void => resolve({ code, stdout: Buffer.concat(chunks), stderr })
      if (out && !out.closed) out.on('close', done)
      else done()
    })
  })
}

const text = (result: GitResult): string => result.stdout.toString('utf8').trim()

/** The last meaningful line git wrote on stderr, for messages. */
function gitSays(result: GitResult): string {
  const lines = result.stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^(hint|Downloading|Git LFS:)/.test(line))
  return oneLine(lines.at(-1) ?? `exit code ${result.code}`, 160)
}

export interface LfsPointer {
  readonly oid: string
  readonly size: number
}

const POINTER =
  /^version https:\/\/git-lfs\.github\.com\/spec\/v1\n(?:[^\n]*\n)*?oid sha256:([0-9a-f]{64})\n(?:[^\n]*\n)*?size (\d+)\n/

/** Reads a Git LFS pointer (at most 1 KiB, spec v1); null when the blob is a file itself. */
export function parseLfsPointer(blob: Buffer): LfsPointer | null {
  if (blob.length > 1024) return null
  const match = POINTER.exec(blob.toString('utf8'))
  return match ? { oid: match[1] as string, size: Number(match[2]) } : null
}

/** One repository, as seen from the working directory. */
export class GitRepository {
  private constructor(
    readonly top: string,
    private readonly cwd: string
  ) {}

  static async open(cwd: string, what: string): Promise<GitRepository> {
    const result = await git(cwd, ['rev-parse', '--show-toplevel'])
    if (result.code !== 0) {
      throw new InputError(`${what}: ${cwd} is not inside a git repository (${gitSays(result)})`)
    }
    return new GitRepository(text(result), await realpath(cwd))
  }

  /** The path from the repository's top: `./x` and `../x` are from the working directory, as git reads them. */
  repoPath(written: string, what: string): string {
    const fromCwd = written === '.' || written.startsWith('./') || written.startsWith('../')
    const absolute = fromCwd ? path.resolve(this.cwd, written) : path.resolve(this.top, written)
    const relative = path.relative(this.top, absolute)
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new InputError(`${what}: ${quote(written)} is outside the repository ${this.top}`)
    }
    return relative.split(path.sep).join('/')
  }

  /**
   * The commit REV names, fetching it from origin when the clone lacks it (a shallow clone holds one
   * commit). Full SHAs, branches and tags can be fetched; an abbreviated SHA only when present.
   */
  async commit(rev: string, what: string): Promise<string> {
    const local = await git(this.top, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])
    if (local.code === 0) return text(local)
    const origin = await git(this.top, ['remote', 'get-url', 'origin'])
    if (origin.code !== 0) {
      throw new InputError(
        `${what}: unknown revision ${quote(rev)} (not in this clone, and it has no origin to fetch from)`
      )
    }
    const shallow = text(await git(this.top, ['rev-parse', '--is-shallow-repository'])) === 'true'
    const fetched = await git(this.top, [
      'fetch',
      '--no-tags',
      '--quiet',
      ...(shallow ? ['--depth=1'] : []),
      'origin',
      rev
    ])
    if (fetched.code !== 0) {
      const hint = /^[0-9a-f]{4,39}$/.test(rev) ? '; give the full 40-digit SHA' : ''
      throw new InputError(
        `${what}: unknown revision ${quote(rev)}: not in this clone and origin does not have it (${gitSays(fetched)})${hint}`
      )
    }
    const head = await git(this.top, ['rev-parse', '--verify', '--quiet', 'FETCH_HEAD^{commit}'])
    if (head.code !== 0) throw new InputError(`${what}: ${quote(rev)} is not a commit`)
    return text(head)
  }

  /** The blob at COMMIT:PATH, or null when the path is not a file there. */
  async blob(commit: string, repoPath: string): Promise<{ sha: string; size: number } | null> {
    const entry = await git(this.top, ['ls-tree', '-l', '-z', commit, '--', repoPath])
    const line = entry.stdout.toString('utf8').split('\0')[0] ?? ''
    const match = /^\d+ blob ([0-9a-f]{40,64}) +(\d+)\t/.exec(line)
    return match ? { sha: match[1] as string, size: Number(match[2]) } : null
  }

  async readBlob(sha: string): Promise<Buffer> {
    return (await git(this.top, ['cat-file', 'blob', sha])).stdout
  }

  /** Streams a blob to the store; returns the stored file and its sha256. */
  async storeBlob(sha: string, store: SourceStore): Promise<{ file: string; sha256: string }> {
    const scratch = await store.scratchFile()
    const result = await git(this.top, ['cat-file', 'blob', sha], { stdoutFile: scratch })
    if (result.code !== 0) {
      await rm(scratch, { force: true })
      throw new Error(`git cat-file blob ${sha} failed: ${gitSays(result)}`)
    }
    const sha256 = await sha256OfFile(scratch)
    return { file: await store.adopt(scratch, 'sha256', sha256), sha256 }
  }

  /**
   * Brings one LFS object into the store: `git lfs smudge` prints the content, from .git/lfs when present,
   * else fetched from the LFS server (that object only). Verified against the pointer before it is kept.
   */
  async storeLfsObject(
    pointer: Buffer,
    parsed: LfsPointer,
    repoPath: string,
    store: SourceStore,
    what: string
  ): Promise<string> {
    if (await store.hasBlob('sha256', parsed.oid)) return store.blobPath('sha256', parsed.oid)
    const scratch = await store.scratchFile()
    const result = await git(this.top, ['lfs', 'smudge', '--', repoPath], {
      input: pointer,
      stdoutFile: scratch
    })
    if (result.code !== 0) {
      await rm(scratch, { force: true })
      if (/'lfs' is not a git command/.test(result.stderr)) {
        throw new InputError(`${what}: is a Git LFS pointer, and git-lfs is not installed`)
      }
      throw new InputError(
        `${what}: the Git LFS object ${parsed.oid.slice(0, 12)}… (${parsed.size} bytes) could not be fetched: ${gitSays(result)}`
      )
    }
    const sha256 = await sha256OfFile(scratch)
    if (sha256 !== parsed.oid) {
      await rm(scratch, { force: true })
      throw new InputError(
        `${what}: the Git LFS object could not be fetched: got content with sha256 ${sha256.slice(0, 12)}…, the pointer says ${parsed.oid.slice(0, 12)}…`
      )
    }
    return store.adopt(scratch, 'sha256', sha256)
  }
}
