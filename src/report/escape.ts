/**
 * Escaping for untrusted strings (class names, file names, reasons that quote them) that end up in
 * GitHub-flavoured markdown: paragraphs, table cells and `<details><summary>`
 * (docs/design.md#security-model).
 *
 * Two layers, because GitHub has two:
 * 1. cmark-gfm parses the markdown. Every metacharacter that could start markdown or HTML syntax becomes a
 *    numeric entity: cmark treats entities as literal text, and a GFM table splits cells only on a raw `|`.
 * 2. GitHub then post-processes the rendered text nodes (entities already decoded) for @mentions, `#123` /
 *    `GH-123` / `owner/repo#1` references, commit SHAs and bare URLs. A backslash or an entity does not stop
 *    those (`&#64;octocat` still pings: github/cmark-gfm#181), so a zero-width space goes right after the
 *    trigger character: the text reads the same, the patterns no longer match.
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

/**
 * Each character replaced the same way wherever it is: the metacharacters, `@` (mentions) and `#` (issue
 * references) in their ASCII, fullwidth and small forms followed by a break, and zero-width spaces already
 * there (as the entity, so the source shows them).
 */
const REPLACEMENTS: ReadonlyMap<string, string> = new Map([
  ...ENTITIES,
  ...['@', '\uFF20', '\uFE6B', '#', '\uFF03', '\uFE5F'].map((sign): [string, string] => [
    sign,
    `&#${sign.codePointAt(0)};${ZERO_WIDTH_SPACE}`
  ]),
  ['\u200B', ZERO_WIDTH_SPACE]
])

/** Characters the loop below never changes (sticky: matched only where the loop is). */
const ORDINARY_RUN = /[^&<>"'|\\`*_~[\]()!$^{}@\uFF20\uFE6B#\uFF03\uFE5F\u200B:.-]+/y

/** Line breaks and tabs read as a space; a newline would end a table row or paragraph. */
const BREAKING_WHITESPACE = /[\t\n\v\f\r\u0085\u2028\u2029]/g

/**
 * Control characters, bidirectional marks, overrides and isolates (which can reorder what a reviewer
 * reads), the byte order mark and lone surrogate halves (the `u` flag leaves proper pairs alone).
 */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uD800-\uDFFF]/gu

/** A free-standing run of hex digits: GitHub links 7 to 40 of them to the commit they name. */
const HEX_RUN = /(?<![\p{L}\p{N}_])[0-9a-f]{7,}(?![\p{L}\p{N}_])/giu

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
  const printable = text.replace(BREAKING_WHITESPACE, ' ').replace(UNPRINTABLE, '\uFFFD')
  const capped = capLength(printable, options.maxLength ?? DEFAULT_MAX_LENGTH)
  // A break after every sixth hex digit leaves no run long enough to name a commit, wherever in a longer
  // run an attacker hid a commit's prefix.
  // (The look-arounds are slow; most strings have no seven hex digits in a row to look around.)
  const s = !/[0-9a-f]{7}/i.test(capped)
    ? capped
    : capped.replace(HEX_RUN, (run) => run.replace(/[0-9a-f]{6}(?=[0-9a-f])/gi, '$&\u200B'))
  const leadingDigits = /^[0-9]*/.exec(s)?.[0].length ?? 0
  // One pass over UTF-16 units: everything special is in the BMP, surrogate pairs pass through untouched.
  let out = LINE_START_ENTITIES.get(s[0] ?? '') ?? ''
  let i = out === '' ? 0 : 1
  while (i < s.length) {
    const char = s[i]
    const next = s[i + 1] ?? ''
    const replacement = REPLACEMENTS.get(char)
    if (replacement !== undefined) out += replacement
    // `http://` needs `://` in one piece, an emoji shortcode `:name:` text right after the colon.
    else if (char === ':') out += next !== '' && next !== ' ' ? `:${ZERO_WIDTH_SPACE}` : char
    // `GH-123`, and autolink prefixes a repository configures (`JIRA-123`).
    else if (char === '-') out += next >= '0' && next <= '9' ? `-${ZERO_WIDTH_SPACE}` : char
    else if (char === '.') out += escapeDot(s, i, leadingDigits)
    else {
      // A run of ordinary characters, copied at once: most names are nothing else.
      ORDINARY_RUN.lastIndex = i
      const run = ORDINARY_RUN.exec(s)?.[0] ?? char
      out += run
      i += run.length
      continue
    }
    i += 1
  }
  return out
}

function escapeDot(s: string, i: number, leadingDigits: number): string {
  // `www.` autolinks on its own.
  if (i >= 3 && s.slice(i - 3, i).toLowerCase() === 'www') return `${ZERO_WIDTH_SPACE}.`
  // `1. ` at the start of a line opens an ordered list (`1)` is covered by the entity for `)`).
  const next = s[i + 1] ?? ''
  if (i > 0 && i === leadingDigits && (next === '' || next === ' ')) return '&#46;'
  return '.'
}

function capLength(text: string, maxLength: number): string {
  // Code points never outnumber UTF-16 units, so most strings need no counting.
  if (text.length <= maxLength) return text
  const chars = Array.from(text)
  if (chars.length <= maxLength) return text
  return `${chars.slice(0, Math.max(0, maxLength - 1)).join('')}…`
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
