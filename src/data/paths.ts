/**
 * Keeping image paths inside the data root (docs/design.md#security-model): a manifest in a pull request must
 * not read `../../.ssh/id_rsa`, directly or through a symlink. Every path is checked lexically and, when it
 * exists, again after `realpath`, unless the user allowed paths outside the root.
 */
import { lstatSync, realpathSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { InputError } from '../errors.js'
import { ALLOW_OUTSIDE_HINT, isBelow } from './input-file.js'
import { fileProblem, quote } from './text.js'

export { ALLOW_OUTSIDE_HINT as ALLOW_OUTSIDE_ROOT_HINT, isBelow }

export class DataRoot {
  /** Absolute path of the root as given (not resolved through symlinks). */
  readonly dir: string
  /** The root after `realpath`. */
  readonly real: string
  private readonly realDirs = new Map<string, string>()

  /** `display` is the root as the user wrote it, for messages. */
  constructor(
    dir: string,
    readonly display: string,
    readonly allowOutsideRoot: boolean
  ) {
    this.dir = resolve(dir)
    try {
      this.real = realpathSync.native(this.dir)
    } catch (error) {
      throw new InputError(`data root ${display}: ${fileProblem(error)}`)
    }
  }

  /** True when a resolved (real) path is the root or below it. */
  contains(realPath: string): boolean {
    return isBelow(this.real, realPath)
  }

  /**
   * Resolves a path a manifest wrote (relative to the root, or absolute) and checks it stays inside.
   * With `requireFile`, the image must exist and be a file. `where` (`file:line`) starts messages.
   */
  locate(written: string, where: string, requireFile: boolean): string {
    if (written.trim() === '') throw new InputError(`${where}: empty image path`)
    if (written.includes('\0')) throw new InputError(`${where}: image path contains a NUL byte`)
    const file = resolve(this.dir, written)
    if (!this.allowOutsideRoot && !isBelow(this.dir, file)) {
      throw new InputError(
        `${where}: image path ${quote(written)} is outside the data root ${this.display} (${ALLOW_OUTSIDE_HINT})`
      )
    }
    let stats
    try {
      stats = lstatSync(file)
    } catch (error) {
      if (!requireFile) return file
      throw new InputError(`${where}: image ${quote(written)} ${fileProblem(error)}`)
    }
    const isLink = stats.isSymbolicLink()
    if (!this.allowOutsideRoot) {
      const real = isLink
        ? this.realpath(file, written, where)
        : join(this.realDir(dirname(file), written, where), basename(file))
      if (!this.contains(real)) {
        throw new InputError(
          `${where}: image path ${quote(written)} resolves (through a symbolic link) outside the data root ${this.display} (${ALLOW_OUTSIDE_HINT})`
        )
      }
    }
    if (requireFile) {
      let isFile = stats.isFile()
      if (isLink) {
        try {
          isFile = statSync(file).isFile()
        } catch (error) {
          const problem =
            (error as NodeJS.ErrnoException).code === 'ENOENT'
              ? 'is a broken symbolic link'
              : fileProblem(error)
          throw new InputError(`${where}: image ${quote(written)} ${problem}`)
        }
      }
      if (!isFile) throw new InputError(`${where}: image ${quote(written)} is not a file`)
    }
    return file
  }

  private realDir(dir: string, written: string, where: string): string {
    let real = this.realDirs.get(dir)
    if (real === undefined) {
      real = this.realpath(dir, written, where)
      this.realDirs.set(dir, real)
    }
    return real
  }

  private realpath(path: string, written: string, where: string): string {
    try {
      return realpathSync.native(path)
    } catch (error) {
      const problem =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'is a broken symbolic link'
          : fileProblem(error)
      throw new InputError(`${where}: image ${quote(written)} ${problem}`)
    }
  }
}
