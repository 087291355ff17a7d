/**
 * A GitHub-flavoured markdown renderer for tests (micromark implements the same CommonMark + GFM spec as
 * GitHub's cmark-gfm), plus the checks GitHub's post-processing applies to the rendered text: mentions,
 * issue references, commit SHAs, bare URLs, emoji shortcodes. Raw HTML is let through, as GitHub lets much of
 * it through, so a tag that survives escaping shows up here.
 */
import { micromark } from 'micromark'
import { gfm, gfmHtml } from 'micromark-extension-gfm'

export function renderGfm(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()]
  })
}

/** The text a reader sees in rendered HTML: tags removed, character references decoded. */
export function visibleText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''))
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot);/gi, (_, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1))
      return String.fromCodePoint(code)
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"' }[body.toLowerCase()] as string
  })
}

/**
 * What GitHub would turn into a link or a notification in rendered text (its post-filters run on decoded text
 * nodes), named for the assertion message; `[]` when the text is inert.
 */
export function githubTriggers(text: string): string[] {
  const patterns: [string, RegExp][] = [
    ['mention', /[@\uFF20\uFE6B][A-Za-z0-9]/],
    ['issue reference', /[#\uFF03\uFE5F][0-9]/],
    ['prefixed reference (GH-1)', /[A-Za-z]-[0-9]/],
    ['url', /:\/\//],
    ['www autolink', /www\./i],
    ['email autolink', /[A-Za-z0-9]@[A-Za-z0-9]/],
    ['commit sha', /(?<![\p{L}\p{N}_])[0-9a-f]{7,}(?![\p{L}\p{N}_])/iu],
    ['emoji shortcode', /:[A-Za-z0-9_+-]+:/]
  ]
  return patterns.filter(([, pattern]) => pattern.test(text)).map(([name]) => name)
}
