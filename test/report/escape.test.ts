import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { escapeMarkdownText, safeLinkUrl } from '../../src/report/escape.js'
import { decodeEntities, githubTriggers, renderGfm, visibleText } from './gfm.js'

const HOSTILE = 'cat | dog @octocat <img src=x> [x](http://evil.example) #1 --> **APPROVED**'
const ZWSP = '\u200B'

/** Renders escaped text in the three places the report puts it: a paragraph, a table cell, a summary. */
function renderEverywhere(escaped: string): { paragraph: string; cell: string; summary: string } {
  return {
    paragraph: renderGfm(escaped),
    cell: renderGfm(`| class | Δ |\n| - | - |\n| ${escaped} | x |\n`),
    summary: renderGfm(`<details><summary>${escaped}</summary>\n\nbody\n\n</details>\n`)
  }
}

describe('escapeMarkdownText', () => {
  it('renders the hostile class name from issue 3 as inert text', () => {
    const escaped = escapeMarkdownText(HOSTILE)

    expect(escaped).toBe(
      'cat &#124; dog &#64;&#8203;octocat &lt;img src=x&gt; &#91;x&#93;&#40;http:&#8203;//evil.example&#41; ' +
        '&#35;&#8203;1 --&gt; &#42;&#42;APPROVED&#42;&#42;'
    )
    // In the source, outside our own entities, nothing of the attack is left in one piece ...
    const outsideEntities = escaped.replace(/&(#[0-9]+|amp|lt|gt|quot);/g, ' ')
    for (const raw of ['<', '>', '|', '@octocat', '](', '#1', '-->', '**', '[', '://']) {
      expect(outsideEntities).not.toContain(raw)
    }
    const { paragraph, cell, summary } = renderEverywhere(escaped)
    // One paragraph, one row of two cells, one summary: no element of the attacker's.
    expect(paragraph).toMatch(/^<p>[^<]*<\/p>\n?$/)
    expect(cell.match(/<td>/g)).toHaveLength(2)
    expect(cell).not.toMatch(/<(a|img|strong|em|code)\b/)
    expect(summary).not.toMatch(/<(a|img|strong|em|code)\b/)
    // The reader sees the name as written, with zero-width breaks that stop GitHub's mention and link filters.
    const text = visibleText(paragraph)
    expect(text.replaceAll(ZWSP, '')).toBe(HOSTILE)
    // ... and on the page, where GitHub looks for mentions and references, each is broken by a zero-width space.
    for (const trigger of ['@octocat', '#1', '://']) expect(text).not.toContain(trigger)
    expect(githubTriggers(text)).toEqual([])
  })

  it.each([
    ['a plain mention', '@octocat', '&#64;&#8203;octocat'],
    ['a mention written as a decimal entity', '&#64;octocat', '&amp;&#35;&#8203;64;octocat'],
    ['a mention written as a hex entity', '&#x40;octocat', '&amp;&#35;&#8203;x40;octocat'],
    ['a fullwidth mention', '\uFF20octocat', '&#65312;&#8203;octocat'],
    ['a small commercial at', '\uFE6Boctocat', '&#65131;&#8203;octocat'],
    ['a team mention', '@github/security', '&#64;&#8203;github/security'],
    ['an issue reference', 'see #123', 'see &#35;&#8203;123'],
    ['a cross-repository reference', 'owner/repo#1', 'owner/repo&#35;&#8203;1'],
    ['a GH- reference', 'GH-123', 'GH-&#8203;123'],
    ['an email address', 'a@b.example', 'a&#64;&#8203;b.example'],
    ['a bare URL', 'https://evil.example', 'https:&#8203;//evil.example'],
    ['a www autolink', 'www.evil.example', 'www&#8203;.evil.example'],
    ['an emoji shortcode', ':shipit:', ':&#8203;shipit:'],
    ['a commit SHA', 'a1b2c3d4e5f6', 'a1b2c3&#8203;d4e5f6'],
    ['a marker close', 'x --> y', 'x --&gt; y'],
    ['a comment open', '<!-- classdiff:other -->', '&lt;&#33;-- classdiff:&#8203;other --&gt;'],
    ['a summary close', '</summary></details>', '&lt;/summary&gt;&lt;/details&gt;'],
    ['inline code', '`code`', '&#96;code&#96;'],
    ['emphasis and strikethrough', '*a* _b_ ~c~', '&#42;a&#42; &#95;b&#95; &#126;c&#126;'],
    ['an image', '![x](y)', '&#33;&#91;x&#93;&#40;y&#41;'],
    ['math', '$x^2$', '&#36;x&#94;2&#36;'],
    ['a backslash', 'a\\|b', 'a&#92;&#124;b'],
    ['a list item at the start', '- item', '&#45; item'],
    ['an ordered list at the start', '1. item', '1&#46; item'],
    ['indented code at the start', '    code', '&#32;   code'],
    ['newlines and tabs', 'a\nb\r\nc\td', 'a b  c d'],
    ['control and bidi-override characters', 'a\u0000b\u202Ec\u2066', 'a\uFFFDb\uFFFDc\uFFFD']
  ])('neutralises %s', (_, input, expected) => {
    expect(escapeMarkdownText(input)).toBe(expected)
  })

  it('leaves ordinary class names readable', () => {
    expect(escapeMarkdownText('n01440764 tench, Tinca tinca')).toBe('n01440764 tench, Tinca tinca')
    expect(escapeMarkdownText('t-shirt')).toBe('t-shirt')
    expect(escapeMarkdownText('Granny Smith')).toBe('Granny Smith')
    expect(escapeMarkdownText('0.1.0')).toBe('0.1.0')
    expect(escapeMarkdownText('雪豹 🐆')).toBe('雪豹 🐆')
  })

  it('caps a long string at maxLength code points, ending in …', () => {
    expect(escapeMarkdownText('abcdefgh', { maxLength: 5 })).toBe('abcd…')
    expect(escapeMarkdownText('abcde', { maxLength: 5 })).toBe('abcde')
    // Counted in code points: an emoji is not cut in half.
    expect(escapeMarkdownText('🐆🐆🐆🐆', { maxLength: 3 })).toBe('🐆🐆…')
    expect(Array.from(escapeMarkdownText('x'.repeat(5000)))).toHaveLength(1000)
  })

  it('cuts before escaping, so a cut never splits an entity', () => {
    expect(escapeMarkdownText('ab<<<<', { maxLength: 4 })).toBe('ab&lt;…')
  })
})

describe('escapeMarkdownText, property-based', () => {
  // Strings built from the pieces attacks are made of, so that the generator finds combinations quickly.
  const attackPieces = fc.constantFrom(
    '@',
    '&#64;',
    '&#x40;',
    '\uFF20',
    '#',
    '\uFF03',
    '1',
    '42',
    'GH-',
    'owner/repo',
    'octocat',
    '|',
    '<',
    '>',
    '!',
    '[',
    ']',
    '(',
    ')',
    'http',
    ':',
    '//',
    'www',
    '.',
    'example',
    '-->',
    '<!--',
    '--',
    '`',
    '*',
    '_',
    '~',
    '\\',
    '&',
    ';',
    '\n',
    '\r',
    '\t',
    ' ',
    '    ',
    '-',
    '+',
    '=',
    'a',
    'deadbeef',
    'f00d',
    'script',
    'img',
    'summary',
    'details',
    '$',
    '\u202E',
    '\u0000',
    '\u200B'
  )
  // Few pieces, so that the patterns GitHub links (`GH-1`, `a@b`, `www.`, `http://`, SHAs) form often.
  const triggerPieces = fc.constantFrom(
    '@',
    '#',
    'GH',
    '-',
    '1',
    'a',
    ':',
    '//',
    'www',
    '.',
    'cafe',
    'f00d'
  )
  const hostileString = fc.oneof(
    fc.array(attackPieces, { maxLength: 30 }).map((pieces) => pieces.join('')),
    fc.array(triggerPieces, { maxLength: 12 }).map((pieces) => pieces.join('')),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: 'grapheme', maxLength: 60 })
  )

  it('never leaves a raw metacharacter, line break or stray ampersand', () => {
    fc.assert(
      fc.property(hostileString, (input) => {
        const escaped = escapeMarkdownText(input)
        // eslint-disable-next-line no-control-regex -- control characters must not survive
        expect(escaped).not.toMatch(/[<>|[\]()`*_~\\!$\n\r\t\u0000-\u001F\u007F\u202A-\u202E]/)
        // Every & opens one of our own entities.
        expect(escaped.replace(/&(#[0-9]+|amp|lt|gt|quot);/g, '')).not.toContain('&')
        expect(escaped).not.toMatch(/-->|--!>|<!--/)
        // Nothing GitHub's post-filters would link, on the text as the page shows it.
        expect(githubTriggers(decodeEntities(escaped))).toEqual([])
      }),
      { numRuns: 500 }
    )
  })

  it('never produces a mention, link, HTML tag, table break or marker close once rendered', () => {
    fc.assert(
      fc.property(hostileString, (input) => {
        const escaped = escapeMarkdownText(input)
        const { paragraph, cell, summary } = renderEverywhere(escaped)
        const tags = (html: string): string[] => html.match(/<\/?[a-z][a-z0-9]*/gi) ?? []
        if (escaped.trim() !== '') expect(tags(paragraph)).toEqual(['<p', '</p'])
        expect(cell.match(/<td>|<td align/g) ?? []).toHaveLength(2)
        expect(tags(cell).filter((t) => !/^<\/?(table|thead|tbody|tr|th|td)$/.test(t))).toEqual([])
        expect(tags(summary).filter((t) => !/^<\/?(details|summary|p)$/.test(t))).toEqual([])
        expect(githubTriggers(visibleText(paragraph))).toEqual([])
        expect(githubTriggers(decodeEntities(escaped))).toEqual([])
      }),
      { numRuns: 150 }
    )
  })

  it('keeps the text: decoded and without zero-width breaks, printable input reads as written', () => {
    // What the escaper replaces on purpose: controls, line breaks, bidi marks, the BOM, zero-width spaces.
    const replaced =
      // eslint-disable-next-line no-control-regex -- those are control characters
      /[\u0000-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u2028\u2029]/
    const printable = fc
      .string({ unit: 'grapheme', maxLength: 80 })
      .filter((s) => !replaced.test(s))
    fc.assert(
      fc.property(printable, (input) => {
        expect(decodeEntities(escapeMarkdownText(input)).replaceAll(ZWSP, '')).toBe(input)
      }),
      { numRuns: 500 }
    )
  })

  it('never shows more than maxLength code points', () => {
    fc.assert(
      fc.property(hostileString, fc.integer({ min: 1, max: 40 }), (input, maxLength) => {
        const shown = decodeEntities(escapeMarkdownText(input, { maxLength })).replaceAll(ZWSP, '')
        expect(Array.from(shown).length).toBeLessThanOrEqual(maxLength)
      }),
      { numRuns: 300 }
    )
  })
})

describe('safeLinkUrl', () => {
  it('keeps http(s) URLs, percent-encoding what could end a link or a table cell', () => {
    expect(safeLinkUrl('https://github.com/o/r/actions/runs/1')).toBe(
      'https://github.com/o/r/actions/runs/1'
    )
    expect(safeLinkUrl('https://example.com/a)b|c d')).toBe('https://example.com/a%29b%7Cc%20d')
  })

  it('refuses other schemes, garbage and nothing', () => {
    expect(safeLinkUrl('javascript:alert(1)')).toBeNull()
    expect(safeLinkUrl('not a url')).toBeNull()
    expect(safeLinkUrl(undefined)).toBeNull()
  })
})
