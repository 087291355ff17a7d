/**
 * Reading the small text files users hand us (classes, manifests, label files) with errors that name the
 * file, never a raw ENOENT stack.
 */
import { readFileSync, statSync } from 'node:fs'
import { InputError } from '../errors.js'

/** Reads a UTF-8 text file, dropping a byte-order mark. `role` says what the file is for (`--classes`). */
export function readTextFile(path: string, role: string): string {
  let stats
  try {
    stats = statSync(path)
  } catch (error) {
    throw new InputError(`${role} ${path}: ${fileProblem(error)}`)
  }
  if (!stats.isFile()) throw new InputError(`${role} ${path}: not a file`)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new InputError(`${role} ${path}: ${fileProblem(error)}`)
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Splits text into lines (LF or CRLF); a final newline does not make an extra empty line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/)
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** A short, single-line reason for a failed file-system call. */
export function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  switch (code) {
    case 'ENOENT':
      return 'not found'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a folder, expected a file'
    case 'ENOTDIR':
      return 'not found (a parent is not a folder)'
    case 'ELOOP':
      return 'too many levels of symbolic links'
    default:
      return oneLine(error instanceof Error ? error.message : String(error))
  }
}

/** Collapses whitespace runs (newlines included) so quoted user text cannot break our one-line messages. */
export function oneLine(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** Quotes a user-given value for a message: JSON string syntax, shortened. */
export function quote(value: string): string {
  return JSON.stringify(value.length > 120 ? `${value.slice(0, 119)}…` : value)
}
