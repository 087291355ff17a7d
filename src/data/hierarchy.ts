/**
 * Class hierarchies (`--hierarchy`), in two forms told apart by the file extension:
 *
 * - **Edge lines** (any name not ending in `.csv`; WordNet style): one `parent child` pair per line,
 *   separated by whitespace; blank lines and lines starting with `#` are skipped. Node ids are free-form
 *   tokens (WordNet ids such as `n02084071`, or names without spaces). Display names come from an optional
 *   **sibling names file**: for `tree.txt` classdiff looks for `tree.names.txt` in the same folder, with
 *   `id<TAB>name` lines (`n02084071	dog, domestic dog`). One flag, no extra syntax; absent file = no names.
 * - **CSV** (`.csv`): `class,superclass` rows for flat groupings, with an optional header row. Deeper
 *   levels are allowed (`superclass,group`): the first column must be a class or a superclass named in the
 *   second column of some row, else the row is refused as an unknown class (a typo would silently detach
 *   that class). The first row is a header when its first cell is neither.
 *
 * Mapping classes to nodes, per class: its WordNet id when the class list carries ids and the hierarchy
 * has that node; else its name, when a node has that id; else the one node whose display name (or that
 * name's first comma-separated part) equals the class name. A class found in none of these ways becomes
 * a node of its own with no parents, so its distance to every other class is unknown (null) — which the
 * report shows as missing evidence rather than a guess. A hierarchy that matches no class at all is an
 * error. A cycle (including `a a`) is an error naming the line that closes it and the cycle.
 */
import { parse } from 'csv-parse/sync'
import { basename, dirname, extname, join } from 'node:path'
import { InputError } from '../errors.js'
import type { ClassList } from './classes.js'
import type { Hierarchy } from './types.js'
import { firstName } from './classes.js'
import { ANY_PLACE, pathPresent, type InputScope } from './input-file.js'
import { oneLine, quote, readTextFile, splitLines } from './text.js'

/** One is-a edge and the `file:line` that gave it. */
export interface HierarchyEdge {
  readonly parent: string
  readonly child: string
  readonly where: string
}

/** Reads `--hierarchy` (edge lines with an optional sibling names file, or a class,superclass CSV). */
export function readHierarchy(
  path: string,
  classes: ClassList,
  scope: InputScope = ANY_PLACE
): Hierarchy {
  if (extname(path).toLowerCase() === '.csv') {
    return buildHierarchy(readGroupingCsv(path, classes, scope), new Map(), classes, path)
  }
  const edges = readEdgeLines(path, '--hierarchy', scope)
  const namesPath = siblingNamesFile(path)
  // lstat, not exists: a dangling symbolic link named like the names file is refused, not skipped.
  const names = pathPresent(namesPath) ? readNamesFile(namesPath, scope) : new Map<string, string>()
  return buildHierarchy(edges, names, classes, path)
}

/** `dir/tree.txt` → `dir/tree.names.txt`. */
export function siblingNamesFile(edgesPath: string): string {
  const stem = basename(edgesPath, extname(edgesPath))
  return join(dirname(edgesPath), `${stem}.names.txt`)
}

/** `parent child` lines. */
export function readEdgeLines(
  path: string,
  role = '--hierarchy',
  scope: InputScope = ANY_PLACE
): HierarchyEdge[] {
  const edges: HierarchyEdge[] = []
  splitLines(readTextFile(path, role, 'hierarchy', scope)).forEach((content, i) => {
    const line = content.trim()
    if (line === '' || line.startsWith('#')) return
    const tokens = line.split(/\s+/)
    const where = `${path}:${i + 1}`
    if (tokens.length !== 2) {
      throw new InputError(
        `${where}: expected "parent child" (two ids separated by whitespace), got ${quote(oneLine(line, 80))}`
      )
    }
    edges.push({ parent: tokens[0], child: tokens[1], where })
  })
  if (edges.length === 0) throw new InputError(`--hierarchy ${path}: no edges`)
  return edges
}

/** `id<TAB>name` lines (a space also separates when there is no tab). */
export function readNamesFile(path: string, scope: InputScope = ANY_PLACE): Map<string, string> {
  const names = new Map<string, string>()
  splitLines(readTextFile(path, 'hierarchy names file', 'hierarchy', scope)).forEach(
    (content, i) => {
      if (content.trim() === '' || content.startsWith('#')) return
      const match = /^(\S+)(?:\t|\s+)(.*\S)\s*$/.exec(content.trim())
      if (match === null) throw new InputError(`${path}:${i + 1}: expected "id<TAB>name"`)
      names.set(match[1], match[2])
    }
  )
  return names
}

interface CsvRecord {
  record: string[]
  info: { lines: number }
}

function readGroupingCsv(path: string, classes: ClassList, scope: InputScope): HierarchyEdge[] {
  let records: CsvRecord[]
  try {
    records = parse(readTextFile(path, '--hierarchy', 'hierarchy', scope), {
      skip_empty_lines: true,
      trim: true,
      info: true
    }) as unknown as CsvRecord[]
  } catch (error) {
    if (error instanceof InputError) throw error
    const line = (error as { lines?: unknown }).lines
    const where = typeof line === 'number' ? `${path}:${line}` : path
    const reason =
      error instanceof Error ? error.message.replace(/ (on|at) line \d+$/, '') : String(error)
    throw new InputError(`${where}: malformed CSV (${oneLine(reason)})`)
  }
  const classKeys = new Set([...classes.names, ...(classes.ids ?? [])])
  const superclasses = new Set(records.map(({ record }) => record[1]))
  const isKnown = (cell: string): boolean => classKeys.has(cell) || superclasses.has(cell)
  if (records.length > 0 && !isKnown(records[0].record[0])) records = records.slice(1)
  if (records.length === 0) throw new InputError(`--hierarchy ${path}: no class,superclass rows`)

  return records.map(({ record, info }) => {
    const where = `${path}:${info.lines}`
    if (record.length !== 2) {
      throw new InputError(`${where}: expected two columns, class and superclass`)
    }
    const [child, parent] = record
    if (child === '' || parent === '') throw new InputError(`${where}: empty class or superclass`)
    if (!isKnown(child)) {
      throw new InputError(
        `${where}: unknown class ${quote(child)} (not in the ${classes.source}, nor a superclass of another row)`
      )
    }
    return { parent, child, where }
  })
}

/** Builds the `Hierarchy` from edges, names and the class list; refuses cycles. */
export function buildHierarchy(
  edges: readonly HierarchyEdge[],
  names: ReadonlyMap<string, string>,
  classes: ClassList,
  source: string
): Hierarchy {
  const parents = new Map<string, string[]>()
  const edgeWhere = new Map<string, string>()
  const node = (id: string): string[] => {
    let list = parents.get(id)
    if (list === undefined) parents.set(id, (list = []))
    return list
  }
  for (const { parent, child, where } of edges) {
    node(parent)
    const list = node(child)
    if (!list.includes(parent)) {
      list.push(parent)
      edgeWhere.set(`${child}\0${parent}`, where)
    }
  }
  refuseCycles(parents, edgeWhere, source)

  const classNodes = mapClassesToNodes(parents, names, classes)
  if (classNodes.every((id) => !parents.has(id))) {
    throw new InputError(
      `--hierarchy ${source}: none of the ${classes.names.length} classes is a node of it (nodes are matched by WordNet id, class name or display name)`
    )
  }
  for (const id of classNodes) node(id)
  for (const list of parents.values()) list.sort()
  return { classNodes, parents, names }
}

function mapClassesToNodes(
  parents: ReadonlyMap<string, readonly string[]>,
  names: ReadonlyMap<string, string>,
  classes: ClassList
): string[] {
  // Display name (and its first synonym) → node ids, to find classes known only by name.
  const byDisplayName = new Map<string, Set<string>>()
  for (const [id, name] of names) {
    if (!parents.has(id)) continue
    for (const key of new Set([name, firstName(name)])) {
      const set = byDisplayName.get(key) ?? new Set<string>()
      byDisplayName.set(key, set.add(id))
    }
  }
  const used = new Set<string>()
  return classes.names.map((name, index) => {
    const id = classes.ids?.[index]
    let found: string | undefined
    if (id !== undefined && parents.has(id)) found = id
    else if (parents.has(name)) found = name
    else {
      const candidates = byDisplayName.get(name)
      if (candidates?.size === 1) found = [...candidates][0]
    }
    if (found === undefined) {
      // A node of its own; keep it distinct from every other node so unrelated classes never meet.
      found = id ?? name
      while (parents.has(found) || used.has(found)) found = `${found}#${index}`
    }
    used.add(found)
    return found
  })
}

function refuseCycles(
  parents: ReadonlyMap<string, readonly string[]>,
  edgeWhere: ReadonlyMap<string, string>,
  source: string
): void {
  // Iterative depth-first search over parent links: 1 = on the current path, 2 = done.
  const state = new Map<string, 1 | 2>()
  for (const start of [...parents.keys()].sort()) {
    if (state.has(start)) continue
    const path: string[] = [start]
    const next: number[] = [0]
    state.set(start, 1)
    while (path.length > 0) {
      const top = path[path.length - 1]
      const ups = parents.get(top) ?? []
      const i = next[next.length - 1]++
      if (i >= ups.length) {
        state.set(top, 2)
        path.pop()
        next.pop()
        continue
      }
      const up = ups[i]
      if (state.get(up) === 1) {
        const cycle = [...path.slice(path.indexOf(up)), up].reverse()
        const where = edgeWhere.get(`${top}\0${up}`) ?? `--hierarchy ${source}`
        throw new InputError(`${where}: the hierarchy has a cycle: ${cycle.join(' → ')}`)
      }
      if (!state.has(up)) {
        state.set(up, 1)
        path.push(up)
        next.push(0)
      }
    }
  }
}
