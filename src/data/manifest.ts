/**
 * Manifests: a CSV file with a header naming the columns `file` and `label` (in any order, other columns
 * ignored), or JSON Lines records `{"file": "...", "label": 3 | "tench"}`. Image paths are relative to the
 * manifest's folder (the data root). Rows keep file order. Blank lines are skipped; every other problem is
 * an `InputError` naming `manifest:line`.
 */
import { parse } from 'csv-parse/sync'
import { extname } from 'node:path'
import { InputError } from '../errors.js'
import { parseJsonLine } from './json.js'
import { ANY_PLACE, type InputScope } from './input-file.js'
import { oneLine, readTextFile, splitLines } from './text.js'

/** One manifest row before its label is resolved against the class list. */
export interface ManifestRow {
  /** The image path as written. */
  readonly path: string
  readonly label: unknown
  /** `manifest:line`, for messages. */
  readonly where: string
  readonly line: number
}

export type ManifestFormat = 'csv' | 'jsonl'

/** The manifest format a `--data` file name implies, or null when it is neither. */
export function manifestFormat(path: string): ManifestFormat | null {
  const ext = extname(path).toLowerCase()
  if (ext === '.csv') return 'csv'
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl'
  return null
}

/** Reads a manifest's rows; refuses a manifest without any. */
export function readManifest(
  path: string,
  format: ManifestFormat,
  scope: InputScope = ANY_PLACE
): ManifestRow[] {
  const text = readTextFile(path, '--data', 'manifest', scope)
  const rows = format === 'csv' ? readCsvRows(text, path) : readJsonlRows(text, path)
  if (rows.length === 0) throw new InputError(`--data ${path}: the manifest has no rows`)
  return rows
}

interface CsvRecord {
  record: string[]
  info: { lines: number }
}

function readCsvRows(text: string, path: string): ManifestRow[] {
  let records: CsvRecord[]
  try {
    records = parse(text, {
      skip_empty_lines: true,
      trim: true,
      info: true
    }) as unknown as CsvRecord[]
  } catch (error) {
    // csv-parse notices an unclosed quote only at the end of the file; the line that opened it is the culprit.
    const opened =
      (error as { code?: unknown }).code === 'CSV_QUOTE_NOT_CLOSED' ? unclosedQuoteLine(text) : null
    if (opened !== null) {
      throw new InputError(
        `${path}:${opened}: malformed CSV (Quote Not Closed: the quoted field that opens on this line never closes)`
      )
    }
    const line = (error as { lines?: unknown }).lines
    const where = typeof line === 'number' ? `${path}:${line}` : path
    const reason =
      error instanceof Error ? error.message.replace(/ (on|at) line \d+$/, '') : String(error)
    throw new InputError(`${where}: malformed CSV (${oneLine(reason)})`)
  }
  if (records.length === 0) throw new InputError(`--data ${path}: the manifest has no rows`)
  // A record ends on info.lines; quoted fields may span lines, so count back to where it starts.
  const startLine = ({ record, info }: CsvRecord): number =>
    info.lines - record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0)
  const header = records[0].record.map((name) => name.toLowerCase())
  const fileColumn = header.indexOf('file')
  const labelColumn = header.indexOf('label')
  if (fileColumn < 0 || labelColumn < 0) {
    throw new InputError(
      `${path}:${startLine(records[0])}: the header must name the columns file and label (found: ${oneLine(records[0].record.join(','), 80)})`
    )
  }
  return records.slice(1).map((entry) => {
    const line = startLine(entry)
    return {
      path: entry.record[fileColumn],
      label: entry.record[labelColumn],
      where: `${path}:${line}`,
      line
    }
  })
}

/** The line where a quoted CSV field that never closes begins (RFC 4180 quoting, `""` escapes), or null. */
function unclosedQuoteLine(text: string): number | null {
  let line = 1
  let openedOn: number | null = null
  let fieldStart = true
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\n') line++
    if (openedOn !== null) {
      if (c !== '"') continue
      if (text[i + 1] === '"') i++
      else openedOn = null
    } else if (c === '"' && fieldStart) openedOn = line
    else if (c === '\n' || c === ',') fieldStart = true
    else if (c !== ' ' && c !== '\t' && c !== '\r') fieldStart = false
  }
  return openedOn
}

function readJsonlRows(text: string, path: string): ManifestRow[] {
  const rows: ManifestRow[] = []
  splitLines(text).forEach((content, i) => {
    if (content.trim() === '') return
    const line = i + 1
    const where = `${path}:${line}`
    const record = parseJsonLine(content, where)
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      throw new InputError(`${where}: expected an object {"file": ..., "label": ...}`)
    }
    const { file, label } = record as { file?: unknown; label?: unknown }
    if (typeof file !== 'string')
      throw new InputError(`${where}: "file" must be a string (the image path)`)
    if (label === undefined) throw new InputError(`${where}: missing "label"`)
    rows.push({ path: file, label, where, line })
  })
  return rows
}
