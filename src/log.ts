/** How the pipeline talks to its front: the CLI prints to stderr, the action to the Actions log. */
export interface Logger {
  info(message: string): void
  warn(message: string): void
  /** A named, collapsible section of work. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  /** Inference progress; fronts decide how often and whether to show it. */
  progress?(done: number, total: number): void
}

/** A logger that keeps quiet: for tests and library use. */
export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  group: (_name, fn) => fn()
}

/** Longest line classdiff prints; a longer message is cut with "…" (error lines quote files and names). */
export const MAX_LINE_LENGTH = 2000

// C0 and C1 controls (line breaks, escape sequences), DEL, line and paragraph separators, bidirectional
// overrides and isolates, and invisible joiners: none of them may reach a log line raw (docs/failure-modes.md).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g

/** A runner reads a line that starts (after spaces) with `::` or `##[` as a workflow command. */
const COMMAND_START = /^\s*(::|##\[)/

/**
 * Makes one message safe to print as one log line, whatever untrusted text (class names, ids, file names,
 * messages read from files) it carries: every control, bidi or invisible character becomes a visible
 * `\uXXXX`, so the message cannot break the line, hide text or recolour the terminal; a line that would start
 * as a workflow command (`::error::`, `::add-mask::`) is prefixed so the runner does not run it; and it is
 * capped at MAX_LINE_LENGTH characters.
 */
export function safeLine(message: string, max = MAX_LINE_LENGTH): string {
  let line = message.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  if (COMMAND_START.test(line)) line = `» ${line}`
  if (line.length > max) line = `${line.slice(0, max - 1)}…`
  return line
}
