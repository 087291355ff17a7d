/**
 * The download cache: files fetched from git (LFS), the Hub or a URL are kept by their content hash
 * (`<root>/blobs/<algo>/<hex>`), and each reference is materialised as a small folder mirroring the place it
 * came from (`<root>/snapshots/…/onnx/model.onnx` beside `config.json`), so the model stage reads sidecars
 * from it exactly as from a local checkout. Files are hard links into the store (copies across devices):
 * regular files, never symlinks leading elsewhere.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { copyFile, link, mkdir, rename, rm, stat } from 'node:fs/promises'
import { homedir } from 'node:os'
import path from 'node:path'

/** How the store names a blob: the hash its source publishes. */
export type BlobAlgo = 'sha256' | 'git-sha1'

/** Where downloads are cached: --cache-dir's `sources/`, else CLASSDIFF_CACHE, else the user's cache folder. */
export function defaultCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CLASSDIFF_CACHE) return path.resolve(env.CLASSDIFF_CACHE)
  const base = env.XDG_CACHE_HOME ? env.XDG_CACHE_HOME : path.join(homedir(), '.cache')
  return path.join(base, 'classdiff')
}

export class SourceStore {
  constructor(readonly root: string) {}

  blobPath(algo: BlobAlgo, hex: string): string {
    return path.join(this.root, 'blobs', algo, hex)
  }

  async hasBlob(algo: BlobAlgo, hex: string): Promise<boolean> {
    try {
      return (await stat(this.blobPath(algo, hex))).isFile()
    } catch {
      return false
    }
  }

  /** A fresh temporary file name inside the store (same device, so it can be renamed in). */
  async scratchFile(): Promise<string> {
    const dir = path.join(this.root, 'tmp')
    await mkdir(dir, { recursive: true })
    return path.join(dir, `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`)
  }

  /** Moves a verified file into the store under its hash. */
  async adopt(file: string, algo: BlobAlgo, hex: string): Promise<string> {
    const target = this.blobPath(algo, hex)
    await mkdir(path.dirname(target), { recursive: true })
    await rename(file, target)
    return target
  }

  snapshotDir(...parts: string[]): string {
    return path.join(this.root, 'snapshots', ...parts)
  }

  /** Places a stored blob at `target` (a snapshot path), replacing what was there. */
  async place(blob: string, target: string): Promise<void> {
    await mkdir(path.dirname(target), { recursive: true })
    await rm(target, { force: true })
    try {
      await link(blob, target)
    } catch {
      await copyFile(blob, target)
    }
  }
}

/**
 * The sha256 of a file's bytes, read in 4 MiB chunks. `afterChunk` runs between chunks (a deadline check
 * may throw there: the model stage bounds hashing by --timeout).
 */
export async function sha256OfFile(file: string, afterChunk?: () => void): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 22 })) {
    hash.update(chunk as Buffer)
    afterChunk?.()
  }
  return hash.digest('hex')
}
