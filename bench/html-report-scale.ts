/**
 * `node --import tsx bench/html-report-scale.ts <dir>`: the worst case for report.html's size. 1,000
 * classes × 50 images, a third of the classes hurt and a third suspected (as test/cli/report-html.test.ts),
 * and this time the images the page shows exist, as noise (the least compressible picture): the thumbnails
 * must be cut at the page limit. Writes the inputs to <dir>; run the CLI on them afterwards:
 *
 *   node dist/cli.js compare --baseline-predictions <dir>/baseline.jsonl --candidate-predictions
 *     <dir>/candidate.jsonl --data <dir>/manifest.csv --classes <dir>/classes.txt --out-dir <dir>/out
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'

const [dir = 'scale'] = process.argv.slice(2)
const CLASSES = 1000
const PER_CLASS = 50
/** Only these images per class can be shown (20 lost, 4 of an absorber's); the others need not exist. */
const SHOWN = 24
const lostOf = (c: number): number => (c % 3 === 0 ? 20 : c % 3 === 1 ? 4 : 0)

const manifest = ['file,label']
const baseline: string[] = []
const candidate: string[] = []
const writes: Promise<unknown>[] = []
let seed = 1
const noise = (): Buffer => {
  const pixels = Buffer.alloc(160 * 120 * 3)
  for (let i = 0; i < pixels.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0
    pixels[i] = seed >>> 24
  }
  return pixels
}
for (let c = 0; c < CLASSES; c++) {
  await mkdir(path.join(dir, 'val', String(c)), { recursive: true })
  for (let k = 0; k < PER_CLASS; k++) {
    const id = `val/${c}/${k}.jpg`
    manifest.push(`${id},${c}`)
    baseline.push(JSON.stringify({ id, top: [c] }))
    candidate.push(JSON.stringify({ id, top: [k < lostOf(c) ? (c + 1) % CLASSES : c] }))
    if (k < SHOWN) {
      writes.push(
        sharp(noise(), { raw: { width: 160, height: 120, channels: 3 } })
          .jpeg({ quality: 90 })
          .toFile(path.join(dir, id))
      )
    }
  }
  await Promise.all(writes.splice(0))
}
await writeFile(path.join(dir, 'manifest.csv'), manifest.join('\n') + '\n')
await writeFile(
  path.join(dir, 'classes.txt'),
  Array.from({ length: CLASSES }, (_, c) => `class ${c}`).join('\n') + '\n'
)
await writeFile(path.join(dir, 'baseline.jsonl'), baseline.join('\n') + '\n')
await writeFile(path.join(dir, 'candidate.jsonl'), candidate.join('\n') + '\n')
console.log(`${dir}: ${CLASSES * PER_CLASS} images in the manifest, ${CLASSES * SHOWN} on disk`)
