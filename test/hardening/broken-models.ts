/**
 * ONNX models that misbehave in controlled ways, built on the nearest-colour classifier (whose top-1 is the
 * palette colour nearest the image's mean colour), for the catalogue's model rows.
 */
import {
  colourClassifierWeights,
  IMAGENET_NORMALISATION
} from '../helpers/onnx/colour-classifier.js'
import { GraphBuilder } from '../helpers/onnx/graph-builder.js'
import { PALETTE } from '../model/helpers/palette.js'

/**
 * The nearest-colour classifier's graph up to its logits ([N, 4], from the image's mean colour), for models
 * that then do something to them. `pooled` is the normalised mean colour, [N, 3].
 */
export function colourLogits(temperature = 0.02): {
  g: GraphBuilder
  pooled: string
  logits: string
} {
  const g = new GraphBuilder('broken_colour_classifier')
  const image = g.input('image', 'float32', ['batch', 3, 'height', 'width'])
  const pooled = g.flatten(g.globalAveragePool(image))
  const { weight, bias } = colourClassifierWeights(PALETTE, IMAGENET_NORMALISATION, temperature)
  const logits = g.add(
    g.matMul(pooled, g.constant(weight, [3, 4])),
    g.constant(bias, [PALETTE.length])
  )
  return { g, pooled, logits }
}

/**
 * The classifier's logits plus 0·log(red channel): NaN exactly for the images whose normalised red channel is
 * negative (of the palette's colours, green and blue), the right answer for the others.
 */
export async function writeNanModel(file: string): Promise<string> {
  const { g, pooled, logits } = colourLogits()
  const red = g.op('Slice', [pooled, g.int64s([0]), g.int64s([1]), g.int64s([1])])
  const nanWhereRedIsNegative = g.mul(g.op('Log', [red]), g.constant(Float32Array.of(0), []))
  g.output(g.add(logits, nanWhereRedIsNegative), 'logits', 'float32', ['batch', 4])
  return g.save(file)
}

/** The classifier with a second output (the pooled colour, [N, 3]) besides its logits, as feature heads have. */
export async function writeTwoOutputModel(file: string): Promise<string> {
  const { g, pooled, logits } = colourLogits()
  g.output(pooled, 'features', 'float32', ['batch', 3])
  g.output(logits, 'logits', 'float32', ['batch', 4])
  return g.save(file)
}

/**
 * Scores whose class count is the batch's size ([N, N]: each image's colour against every image's), declared
 * as a dynamic shape: right in size for a batch of 4, not for the last, shorter batch.
 */
export async function writeBatchSizedOutputModel(file: string): Promise<string> {
  const { g, pooled } = colourLogits()
  g.output(g.matMul(pooled, g.transpose(pooled, [1, 0])), 'scores', 'float32', ['batch', 'classes'])
  return g.save(file)
}

/** The classifier with a fixed input of `side` × `side` pixels: one image is 12·side² bytes of float32. */
export async function writeHugeInputModel(file: string, side: number): Promise<string> {
  const g = new GraphBuilder('huge_input')
  const image = g.input('image', 'float32', [1, 3, side, side])
  const pooled = g.flatten(g.globalAveragePool(image))
  const { weight, bias } = colourClassifierWeights(PALETTE, IMAGENET_NORMALISATION, 0.02)
  const logits = g.add(g.matMul(pooled, g.constant(weight, [3, 4])), g.constant(bias, [4]))
  g.output(logits, 'logits', 'float32', [1, 4])
  return g.save(file)
}

/**
 * The classifier that first expands each image's mean colour to 3 × side × side (12·side² bytes a batch
 * image, allocated while it runs) and averages it back: right answers, and a run-time allocation no input
 * shape announces.
 */
export async function writeMemoryHogModel(file: string, side: number): Promise<string> {
  const g = new GraphBuilder('memory_hog')
  const image = g.input('image', 'float32', ['batch', 3, 'height', 'width'])
  const mean = g.globalAveragePool(image)
  const huge = g.op('Expand', [mean, g.int64s([1, 3, side, side])])
  const pooled = g.flatten(g.globalAveragePool(huge))
  const { weight, bias } = colourClassifierWeights(PALETTE, IMAGENET_NORMALISATION, 0.02)
  const logits = g.add(g.matMul(pooled, g.constant(weight, [3, 4])), g.constant(bias, [4]))
  g.output(logits, 'logits', 'float32', ['batch', 4])
  return g.save(file)
}
