/**
 * `node --import tsx write-parquet-bomb.ts FILE MIB CODEC`: writes a parquet set whose first image cell is MIB
 * mebibytes of zeros (a few kilobytes once compressed) and a second, one-byte image. Run as its own process
 * by memory tests: a child started by a process keeps that process's peak RSS across exec (Linux), so the test
 * process must not hold the bomb's bytes itself.
 */
import { writeImageParquet } from './parquet.js'

const [file, mebibytes, codec] = process.argv.slice(2)
if (file === undefined || mebibytes === undefined || (codec !== 'ZSTD' && codec !== 'GZIP')) {
  throw new Error('usage: write-parquet-bomb.ts FILE MIB ZSTD|GZIP')
}
writeImageParquet(
  file,
  [
    { bytes: new Uint8Array(Number(mebibytes) * 2 ** 20), path: 'bomb.png', label: 0 },
    { bytes: new Uint8Array([1]), path: 'small.png', label: 1 }
  ],
  { names: ['a', 'b'], codec }
)
