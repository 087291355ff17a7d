/**
 * A Zstandard encoder that stores, built from the format's specification (RFC 8878): one frame with its
 * content size, cut into blocks of at most 128 KiB; a block of one repeated byte is an RLE block (4 bytes
 * for 128 KiB), any other a raw block. Node 20's zlib has no zstd; this is enough to write real zstd pages
 * into parquet files, including decompression bombs, which are all RLE blocks.
 */
const MAX_BLOCK = 128 * 1024
const RAW_BLOCK = 0
const RLE_BLOCK = 1

function blockHeader(last: boolean, type: number, size: number): number[] {
  const value = (last ? 1 : 0) | (type << 1) | (size << 3)
  return [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff]
}

export function zstdStore(input: Uint8Array): Uint8Array {
  const out: number[] = [0x28, 0xb5, 0x2f, 0xfd]
  // Frame header: 8-byte content size, single segment (the window is the whole content), no checksum.
  out.push(0xe0)
  let size = BigInt(input.length)
  for (let i = 0; i < 8; i++) {
    out.push(Number(size & 0xffn))
    size >>= 8n
  }
  const chunks: Uint8Array[] = []
  for (let start = 0; start < input.length || chunks.length === 0; start += MAX_BLOCK) {
    chunks.push(input.subarray(start, start + MAX_BLOCK))
  }
  const parts: Uint8Array[] = []
  for (const [i, chunk] of chunks.entries()) {
    const last = i === chunks.length - 1
    const first = chunk[0] ?? 0
    if (chunk.length > 0 && chunk.every((byte) => byte === first)) {
      parts.push(Uint8Array.from([...blockHeader(last, RLE_BLOCK, chunk.length), first]))
    } else {
      parts.push(Uint8Array.from(blockHeader(last, RAW_BLOCK, chunk.length)), chunk)
    }
  }
  const total = out.length + parts.reduce((sum, part) => sum + part.length, 0)
  const frame = new Uint8Array(total)
  frame.set(out)
  let offset = out.length
  for (const part of parts) {
    frame.set(part, offset)
    offset += part.length
  }
  return frame
}
