/**
 * Escaping for untrusted strings (class names, file names, reasons that quote them) that end up in
 * GitHub-flavoured markdown: paragraphs, table cells and `<details><summary>` (DESIGN §7).
 *
 * Two layers, because GitHub has two:
 * 1. cmark-gfm parses the markdown. Every metacharacter that could start markdown or HTML syntax becomes a
 *    numeric entity: cmark treats entities as literal text, and a GFM table splits cells only on a raw `|`.
 * 2. GitHub then post-processes the rendered text nodes (entities already decoded) for @mentions, `#123` /
 *    `GH-123` / `owner/repo#1` references, commit SHAs and bare URLs. A backslash or an entity does not stop
 *    those (`&#64;octocat` still pings), so a zero-width space goes right after the trigger character: the
 *    text reads the same, the patterns no longer match.
 */

/** U+200B as an entity: visible in the source, invisible on the page, breaks GitHub's post-filters. */
export const ZERO_WIDTH_SPACE = '&#8203;'

/** The default cap on an escaped string, in code points of the input (names are at most this long). */
export const DEFAULT_MAX_LENGTH = 1000

export interface EscapeOptions {
  /** Longest input kept, in code points; longer strings end in `…`. */
  readonly maxLength?: number
}

/** Characters that start markdown or HTML syntax anywhere in a line, as entities. */
const ENTITIES: ReadonlyMap<string, string> = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
  ['|', '&#124;'],
  ['\\', '&#92;'],
  ['`', '&#96;'],
  ['*', '&#42;'],
  ['_', '&#95;'],
  ['~', '&#126;'],
  ['[', '&#91;'],
  [']', '&#93;'],
  ['(', '&#40;'],
  [')', '&#41;'],
  ['!', '&#33;'],
  ['$', '&#36;'],
  ['^', '&#94;'],
  ['{', '&#123;'],
  ['}', '&#125;']
])

/** `@` in its ASCII, fullwidth and small forms: mentions. */
const AT_SIGNS = new Set(['@', '\uFF20', '\uFE6B'])
/** `#` in its ASCII, fullwidth and small forms: issue references. */
const NUMBER_SIGNS = new Set(['#', '\uFF03', '\uFE5F'])

/** Line breaks and tabs read as a space; a newline would end a table row or paragraph. */
const BREAKING_WHITESPACE = /^[\t\n\v\f\r\u0085\u2028\u2029]$/
/**
 * Control characters, bidirectional overrides and isolates (which can reorder what a reviewer reads), byte
 * order marks and lone surrogate halves become U+FFFD.
 */
const UNPRINTABLE = /^[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uD800-\uDFFF]$/

/** Characters that start a block (list, heading underline, indented code) at the beginning of a line. */
const LINE_START_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['-', '&#45;'],
  ['+', '&#43;'],
  ['=', '&#61;'],
  [' ', '&#32;']
])

/**
 * Escapes an untrusted string for GitHub markdown so it renders as the same plain text and nothing else: no
 * HTML, links, images, emphasis, table cell breaks, line breaks, mentions, issue or commit references,
 * autolinks, and nothing that could open or close an HTML comment (our hidden marker).
 */
export function escapeMarkdownText(text: string, options: EscapeOptions = {}): string {
  const chars = capLength(Array.from(text, printable), options.maxLength ?? DEFAULT_MAX_LENGTH)
  const breakAfter = shaBreakPoints(chars)
  const leadingDigits = chars.findIndex((c) => !/^[0-9]$/.test(c))
  const out: string[] = []
  chars.forEach((char, i) => {
    const next = chars[i + 1] ?? ''
    if (i === 0 && LINE_START_ENTITIES.has(char)) out.push(LINE_START_ENTITIES.get(char) as string)
    else if (AT_SIGNS.has(char)) out.push(`&#${char.codePointAt(0)};${ZERO_WIDTH_SPACE}`)
    else if (NUMBER_SIGNS.has(char)) out.push(`&#${char.codePointAt(0)};${ZERO_WIDTH_SPACE}`)
    else if (ENTITIES.has(char)) out.push(ENTITIES.get(char) as string)
    // `http://` needs `://` in one piece, an emoji shortcode `:name:` a letter right after the colon.
    else if (char === ':' && next !== '' && next !== ' ') out.push(`:${ZERO_WIDTH_SPACE}`)
    // `www.` autolinks on its own; a break before the dot stops it.
    else if (char === '.' && /www$/i.test(chars.slice(Math.max(0, i - 3), i).join('')))
      out.push(`${ZERO_WIDTH_SPACE}.`)
    // `GH-123` and repository-configured autolink prefixes like `JIRA-123`.
    else if (char === '-' && /^[0-9]$/.test(next)) out.push(`-${ZERO_WIDTH_SPACE}`)
    // `1. ` at the start of a line opens an ordered list (`1)` is covered by the entity for `)`).
    else if (char === '.' && i > 0 && i === leadingDigits) out.push('&#46;')
    else out.push(char)
    if (breakAfter.has(i)) out.push(ZERO_WIDTH_SPACE)
  })
  return out.join('')
}

function printable(char: string): string {
  if (BREAKING_WHITESPACE.test(char)) return ' '
  if (UNPRINTABLE.test(char)) return '\uFFFD'
  return char
}

function capLength(chars: string[], maxLength: number): string[] {
  if (chars.length <= maxLength) return chars
  return [...chars.slice(0, Math.max(0, maxLength - 1)), '…']
}

/**
 * GitHub links a free-standing run of 7 to 40 hex digits to the commit it names. A break after the sixth
 * digit leaves no run long enough.
 */
function shaBreakPoints(chars: readonly string[]): Set<number> {
  const points = new Set<number>()
  const text = chars.map((c) => (c.length === 1 ? c : '\uFFFD')).join('')
  for (const match of text.matchAll(/(?<![\p{L}\p{N}_])[0-9a-f]{7,}(?![\p{L}\p{N}_])/giu)) {
    points.add((match.index ?? 0) + 5)
  }
  return points
}

/**
 * A link destination we put in markdown ourselves (run and artifact URLs): only http(s), and with the
 * characters that could end the link or the table cell percent-encoded. Null when the URL is not usable.
 */
export function safeLinkUrl(url: string | undefined): string | null {
  if (url === undefined || url.length > 2000) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null
  return parsed.href.replace(
    /[()<>|[\]`'" \\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
  )
}
