/**
 * A small real evaluation: solid-colour PNGs (sharp) and two nearest-colour ONNX classifiers (the model
 * helpers' builder). The candidate moved the "orange" prototype away, so every orange image now goes to
 * "red": one clearly hurt class, decided by onnxruntime, not by a predictions file.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { writeColourClassifier, type Rgb } from '../../helpers/onnx/colour-classifier.js'

const CLASSES: readonly [string, Rgb][] = [
  ['red', [220, 30, 30]],
  ['orange', [240, 140, 20]],
  ['green', [30, 180, 60]],
  ['blue', [30, 60, 220]]
]
const IMAGES_PER_CLASS = 10

export async function writeOnnxSet(dir: string): Promise<Record<string, string>> {
  const manifest = ['file,label']
  for (const [c, [name, colour]] of CLASSES.entries()) {
    mkdirSync(path.join(dir, 'data', name), { recursive: true })
    for (let i = 0; i < IMAGES_PER_CLASS; i++) {
      const jitter = (v: number): number => Math.max(0, Math.min(255, v + ((i * 7) % 11) - 5))
      const file = `${name}/${i}.png`
      await sharp({
        create: {
          width: 24,
          height: 24,
          channels: 3,
          background: { r: jitter(colour[0]), g: jitter(colour[1]), b: jitter(colour[2]) }
        }
      })
        .png()
        .toFile(path.join(dir, 'data', file))
      manifest.push(`${file},${c}`)
    }
  }
  writeFileSync(path.join(dir, 'data', 'manifest.csv'), manifest.join('\n') + '\n')
  writeFileSync(
    path.join(dir, 'data', 'classes.txt'),
    CLASSES.map(([name]) => name).join('\n') + '\n'
  )
  mkdirSync(path.join(dir, 'models'), { recursive: true })
  const prototypes = CLASSES.map(([, colour]) => colour)
  await writeColourClassifier(path.join(dir, 'models', 'baseline.onnx'), { prototypes })
  await writeColourClassifier(path.join(dir, 'models', 'candidate.onnx'), {
    prototypes: prototypes.map((colour, c) => (c === 1 ? ([0, 0, 0] as Rgb) : colour))
  })
  return {
    baseline: 'models/baseline.onnx',
    candidate: 'models/candidate.onnx',
    data: 'data/manifest.csv',
    classes: 'data/classes.txt'
  }
}
