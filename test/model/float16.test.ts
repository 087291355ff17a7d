import { describe, expect, it } from 'vitest'
import { float16ToFloat32, float32ToFloat16 } from '../../src/model/float16.js'

const toHalf = (...values: number[]): number[] =>
  Array.from(float32ToFloat16(Float32Array.from(values)))

describe('float16 bits', () => {
  it('encodes known values exactly (IEEE 754 binary16)', () => {
    expect(toHalf(0, -0, 1, -2, 0.5, 65504, 2 ** -14, 2 ** -24)).toEqual([
      0x0000, 0x8000, 0x3c00, 0xc000, 0x3800, 0x7bff, 0x0400, 0x0001
    ])
    expect(toHalf(Infinity, -Infinity, 70000)).toEqual([0x7c00, 0xfc00, 0x7c00])
    expect(toHalf(NaN)[0]! & 0x7c00).toBe(0x7c00)
  })

  it('rounds to nearest, ties to even', () => {
    // 1 + 2^-11 lies halfway between 1 and 1 + 2^-10: ties go to the even mantissa (1).
    expect(toHalf(1 + 2 ** -11, 1 + 3 * 2 ** -11, 1 + 2 ** -11 + 2 ** -20)).toEqual([
      0x3c00, 0x3c02, 0x3c01
    ])
    // Subnormals: 2^-25 is halfway between 0 and the smallest subnormal (ties to 0); a bit more rounds up.
    expect(toHalf(2 ** -25, 2 ** -25 * 1.01, 2 ** -26)).toEqual([0x0000, 0x0001, 0x0000])
  })

  it('decodes every finite half back to the same value', () => {
    const all = Uint16Array.from({ length: 65536 }, (_, i) => i)
    const values = float16ToFloat32(all)
    const again = float32ToFloat16(values)
    const mismatches: number[] = []
    for (let i = 0; i < 65536; i++)
      if (!Number.isNaN(values[i]) && again[i] !== i) mismatches.push(i)
    expect(mismatches).toEqual([])
    expect(values[0x3555]).toBeCloseTo(0.333251953125, 12)
  })
})
