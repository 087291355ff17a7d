import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { writeColourClassifier, type Rgb } from './onnx/colour-classifier.js'
import { writeSolidImage } from '../model/helpers/images.js'
import { lcgRandom } from './random.js'

/**
 * A small evaluation set with two real ONNX models whose disagreement the tests control: four colour classes,
 * 30 PNGs each; the candidate moved "red" towards orange, so orange-ish yellow images go to red.
 */

export const CLASSES = ['red', 'green', 'blue', 'yellow'] as const
export const BASELINE_PROTOTYPES: readonly Rgb[] = [
  [220, 30, 30],
  [30, 200, 40],
  [30, 40, 220],
  [230, 220, 40]
]
/** The candidate moved "red" towards orange: orange-ish yellow images now go to red. */
export const CANDIDATE_PROTOTYPES: readonly Rgb[] = [
  [230, 120, 30],
  [30, 200, 40],
  [30, 40, 220],
  [230, 220, 40]
]

export interface Sample {
  readonly file: string
  readonly label: number
  readonly colour: Rgb
  /** Valid labels for multi-label scoring. */
  readonly valid: readonly number[]
}

export function makeSamples(): Sample[] {
  // Seeded: the set is the same on every run.
  const next = lcgRandom(7)
  const jitter = (value: number, spread: number): number =>
    Math.max(0, Math.min(255, Math.round(value + (next() * 2 - 1) * spread)))
  const samples: Sample[] = []
  CLASSES.forEach((name, label) => {
    for (let i = 0; i < 30; i++) {
      const base = BASELINE_PROTOTYPES[label] as Rgb
      // Half of the yellow images are orange-ish: yellow to the baseline, red to the candidate.
      const orange = label === 3 && i % 2 === 0
      const colour: Rgb = orange
        ? [jitter(230, 10), jitter(165, 15), jitter(40, 10)]
        : [jitter(base[0], 70), jitter(base[1], 70), jitter(base[2], 70)]
      // Every fourth orange image is honestly ambiguous: red is a valid label too.
      const valid = orange && i % 4 === 0 ? [3, 0] : [label]
      samples.push({ file: `${name}/${String(i).padStart(2, '0')}.png`, label, colour, valid })
    }
  })
  return samples
}

/** Writes the images, manifest, classes, multi-labels and both models into `dir`. */
export async function writeColourSet(dir: string, samples: readonly Sample[]): Promise<void> {
  await mkdir(path.join(dir, 'data'))
  for (const name of CLASSES) await mkdir(path.join(dir, 'data', name))
  await Promise.all(
    samples.map((sample) =>
      writeSolidImage(path.join(dir, 'data', sample.file), sample.colour, 20, 16)
    )
  )
  await writeFile(
    path.join(dir, 'data', 'manifest.csv'),
    ['file,label', ...samples.map((sample) => `${sample.file},${CLASSES[sample.label]}`)].join(
      '\n'
    ) + '\n'
  )
  await writeFile(path.join(dir, 'data', 'classes.txt'), CLASSES.join('\n') + '\n')
  await writeFile(
    path.join(dir, 'data', 'multi-labels.jsonl'),
    samples
      .map((sample) => JSON.stringify({ file: sample.file, labels: sample.valid }))
      .join('\n') + '\n'
  )
  await writeColourClassifier(path.join(dir, 'baseline.onnx'), { prototypes: BASELINE_PROTOTYPES })
  await writeColourClassifier(path.join(dir, 'candidate.onnx'), {
    prototypes: CANDIDATE_PROTOTYPES
  })
}
