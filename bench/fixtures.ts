/**
 * What the benchmark runs on, made once and kept in `bench/.work/` (git-ignored): model pairs with random
 * weights from the project's ONNX builder, synthetic photographs named as ImageNet validation images (so the
 * `imagenet` preset labels them and 1,000-class models fit), manifests selecting the first N of them, and
 * 50,000 × 1,000 predictions files for the analysis.
 */
import { existsSync } from 'node:fs'
import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { imagenetValName, loadImagenetPreset } from '../src/data/imagenet.js'
import { formatPrediction } from '../src/model/predictions-file.js'
import type { Prediction } from '../src/model/types.js'
import { mobileNetV2, resnet18, resnet50, SeededRandom } from '../test/helpers/onnx/networks.js'
import type { GraphBuilder, NetworkOptions } from '../test/helpers/onnx/index.js'
import { photoJpeg } from './images.js'

export const WORK_DIR = fileURLToPath(new URL('./.work/', import.meta.url))
export const MODELS_DIR = path.join(WORK_DIR, 'models')
/** Versioned: photos made by an older bench/images.ts are not mixed with new ones. */
export const IMAGES_DIR = path.join(WORK_DIR, 'images-v2')
export const PREDICTIONS_DIR = path.join(WORK_DIR, 'predictions')

export type Architecture = 'resnet50' | 'resnet18' | 'mobilenetv2'

export const ARCHITECTURES: Record<
  Architecture,
  { readonly title: string; readonly build: (options: NetworkOptions) => GraphBuilder }
> = {
  resnet50: { title: 'ResNet-50-shaped', build: resnet50 },
  resnet18: { title: 'ResNet-18-shaped', build: resnet18 },
  mobilenetv2: { title: 'MobileNetV2-shaped (small)', build: mobileNetV2 }
}

/** Baseline and candidate of a pair: the same architecture with different random weights. */
export interface ModelPair {
  readonly architecture: Architecture
  readonly baseline: string
  readonly candidate: string
}

/** Writes to a temporary name first, so an interrupted run never leaves a truncated fixture behind. */
async function writeAtomically(
  file: string,
  write: (temporary: string) => Promise<unknown>
): Promise<void> {
  const temporary = `${file}.partial`
  await write(temporary)
  await rename(temporary, file)
}

export async function ensureModelPair(architecture: Architecture): Promise<ModelPair> {
  await mkdir(MODELS_DIR, { recursive: true })
  const [baseline, candidate] = [1, 2].map((seed) =>
    path.join(MODELS_DIR, `${architecture}-seed${seed}.onnx`)
  ) as [string, string]
  for (const [seed, file] of [baseline, candidate].entries()) {
    if (existsSync(file)) continue
    const graph = ARCHITECTURES[architecture].build({ classes: 1000, seed: seed + 1 })
    await writeAtomically(file, (temporary) => graph.save(temporary))
  }
  return { architecture, baseline, candidate }
}

/** Validation-image file names: the preset knows their labels and ReaL multi-labels. */
export function imageName(index: number): string {
  return imagenetValName(index + 1)
}

/** Makes sure photos 0 … count−1 exist; returns how many were generated now. */
export async function ensureImages(
  count: number,
  onProgress?: (done: number, total: number) => void
): Promise<number> {
  await mkdir(IMAGES_DIR, { recursive: true })
  const present = new Set(await readdir(IMAGES_DIR))
  const missing: number[] = []
  for (let i = 0; i < count; i++) if (!present.has(imageName(i))) missing.push(i)
  for (const [done, index] of missing.entries()) {
    const jpeg = await photoJpeg(index)
    await writeAtomically(path.join(IMAGES_DIR, imageName(index)), (temporary) =>
      writeFile(temporary, jpeg)
    )
    onProgress?.(done + 1, missing.length)
  }
  return missing.length
}

/** A CSV manifest of the first `count` photos, labelled as the preset labels them. */
export async function ensureManifest(count: number): Promise<string> {
  const file = path.join(IMAGES_DIR, `manifest-${count}.csv`)
  if (existsSync(file)) return file
  const labels = loadImagenetPreset().valLabels
  let text = 'file,label\n'
  for (let i = 0; i < count; i++) text += `${imageName(i)},${labels[i]}\n`
  await writeFile(file, text)
  return file
}

export interface ImageSetStats {
  readonly count: number
  readonly meanKilobytes: number
}

export async function imageSetStats(count: number): Promise<ImageSetStats> {
  let bytes = 0
  for (let i = 0; i < count; i++) bytes += (await stat(path.join(IMAGES_DIR, imageName(i)))).size
  return { count, meanKilobytes: bytes / count / 1024 }
}

/** Top-k list for one image: `best` first, then distinct other classes, with falling probabilities. */
function rankedPrediction(id: string, best: number, random: SeededRandom): Prediction {
  const top = [best]
  while (top.length < 5) {
    const other = Math.floor(random.uniform() * 1000)
    if (!top.includes(other)) top.push(other)
  }
  let remaining = 1
  const scores = top.map((_, rank) => {
    const share = rank === 0 ? 0.35 + 0.6 * random.uniform() : remaining * 0.4 * random.uniform()
    remaining -= share
    return Math.round(share * 1e6) / 1e6
  })
  return { id, top, scores }
}

/**
 * Baseline and candidate predictions for all 50,000 validation images: a baseline near ResNet-50's 76%
 * (class difficulty varies), a candidate that agrees with it on most images, and class pairs whose
 * shifts the analysis must find and explain (laptop → notebook, an ambiguous pair; dog breeds; unrelated).
 */
export async function ensureAnalysisPredictions(): Promise<{
  baseline: string
  candidate: string
}> {
  await mkdir(PREDICTIONS_DIR, { recursive: true })
  const baselineFile = path.join(PREDICTIONS_DIR, 'imagenet-baseline.jsonl')
  const candidateFile = path.join(PREDICTIONS_DIR, 'imagenet-candidate.jsonl')
  if (existsSync(baselineFile) && existsSync(candidateFile)) {
    return { baseline: baselineFile, candidate: candidateFile }
  }
  const preset = loadImagenetPreset()
  const labels = preset.valLabels
  const random = new SeededRandom(76)
  const difficulty = Float64Array.from({ length: 1000 }, () => 0.5 + 0.45 * random.uniform())
  const wrongClass = (label: number): number => {
    const other = Math.floor(random.uniform() * 999)
    return other >= label ? other + 1 : other
  }
  const nameIndex = (name: string): number => preset.classes.names.indexOf(name)
  const shifts = new Map<number, { to: number; share: number }>([
    [nameIndex('laptop'), { to: nameIndex('notebook'), share: 0.7 }],
    [nameIndex('golden retriever'), { to: nameIndex('Labrador retriever'), share: 0.6 }],
    [nameIndex('volcano'), { to: nameIndex('toaster'), share: 0.6 }]
  ])
  let baselineText = ''
  let candidateText = ''
  for (let i = 0; i < labels.length; i++) {
    const id = imageName(i)
    const label = labels[i] as number
    const baselineTop1 =
      random.uniform() < (difficulty[label] as number) ? label : wrongClass(label)
    let candidateTop1 =
      random.uniform() < 0.9
        ? baselineTop1
        : random.uniform() < (difficulty[label] as number)
          ? label
          : wrongClass(label)
    const shift = shifts.get(label)
    if (shift && random.uniform() < shift.share) candidateTop1 = shift.to
    baselineText += formatPrediction(rankedPrediction(id, baselineTop1, random)) + '\n'
    candidateText += formatPrediction(rankedPrediction(id, candidateTop1, random)) + '\n'
  }
  await writeAtomically(baselineFile, (temporary) => writeFile(temporary, baselineText))
  await writeAtomically(candidateFile, (temporary) => writeFile(temporary, candidateText))
  return { baseline: baselineFile, candidate: candidateFile }
}
