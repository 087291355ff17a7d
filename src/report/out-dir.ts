/**
 * Writing the run's files into `--out-dir` without reaching outside it (docs/failure-modes.md): a pull
 * request may commit a symbolic link where a report file will go, so existing entries are replaced, never
 * written through; a folder classdiff created is removed again when the run fails before it is complete,
 * so a failed run leaves no empty or half-written out-dir behind.
 */
import { lstat, mkdir, rm, writeFile } from 'node:fs/promises'
import { InputError } from '../errors.js'

/** Runs `write` with `outDir` present; removes the folder again when it made it and `write` fails. */
export async function intoOutDir(outDir: string, write: () => Promise<void>): Promise<void> {
  const existing = await lstat(outDir).catch(() => null)
  if (existing?.isSymbolicLink()) {
    throw new InputError(
      `--out-dir ${outDir}: is a symbolic link; classdiff writes only into a real folder`
    )
  }
  if (existing !== null && !existing.isDirectory()) {
    throw new InputError(`--out-dir ${outDir}: exists and is not a folder`)
  }
  if (existing === null) await mkdir(outDir, { recursive: true })
  try {
    await write()
  } catch (error) {
    if (existing === null) await rm(outDir, { recursive: true, force: true })
    throw error
  }
}

/** Removes what sits at `file` (a stale report, or a link planted there) so a new file is created in its place. */
export async function clearOutput(file: string): Promise<void> {
  await rm(file, { force: true })
}

/** Writes a new file at `file`: created exclusively, never through a link. */
export async function writeOutput(file: string, content: string): Promise<void> {
  await clearOutput(file)
  await writeFile(file, content, { flag: 'wx' })
}
