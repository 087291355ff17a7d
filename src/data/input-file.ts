/**
 * The one check every file a run reads goes through (docs/failure-modes.md, "Side files"): a path a pull
 * request names — classes, multi-labels, hierarchy, preprocessing, predictions, shard folders, models — must
 * resolve, lexically and through symbolic links, inside the data root or the working directory (the
 * workspace, in the action), unless the user allowed paths outside; and it must be a regular file of a
 * bounded size. A symbolic link to `/proc/self/environ` would otherwise publish the token in report.json,
 * a FIFO or `/dev/zero` would hang the run, and a 4 GB "class list" would end in a V8 fatal error.
 */
import {
  closeSync,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync
} from 'node:fs'
import type { Stats } from 'node:fs'
import path from 'node:path'
import { InputError } from '../errors.js'
import { fileProblem } from './text.js'

/** Where a run may read from. */
export interface InputScope {
  /** Absolute folders: the working directory (workspace) and, once known, the data root. */
  readonly roots: readonly string[]
  /** `--allow-outside-root`: the user lets paths leave the roots (files must still be regular files). */
  readonly allowOutsideRoot: boolean
}

/** A scope that checks only that files are regular and within their size cap (classdiff's own files). */
export const ANY_PLACE: InputScope = { roots: [], allowOutsideRoot: true }

const MiB = 1024 * 1024

/**
 * Size caps of the inputs classdiff reads into memory whole (documented in docs/failure-modes.md). They sit
 * far above real files (ImageNet's ReaL labels are 1.7 MB, predictions for 50,000 images with scores about
 * 10 MB) and below what V8 can hold as one string (about 512 Mi characters).
 */
export const SIZE_CAPS = {
  classes: 16 * MiB,
  hierarchy: 64 * MiB,
  manifest: 256 * MiB,
  multiLabels: 256 * MiB,
  predictions: 256 * MiB,
  preprocessing: 1 * MiB,
  /** A transformers config.json: id2label for ImageNet-21k's 21,843 classes is about 1 MiB. */
  modelConfig: 16 * MiB,
  shardManifest: 1 * MiB,
  eventPayload: 64 * MiB
} as const

export const ALLOW_OUTSIDE_HINT = '--allow-outside-root allows it'

/** A path as messages show it: relative to the working directory when inside it, else as it is. */
export function messagePath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}

/** "a FIFO", "a folder" …: what a non-regular file is, for messages. */
export function fileKind(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder'
  if (stats.isFIFO()) return 'a FIFO (named pipe)'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isSocket()) return 'a socket'
  if (stats.isSymbolicLink()) return 'a symbolic link'
  return 'not a regular file'
}

export function formatBytes(bytes: number): string {
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(bytes >= 10 * MiB ? 0 : 1)} MiB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(0)} KiB`
  return `${bytes} bytes`
}

/** True when `file` is `root` or inside it (both absolute and normalised, as `resolve` returns them). */
export function isBelow(root: string, file: string): boolean {
  if (file === root) return true
  return file.startsWith(root.endsWith(path.sep) ? root : root + path.sep)
}

function realRoots(scope: InputScope): string[] {
  return scope.roots.flatMap((root) => {
    const absolute = path.resolve(root)
    try {
      return [absolute, realpathSync.native(absolute)]
    } catch {
      return [absolute]
    }
  })
}

/** The words for where a run may read, as messages say it. */
export const ROOTS_WORDS = 'the data root and the working directory'

/**
 * Checks that `file` stays inside the scope and is a regular file (at most `maxBytes` long when given);
 * returns its stats. `what` names the file in messages: `--classes data/classes.txt`.
 */
export function checkInputFile(
  file: string,
  what: string,
  scope: InputScope,
  maxBytes?: number,
  noun = 'file'
): Stats {
  const absolute = path.resolve(file)
  if (absolute.includes('\0')) throw new InputError(`${what}: path contains a NUL byte`)
  const stats = statInScope(absolute, what, scope)
  if (!stats.isFile()) {
    throw new InputError(`${what}: is ${fileKind(stats)}, expected a regular ${noun}`)
  }
  if (maxBytes !== undefined && stats.size > maxBytes) {
    throw new InputError(
      `${what}: is ${formatBytes(stats.size)}, more than the ${formatBytes(maxBytes)} allowed for this input`
    )
  }
  return stats
}

/** The stats of an absolute path held to the scope; a missing path is an input error naming it. */
function statInScope(absolute: string, what: string, scope: InputScope): Stats {
  checkInsideScope(absolute, what, scope)
  try {
    return statSync(absolute)
  } catch (error) {
    throw new InputError(`${what}: ${missing(error, absolute)}`)
  }
}

/** Refuses an absolute path that leaves the scope, as written or after `realpath` (unless allowed). */
function checkInsideScope(absolute: string, what: string, scope: InputScope): void {
  if (scope.allowOutsideRoot) return
  const roots = scope.roots.map((root) => path.resolve(root))
  if (!roots.some((root) => isBelow(root, absolute))) {
    throw new InputError(`${what}: is outside ${ROOTS_WORDS} (${ALLOW_OUTSIDE_HINT})`)
  }
  let real: string
  try {
    real = realpathSync.native(absolute)
  } catch (error) {
    throw new InputError(`${what}: ${missing(error, absolute)}`)
  }
  if (!realRoots(scope).some((root) => isBelow(root, real))) {
    throw new InputError(
      `${what}: resolves (through a symbolic link) outside ${ROOTS_WORDS} (${ALLOW_OUTSIDE_HINT})`
    )
  }
}

/**
 * True when something — a file, a folder, a link (even a broken one), a FIFO — sits at `file`: a sidecar
 * found there is checked and refused if it must be, never silently skipped.
 */
export function pathPresent(file: string): boolean {
  try {
    lstatSync(file)
    return true
  } catch {
    return false
  }
}

/** Like checkInputFile, for folders (shard outputs, class folders). */
export function checkInputFolder(folder: string, what: string, scope: InputScope): void {
  const stats = statInScope(path.resolve(folder), what, scope)
  if (!stats.isDirectory())
    throw new InputError(`${what}: is ${fileKind(stats)}, expected a folder`)
}

function missing(error: unknown, file: string): string {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    try {
      if (lstatSync(file).isSymbolicLink()) return 'is a broken symbolic link'
    } catch {
      // Not even the link exists: plain "not found".
    }
  }
  return fileProblem(error)
}

/**
 * Reads a UTF-8 text input after checkInputFile, dropping a byte-order mark. The size is checked again on
 * the open descriptor, and reading stops at the cap, so a file that grows meanwhile cannot slip past it.
 */
export function readInputText(
  file: string,
  what: string,
  scope: InputScope,
  maxBytes: number
): string {
  checkInputFile(file, what, scope, maxBytes)
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch (error) {
    throw new InputError(`${what}: ${fileProblem(error)}`)
  }
  try {
    const stats = fstatSync(fd)
    if (!stats.isFile())
      throw new InputError(`${what}: is ${fileKind(stats)}, expected a regular file`)
    const buffer = Buffer.allocUnsafe(Math.min(stats.size, maxBytes) + 1)
    let length = 0
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
      if (length > maxBytes) {
        throw new InputError(
          `${what}: is more than the ${formatBytes(maxBytes)} allowed for this input`
        )
      }
      if (length === buffer.length) break
    }
    const text = buffer.toString('utf8', 0, length)
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(`${what}: ${fileProblem(error)}`)
  } finally {
    closeSync(fd)
  }
}
