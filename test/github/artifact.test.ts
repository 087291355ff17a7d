/**
 * Unzipping an artifact a pull request produced: only the wanted files, each within its byte cap however
 * the zip headers lie, and any malformed archive rejected with a one-line InputError.
 */
import { Zip, ZipDeflate, ZipPassThrough, strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { unzipBounded } from '../../src/github/artifact.js'
import { InputError } from '../../src/errors.js'

const LIMITS = { maxArchiveBytes: 1 << 20, files: { 'report.json': 1000, 'pr.json': 100 } }

async function* chunks(bytes: Uint8Array, size = 64): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size)
}

function unzip(bytes: Uint8Array, limits = LIMITS): Promise<Map<string, Uint8Array>> {
  return unzipBounded(chunks(bytes), limits, 'artifact "r"')
}

const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes)

/** A zip written entry by entry (like upload-artifact's streaming writer), which may repeat a name. */
function streamedZip(entries: readonly [string, Uint8Array, 'deflate' | 'store'][]): Uint8Array {
  const parts: Uint8Array[] = []
  const zip = new Zip((error, data) => {
    if (error) throw error
    parts.push(data)
  })
  for (const [name, data, method] of entries) {
    const entry = method === 'deflate' ? new ZipDeflate(name) : new ZipPassThrough(name)
    zip.add(entry)
    entry.push(data, true)
  }
  zip.end()
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

describe('unzipBounded', () => {
  it('extracts the wanted files at the root, deflated or stored, and skips the rest', async () => {
    const zip = streamedZip([
      ['predictions-baseline.jsonl', strToU8('x'.repeat(50_000)), 'deflate'],
      ['report.json', strToU8('{"ok":true}'), 'deflate'],
      ['pr.json', strToU8('{"pr":1}'), 'store'],
      ['nested/report.json', strToU8('{"nested":true}'), 'deflate']
    ])
    const files = await unzip(zip)
    expect([...files.keys()].sort()).toEqual(['pr.json', 'report.json'])
    expect(text(files.get('report.json'))).toBe('{"ok":true}')
    expect(text(files.get('pr.json'))).toBe('{"pr":1}')
  })

  it('leaves a missing file out rather than inventing it', async () => {
    const files = await unzip(zipSync({ 'report.json': strToU8('{}') }))
    expect(files.has('pr.json')).toBe(false)
  })

  it('stops a zip bomb at the cap, even when its header claims a tiny size', async () => {
    const zip = zipSync({ 'report.json': new Uint8Array(5_000_000) }, { level: 9 })
    expect(zip.length).toBeLessThan(10_000)
    // Local header: uncompressed size at byte 22. Claim 10 bytes.
    new DataView(zip.buffer, zip.byteOffset).setUint32(22, 10, true)
    await expect(unzip(zip)).rejects.toThrow(
      /report\.json inflates to more than the 1000 bytes allowed/
    )
  })

  it('rejects an archive that holds a wanted name twice', async () => {
    const zip = streamedZip([
      ['report.json', strToU8('{"a":1}'), 'deflate'],
      ['report.json', strToU8('{"b":2}'), 'deflate']
    ])
    await expect(unzip(zip)).rejects.toThrow(/holds report\.json more than once/)
  })

  it('rejects a truncated archive', async () => {
    const zip = zipSync({ 'report.json': strToU8('{"complete": "no"}'.repeat(20)) }, { level: 0 })
    await expect(unzip(zip.subarray(0, 60))).rejects.toThrow(InputError)
  })

  it('rejects bytes that are not a zip', async () => {
    await expect(unzip(strToU8('<html>not a zip</html>'))).rejects.toThrow(/not a zip archive/)
  })

  it('rejects a compression method it cannot inflate', async () => {
    const zip = zipSync({ 'report.json': strToU8('{}') }, { level: 0 })
    // Local header: compression method at byte 8. 14 = LZMA.
    new DataView(zip.buffer, zip.byteOffset).setUint16(8, 14, true)
    await expect(unzip(zip)).rejects.toThrow(
      /report\.json (is corrupt|uses an unsupported compression) \(.*compression/
    )
  })
})
