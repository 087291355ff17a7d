/**
 * Reading the small text files users hand us (classes, manifests, label files) with errors that name the
 * file, never a raw ENOENT stack.
 */
import { ANY_PLACE, messagePath, readInputText, SIZE_CAPS, type InputScope } from './input-file.js'

/**
 * Reads a UTF-8 text input, dropping a byte-order mark. `role` says what the file is for (`--classes`);
 * the file must lie within `scope` (see input-file.ts) and under its size cap.
 */
export function readTextFile(
  path: string,
  role: string,
  cap: keyof typeof SIZE_CAPS,
  scope: InputScope = ANY_PLACE
): string {
  return readInputText(path, `${role} ${messagePath(path)}`, scope, SIZE_CAPS[cap])
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

/**
 * A short, escaped excerpt of a value read from a file, for messages: JSON syntax (so control characters are
 * escaped), at most `max` characters. Error lines never quote more of a file than this (a side file may be
 * a link to a secret).
 */
export function excerpt(value: unknown, max = 60): string {
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = String(value)
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** Quotes a user-given value for a message: JSON string syntax, shortened. */
export function quote(value: string): string {
  return JSON.stringify(value.length > 120 ? `${value.slice(0, 119)}…` : value)
}
