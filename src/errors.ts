/**
 * A problem with what the user gave us (a file, a flag, a label). Both fronts turn it into one line on
 * stderr and exit code 2 (CLI) or a failed step (action), never a stack trace. The message must name the
 * culprit: the file, line, class or flag at fault.
 */
export class InputError extends Error {
  override readonly name = 'InputError'
}

/**
 * Formats any thrown value as the message the user sees. Line breaks are kept here and neutralised where
 * the line is printed (log.ts, safeLine), so a class name with a newline cannot cut the message short.
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name
  return String(error)
}
