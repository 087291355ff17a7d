/**
 * JSON parsing with errors that say where. Node 20's `JSON.parse` messages carry no position, so when a
 * whole-file document fails we walk it once more with a small syntax checker to find the line and column.
 */
import { InputError } from '../errors.js'
import { oneLine } from './text.js'

/** Parses one JSON Lines record; `where` is `file:line`. */
export function parseJsonLine(text: string, where: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new InputError(`${where}: not valid JSON (${reason(error)})`)
  }
}

/** Parses a whole JSON file; on failure the message names `file:line:column`. */
export function parseJsonDocument(text: string, file: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const offset = firstSyntaxErrorOffset(text)
    const at = offset === null ? file : `${file}:${lineAndColumn(text, offset)}`
    throw new InputError(`${at}: not valid JSON (${reason(error)})`)
  }
}

function reason(error: unknown): string {
  // V8 quotes the whole input after the reason ("…, "[1,,2]" is not valid JSON"); keep the reason only.
  const message = error instanceof Error ? error.message : String(error)
  // (V8 shortens a long input with "...", before or after the quoted part.)
  return oneLine(message.replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, ''), 120)
}

function lineAndColumn(text: string, offset: number): string {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return `${line}:${offset - lineStart + 1}`
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
// JSON forbids raw control characters inside strings.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y
const LITERAL = /true|false|null/y

/** Offset of the first JSON syntax error in `text`, or null when the checker finds none. */
export function firstSyntaxErrorOffset(text: string): number | null {
  let pos = 0
  const skipSpace = (): void => {
    while (pos < text.length && ' \t\r\n'.includes(text[pos])) pos++
  }
  const token = (pattern: RegExp): boolean => {
    pattern.lastIndex = pos
    if (!pattern.test(text)) return false
    pos = pattern.lastIndex
    return true
  }
  // Iterative over a stack of open containers, so deep nesting cannot overflow our own stack.
  const stack: ('[' | '{')[] = []
  /** One value; an opened container stays on the stack for the main loop to finish. */
  const value = (): boolean => {
    for (;;) {
      skipSpace()
      const c = text[pos]
      if (c !== '[' && c !== '{') return token(STRING) || token(NUMBER) || token(LITERAL)
      pos++
      skipSpace()
      if (text[pos] === (c === '[' ? ']' : '}')) {
        pos++
        return true
      }
      stack.push(c)
      if (c === '{' && !member()) return false
    }
  }
  const member = (): boolean => {
    skipSpace()
    if (!token(STRING)) return false
    skipSpace()
    if (text[pos] !== ':') return false
    pos++
    return true
  }
  // After each value: close containers or expect a separator and the next value.
  if (!value()) return pos
  for (;;) {
    skipSpace()
    if (stack.length === 0) return pos < text.length ? pos : null
    const open = stack[stack.length - 1]
    const c = text[pos]
    if (c === (open === '[' ? ']' : '}')) {
      stack.pop()
      pos++
      continue
    }
    if (c !== ',') return pos
    pos++
    if (open === '{' && !member()) return pos
    if (!value()) return pos
  }
}
