/**
 * GitHub's size limits (docs/design.md#security-model) and the measuring tape. Sizes are measured in UTF-8
 * bytes: never less than the characters or UTF-16 units GitHub might count, so a body that fits here fits
 * there.
 */

/** Issue and pull-request comment bodies. */
export const COMMENT_LIMIT = 65_536
/** Check-run `output.summary`. */
export const CHECK_RUN_SUMMARY_LIMIT = 65_535
/** A step's job summary (`GITHUB_STEP_SUMMARY`): 1 MiB. */
export const JOB_SUMMARY_LIMIT = 1024 * 1024

export function sizeOf(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

export function fitsIn(text: string, limit: number): boolean {
  return sizeOf(text) <= limit
}

/**
 * The longest start of `text` that, followed by `suffix`, fits in `limit`; cut at a line break when one is
 * near, never inside a surrogate pair or an HTML entity. The last resort when shortening by layout was not
 * enough.
 */
export function truncateToLimit(text: string, limit: number, suffix: string): string {
  if (fitsIn(text, limit)) return text
  const budget = limit - sizeOf(suffix)
  if (budget <= 0) return ''
  // Binary search for the longest prefix within budget.
  let low = 0
  let high = text.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (sizeOf(text.slice(0, mid)) <= budget) low = mid
    else high = mid - 1
  }
  let end = low
  const code = text.charCodeAt(end - 1)
  if (code >= 0xd800 && code <= 0xdbff) end -= 1
  let head = text.slice(0, end)
  const lineBreak = head.lastIndexOf('\n')
  if (lineBreak >= head.length / 2) head = head.slice(0, lineBreak)
  else head = head.replace(/&[#A-Za-z0-9]*$/, '')
  return `${head}${suffix}`
}
