/**
 * The ImageFolder layout (`root/<class>/<image>`), read the way torchvision's `ImageFolder` reads it:
 * classes are the sub-folders in sorted (code point) order; each class folder is walked recursively,
 * following symbolic links, directories in sorted path order and files sorted within each directory.
 * Images are `.jpg`, `.jpeg`, `.png` and `.webp`, in any letter case; other files are ignored.
 *
 * Where we differ from torchvision, on purpose:
 * - hidden entries (names starting with `.`, e.g. `.ipynb_checkpoints`) are skipped, not made classes;
 * - a symbolic link that resolves outside the data root is refused (an `InputError`) unless the user
 *   allowed paths outside the root; a broken link with an image extension is refused too;
 * - a directory that links back to one of its own ancestors is not walked again (no endless loop).
 *
 * A class *folder* with no images is an error naming the folder (torchvision refuses it too): it is nearly
 * always a failed copy, and the class would silently drop out of the comparison. A class in the `--classes`
 * file that has no folder at all is fine: it simply has no images (support 0). A folder whose name is not in
 * the `--classes` file is an error naming the folder.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs'
import { extname, join } from 'node:path'
import { InputError } from '../errors.js'
import { compareCodePoints, LabelResolver, type ClassList } from './classes.js'
import { ALLOW_OUTSIDE_ROOT_HINT, type DataRoot } from './paths.js'
import { fileProblem } from './text.js'

export const IMAGE_EXTENSIONS: readonly string[] = ['.jpg', '.jpeg', '.png', '.webp']

export function isImageName(name: string): boolean {
  return IMAGE_EXTENSIONS.includes(extname(name).toLowerCase())
}

/** An image found on disk: its path relative to the root (with `/`) and its absolute path. */
export interface FoundImage {
  readonly rel: string
  readonly file: string
}

/** The non-hidden sub-folders and files of one folder, links followed and checked against the root. */
export function listEntries(root: DataRoot, relDir: string): { dirs: string[]; files: string[] } {
  const abs = join(root.dir, relDir)
  let entries: Dirent[]
  try {
    entries = readdirSync(abs, { withFileTypes: true })
  } catch (error) {
    throw new InputError(`folder ${pathInRoot(root, relDir)}: ${fileProblem(error)}`)
  }
  const dirs: string[] = []
  const files: string[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    if (entry.isDirectory()) dirs.push(entry.name)
    else if (entry.isFile()) files.push(entry.name)
    else if (entry.isSymbolicLink()) {
      const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`
      const kind = followLink(root, rel)
      if (kind === 'dir') dirs.push(entry.name)
      else if (kind === 'file') files.push(entry.name)
    }
  }
  dirs.sort(compareCodePoints)
  files.sort(compareCodePoints)
  return { dirs, files }
}

/** What a symbolic link inside the root points at, after refusing targets outside the root. */
function followLink(root: DataRoot, rel: string): 'dir' | 'file' | 'other' {
  const abs = join(root.dir, rel)
  let stats
  try {
    stats = statSync(abs)
  } catch (error) {
    // A dangling link named like an image was meant to be one; anything else is not our business.
    if (isImageName(rel)) {
      const problem =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'is a broken symbolic link'
          : fileProblem(error)
      throw new InputError(`image ${pathInRoot(root, rel)} ${problem}`)
    }
    return 'other'
  }
  if (!root.allowOutsideRoot && !root.contains(realpathSync.native(abs))) {
    throw new InputError(
      `${pathInRoot(root, rel)} is a symbolic link that resolves outside the data root ${root.display} (${ALLOW_OUTSIDE_ROOT_HINT})`
    )
  }
  return stats.isDirectory() ? 'dir' : stats.isFile() ? 'file' : 'other'
}

/** Every image below `relDir` (recursively), in torchvision's order. */
export function listImagesBelow(root: DataRoot, relDir: string): FoundImage[] {
  const folders: { rel: string; files: string[] }[] = []
  const walk = (rel: string, ancestors: ReadonlySet<string>): void => {
    const real = realpathSync.native(join(root.dir, rel))
    if (ancestors.has(real)) return
    const { dirs, files } = listEntries(root, rel)
    folders.push({ rel, files: files.filter(isImageName) })
    const below = new Set(ancestors).add(real)
    for (const dir of dirs) walk(`${rel}/${dir}`, below)
  }
  walk(relDir, new Set())
  // os.walk's (root, dirs, files) tuples sorted by root path: `a-b` comes before `a/b`.
  folders.sort((a, b) => compareCodePoints(a.rel, b.rel))
  return folders.flatMap(({ rel, files }) =>
    files.map((name) => ({ rel: `${rel}/${name}`, file: join(root.dir, rel, name) }))
  )
}

export interface LabelledImage {
  readonly id: string
  readonly file: string
  readonly label: number
}

/** Reads an ImageFolder root; `classes` (from `--classes`) fixes the index order when given. */
export function scanImageFolder(
  root: DataRoot,
  classes: ClassList | null
): { classes: ClassList; images: LabelledImage[] } {
  const { dirs } = listEntries(root, '')
  if (dirs.length === 0) {
    throw new InputError(
      `--data ${root.display}: no class folders and no parquet files (expected ${root.display}/<class>/<image>, ${root.display}/*.parquet or ${root.display}/data/*.parquet, or a .csv or .jsonl manifest)`
    )
  }
  const classList = classes ?? {
    names: dirs,
    ids: null,
    source: `class folders of ${root.display}`
  }
  const resolver = new LabelResolver(classList)
  const perClass: LabelledImage[][] = classList.names.map(() => [])
  for (const dir of dirs) {
    const label = resolver.resolve(dir, `class folder ${pathInRoot(root, dir)}`)
    const found = listImagesBelow(root, dir)
    if (found.length === 0) {
      throw new InputError(
        `class folder ${pathInRoot(root, dir)} has no images (${IMAGE_EXTENSIONS.join(', ')})`
      )
    }
    for (const { rel, file } of found) perClass[label].push({ id: rel, file, label })
  }
  // Class-index order (the same as folder order without --classes); two folders may name one class.
  return { classes: classList, images: perClass.flat() }
}

/** An image or folder of the set as messages name it: its path under the data root as the user gave it. */
export function pathInRoot(root: DataRoot, rel: string): string {
  return rel === '' ? root.display : join(root.display, rel)
}
