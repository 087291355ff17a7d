/**
 * safeLine: whatever untrusted text a message carries, the printed line is one inert line
 * (docs/failure-modes.md, "Printed strings").
 */
import { describe, expect, it } from 'vitest'
import { MAX_LINE_LENGTH, safeLine } from '../src/log.js'

describe('safeLine', () => {
  it('leaves ordinary text, Unicode included, as it is', () => {
    expect(safeLine('hurt: Labrador retriever −6.5 pt (q=0.0011) [fine-grained] 🐕')).toBe(
      'hurt: Labrador retriever −6.5 pt (q=0.0011) [fine-grained] 🐕'
    )
  })

  it('turns line breaks, escape sequences, bidi and invisible characters into visible escapes', () => {
    expect(safeLine('D\n::error::pwned')).toBe('D\\u000a::error::pwned')
    expect(safeLine('a\r\nb\u2028c\u0085d')).toBe('a\\u000d\\u000ab\\u2028c\\u0085d')
    expect(safeLine('esc\u001b[31mred')).toBe('esc\\u001b[31mred')
    expect(safeLine('tab\u202ebidi\u2066x\u200by\ufeff')).toBe(
      'tab\\u202ebidi\\u2066x\\u200by\\ufeff'
    )
  })

  it('never lets a line start as a workflow command, even after spaces', () => {
    expect(safeLine('::add-mask::secret')).toBe('» ::add-mask::secret')
    expect(safeLine('   ::error::x')).toBe('»    ::error::x')
    expect(safeLine('##[error]x')).toBe('» ##[error]x')
    expect(safeLine('classdiff: ::error:: mid-line is inert')).toBe(
      'classdiff: ::error:: mid-line is inert'
    )
  })

  it('caps a line', () => {
    const line = safeLine('x'.repeat(10_000))
    expect(line).toHaveLength(MAX_LINE_LENGTH)
    expect(line.endsWith('…')).toBe(true)
  })
})
