/**
 * The failure-mode catalogue (docs/failure-modes.md, copied into the README) and its tests stay one list:
 * every row's id starts the name of at least one test in this folder (`[model-nan] …`), and every id a test
 * names is a row.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const read = (relative: string): string => readFileSync(new URL(relative, import.meta.url), 'utf8')

/** The table between the catalogue markers, as written. */
function catalogueTable(): string {
  const doc = read('../../docs/failure-modes.md')
  const match = /<!-- catalogue:start -->\n([^]*?)\n<!-- catalogue:end -->/.exec(doc)
  if (!match) throw new Error('docs/failure-modes.md has no catalogue markers')
  return (match[1] as string).trim()
}

interface Row {
  readonly id: string
  readonly cells: string[]
}

function rows(table: string): Row[] {
  const lines = table.split('\n')
  expect(lines[0]).toMatch(/^\| id +\| input +\| what classdiff does +\| the line/)
  expect(lines[1]).toMatch(/^\|[ -|]+\|$/)
  return lines.slice(2).map((line) => {
    // Cells are split on unescaped pipes; none of the texts holds one.
    const cells = line
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.trim())
    const id = /^`([a-z][a-z0-9-]*)`$/.exec(cells[0] ?? '')?.[1]
    if (id === undefined) throw new Error(`a row without an id: ${line}`)
    return { id, cells }
  })
}

/** `[id] ` at the start of a test name, in the source of this folder's test files. */
function idsInTestNames(): Map<string, string[]> {
  const found = new Map<string, string[]>()
  const folder = new URL('./', import.meta.url)
  const files = readdirSync(folder).filter(
    (name) => name.endsWith('.test.ts') && name !== 'catalogue.test.ts'
  )
  for (const file of files) {
    for (const match of read(file).matchAll(/['"`]\[([a-z][a-z0-9-]*)\] /g)) {
      const id = match[1] as string
      found.set(id, [...(found.get(id) ?? []), file])
    }
  }
  return found
}

describe('the failure-mode catalogue', () => {
  const table = catalogueTable()
  const catalogue = rows(table)
  const tested = idsInTestNames()

  it('has one row per id, each saying what goes in, what classdiff does and the line it prints', () => {
    const ids = catalogue.map((row) => row.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const row of catalogue) {
      expect(row.cells, row.id).toHaveLength(4)
      for (const cell of row.cells) expect(cell.length, row.id).toBeGreaterThan(3)
    }
  })

  it('has a test for every row, through the CLI or the action as processes', () => {
    const untested = catalogue.map((row) => row.id).filter((id) => !tested.has(id))
    expect(untested).toEqual([])
  })

  it('has a row for every id a test names', () => {
    const ids = new Set(catalogue.map((row) => row.id))
    const unlisted = [...tested.keys()].filter((id) => !ids.has(id))
    expect(unlisted).toEqual([])
  })

  it('covers the inputs issue 7 lists', () => {
    // The list, as ids: a row dropped from the table fails here, not silently.
    expect(catalogue.map((row) => row.id)).toEqual(
      expect.arrayContaining([
        'model-nan',
        'model-inf',
        'model-external-data',
        'model-input-rank',
        'model-input-type',
        'image-bomb-png',
        'image-empty',
        'image-truncated',
        'path-outside-root',
        'symlink-outside-root',
        'manifest-duplicate-id',
        'predictions-unknown-id',
        'predictions-missing-id',
        'predictions-class-out-of-range',
        'predictions-malformed-line',
        'csv-malformed',
        'json-malformed',
        'multilabel-unknown-image',
        'class-empty',
        'artifact-wrong-types',
        'artifact-oversized',
        'artifact-pr-mismatch',
        'artifact-sha-mismatch',
        'timeout-load',
        'timeout-batch'
      ])
    )
  })

  it('is the table the README shows', () => {
    expect(read('../../README.md')).toContain(table)
  })
})
