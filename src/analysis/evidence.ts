/**
 * The two signals that tell the kinds apart (docs/design.md#explaining-a-drop): multi-label co-occurrence and
 * distance in a class hierarchy. Each is asked for a handful of class pairs, so they are computed on demand.
 */
import type { Hierarchy } from '../data/types.js'
import { hasValidSet, type ClassIndex } from './scoring.js'

/**
 * ρ(c, l): share of the images of class c (original label) with a non-empty multi-label set whose set
 * also holds l. Null when no image of c has such a set.
 */
export function cooccurrence(
  multiLabels: readonly (readonly number[] | null)[],
  byClass: ClassIndex,
  c: number,
  l: number
): number | null {
  let withSet = 0
  let holding = 0
  for (let k = byClass.start[c]; k < byClass.start[c + 1]; k++) {
    const set = multiLabels[byClass.order[k]]
    if (!hasValidSet(set)) continue
    withSet++
    if (set.includes(l)) holding++
  }
  return withSet === 0 ? null : holding / withSet
}

/**
 * Edge distances between classes in an is-a DAG: the shortest path that goes up from c to a common
 * ancestor and down to l, i.e. through their lowest common ancestor (siblings are 2 apart, a parent and
 * its child 1). Upward distances to every ancestor are cached per node.
 */
export class HierarchyDistances {
  private readonly ancestorCache = new Map<string, ReadonlyMap<string, number>>()

  constructor(private readonly hierarchy: Hierarchy) {}

  /** True when class c is a node the hierarchy knows (it has a parent or is some node's parent). */
  knows(c: number): boolean {
    const node = this.hierarchy.classNodes[c]
    if (node === undefined || node === '') return false
    return this.hierarchy.parents.has(node) || this.isParent(node)
  }

  /** Edges between classes c and l through their lowest common ancestor; null when they share none. */
  between(c: number, l: number): number | null {
    const a = this.hierarchy.classNodes[c]
    const b = this.hierarchy.classNodes[l]
    if (a === undefined || b === undefined || a === '' || b === '') return null
    if (a === b) return 0
    const up = this.ancestorsOf(a)
    const down = this.ancestorsOf(b)
    const [small, large] = up.size <= down.size ? [up, down] : [down, up]
    let best: number | null = null
    for (const [node, depth] of small) {
      const other = large.get(node)
      if (other !== undefined && (best === null || depth + other < best)) best = depth + other
    }
    return best
  }

  /** Every ancestor of a node (itself included, at 0) with its shortest upward distance: breadth-first. */
  private ancestorsOf(node: string): ReadonlyMap<string, number> {
    const cached = this.ancestorCache.get(node)
    if (cached) return cached
    const depths = new Map<string, number>([[node, 0]])
    let frontier = [node]
    for (let depth = 1; frontier.length > 0; depth++) {
      const next: string[] = []
      for (const child of frontier) {
        for (const parent of this.hierarchy.parents.get(child) ?? []) {
          if (depths.has(parent)) continue
          depths.set(parent, depth)
          next.push(parent)
        }
      }
      frontier = next
    }
    this.ancestorCache.set(node, depths)
    return depths
  }

  private parentSet: Set<string> | null = null

  private isParent(node: string): boolean {
    if (this.parentSet === null) {
      this.parentSet = new Set()
      for (const parents of this.hierarchy.parents.values())
        for (const p of parents) this.parentSet.add(p)
    }
    return this.parentSet.has(node)
  }
}
