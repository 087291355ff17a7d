import { describe, expect, it } from 'vitest'
import { firstSyntaxErrorOffset, parseJsonDocument } from '../../src/data/json.js'
import { InputError } from '../../src/errors.js'

describe('locating JSON syntax errors (Node 20 does not say where)', () => {
  it('finds nothing wrong in documents JSON.parse accepts', () => {
    for (const text of [
      '[[1],[2,3]]',
      '{"a":[1,{"b":null}],"c":"x\\u0041"}',
      ' [] ',
      '[-0.5e3, true, false]',
      '"s"',
      '{}'
    ]) {
      expect(() => JSON.parse(text)).not.toThrow()
      expect(firstSyntaxErrorOffset(text)).toBeNull()
    }
  })

  it('points at the first offending character', () => {
    expect(firstSyntaxErrorOffset('[1,,2]')).toBe(3)
    expect(firstSyntaxErrorOffset('[1,2')).toBe(4)
    expect(firstSyntaxErrorOffset('{"a" 1}')).toBe(5)
    expect(firstSyntaxErrorOffset('[{"a":1,}]')).toBe(8)
    expect(firstSyntaxErrorOffset('[1] x')).toBe(4)
    expect(firstSyntaxErrorOffset('["\\q"]')).toBe(1)
    expect(firstSyntaxErrorOffset('')).toBe(0)
  })

  it('copes with deep nesting without recursion', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000)
    expect(firstSyntaxErrorOffset(deep)).toBeNull()
    expect(firstSyntaxErrorOffset(deep.slice(0, -1))).toBe(199_999)
  })

  it('reports file:line:column in a one-line InputError', () => {
    const text = '[\n  [0],\n  [1] [2]\n]'
    expect(() => parseJsonDocument(text, 'labels.json')).toThrow(InputError)
    expect(() => parseJsonDocument(text, 'labels.json')).toThrow(
      /^labels\.json:3:7: not valid JSON \([^\n]*\)$/
    )
  })
})
