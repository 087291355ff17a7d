// IEEE 754 half precision as raw Uint16 bits: Node 20 has no Float16Array, and onnxruntime-node takes and
// returns float16 tensors as Uint16Array.

/** Converts float32 values to float16 bits, rounding to nearest even (as a hardware cast does). */
export function float32ToFloat16(
  source: Float32Array,
  target: Uint16Array = new Uint16Array(source.length)
): Uint16Array {
  const bits = new Uint32Array(source.buffer, source.byteOffset, source.length)
  for (let i = 0; i < bits.length; i++) target[i] = float16BitsOf(bits[i] as number)
  return target
}

/** Converts float16 bits to float32 values. */
export function float16ToFloat32(
  source: Uint16Array,
  target: Float32Array = new Float32Array(source.length)
): Float32Array {
  const table = float16Table()
  for (let i = 0; i < source.length; i++) target[i] = table[source[i] as number] as number
  return target
}

/** float16 bits of one float32, given as its own bits. */
function float16BitsOf(x: number): number {
  const sign = (x >>> 16) & 0x8000
  const biased = (x >>> 23) & 0xff
  const mantissa = x & 0x7fffff
  if (biased === 0xff) return sign | 0x7c00 | (mantissa !== 0 ? 0x200 : 0) // infinity, NaN
  const exponent = biased - 127 + 15
  if (exponent >= 0x1f) return sign | 0x7c00 // too large: infinity
  if (exponent > 0) {
    let half = sign | (exponent << 10) | (mantissa >>> 13)
    const rest = mantissa & 0x1fff
    // A carry out of the mantissa correctly bumps the exponent (up to infinity).
    if (rest > 0x1000 || (rest === 0x1000 && (half & 1) === 1)) half++
    return half
  }
  if (exponent < -10) return sign // below half the smallest subnormal: zero
  // Subnormal half: shift the full 24-bit significand down to units of 2^-24.
  const significand = mantissa | 0x800000
  const shift = 14 - exponent
  let half = significand >>> shift
  const rest = significand & ((1 << shift) - 1)
  const halfway = 1 << (shift - 1)
  if (rest > halfway || (rest === halfway && (half & 1) === 1)) half++
  return sign | half
}

let table: Float32Array | null = null

/** All 65,536 float16 values as float32 (256 KiB, built once): decoding becomes one lookup. */
function float16Table(): Float32Array {
  if (table) return table
  table = new Float32Array(65536)
  for (let h = 0; h < 65536; h++) {
    const sign = h & 0x8000 ? -1 : 1
    const exponent = (h >>> 10) & 0x1f
    const mantissa = h & 0x3ff
    if (exponent === 0) table[h] = sign * mantissa * 2 ** -24
    else if (exponent === 0x1f) table[h] = mantissa !== 0 ? NaN : sign * Infinity
    else table[h] = sign * (1 + mantissa / 1024) * 2 ** (exponent - 15)
  }
  return table
}
