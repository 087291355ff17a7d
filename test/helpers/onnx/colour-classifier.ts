import { GraphBuilder, type Dim, type ElementType } from './graph-builder.js'

/** An sRGB colour in 0–255 units. */
export type Rgb = readonly [number, number, number]

/** The input normalisation the model was "trained" with: `(x/255 − mean)/std` per model channel. */
export interface ModelNormalisation {
  /** In the model's channel order (B first for BGR models), 0–1 pixel units. */
  readonly mean: readonly [number, number, number]
  readonly std: readonly [number, number, number]
  readonly channelOrder: 'RGB' | 'BGR'
}

export const IMAGENET_NORMALISATION: ModelNormalisation = {
  mean: [0.485, 0.456, 0.406],
  std: [0.229, 0.224, 0.225],
  channelOrder: 'RGB'
}

export interface ColourClassifierOptions {
  /** One colour per class; the top-1 class is the one whose colour is nearest the image's mean colour. */
  readonly prototypes: readonly Rgb[]
  readonly normalisation?: ModelNormalisation
  /** A fixed batch size, or `dynamic` (default). */
  readonly batch?: number | 'dynamic'
  /** A fixed [height, width], or `dynamic` (default): global average pooling takes any size. */
  readonly size?: readonly [number, number] | 'dynamic'
  readonly layout?: 'NCHW' | 'NHWC'
  readonly inputType?: 'float32' | 'float16'
  readonly outputType?: 'float32' | 'float16'
  /** Raw logits (default) or softmax probabilities. */
  readonly output?: 'logits' | 'probabilities'
  /** `[N,C]` (default) or `[N,C,1,1]` as a 1×1-convolution head writes it. */
  readonly outputShape?: 'NC' | 'NC11'
  /** Logit = −(squared distance in 0–1 RGB units) / temperature. Default 0.02. */
  readonly temperature?: number
}

/**
 * Weights of a nearest-colour classifier acting on normalised model input: score_k =
 * (2·x·p_k − |p_k|²)/T, with x the image's mean colour in 0–1 RGB recovered from the model channels
 * (x_rgb = x_in·std + mean, channels reordered for BGR). The −|x|² term is the same for every class and dropped.
 */
export function colourClassifierWeights(
  prototypes: readonly Rgb[],
  normalisation: ModelNormalisation,
  temperature: number
): { weight: Float32Array; bias: Float32Array } {
  const classes = prototypes.length
  const weight = new Float32Array(3 * classes) // [3, classes]: model channel × class
  const bias = new Float32Array(classes)
  prototypes.forEach((colour, k) => {
    const p = colour.map((v) => v / 255)
    let b = -(p[0] ** 2 + p[1] ** 2 + p[2] ** 2)
    for (let j = 0; j < 3; j++) {
      const rgb = normalisation.channelOrder === 'BGR' ? 2 - j : j
      weight[j * classes + k] = (2 * normalisation.std[j] * (p[rgb] as number)) / temperature
      b += 2 * normalisation.mean[j] * (p[rgb] as number)
    }
    bias[k] = b / temperature
  })
  return { weight, bias }
}

/** A classifier whose predictions the test controls: top-1 is the prototype nearest the mean colour. */
export function colourClassifier(options: ColourClassifierOptions): GraphBuilder {
  const {
    prototypes,
    normalisation = IMAGENET_NORMALISATION,
    batch = 'dynamic',
    size = 'dynamic',
    layout = 'NCHW',
    inputType = 'float32',
    outputType = 'float32',
    output = 'logits',
    outputShape = 'NC',
    temperature = 0.02
  } = options
  const classes = prototypes.length
  const g = new GraphBuilder('colour_classifier')
  const n: Dim = batch === 'dynamic' ? 'batch' : batch
  const [h, w]: [Dim, Dim] = size === 'dynamic' ? ['height', 'width'] : [size[0], size[1]]
  const inputShape = layout === 'NCHW' ? [n, 3, h, w] : [n, h, w, 3]

  let x = g.input('image', inputType, inputShape)
  if (inputType === 'float16') x = g.cast(x, 'float32')
  if (layout === 'NHWC') x = g.transpose(x, [0, 3, 1, 2])
  const pooled = g.globalAveragePool(x) // [N, 3, 1, 1]

  const { weight, bias } = colourClassifierWeights(prototypes, normalisation, temperature)
  let scores: string
  if (outputShape === 'NC') {
    scores = g.add(
      g.matMul(g.flatten(pooled), g.constant(weight, [3, classes])),
      g.constant(bias, [classes])
    )
  } else {
    const convWeight = new Float32Array(classes * 3) // [classes, 3, 1, 1]
    for (let k = 0; k < classes; k++)
      for (let j = 0; j < 3; j++) convWeight[k * 3 + j] = weight[j * classes + k] as number
    scores = g.conv(
      pooled,
      g.constant(convWeight, [classes, 3, 1, 1]),
      g.constant(bias, [classes]),
      { kernel: 1 }
    )
  }
  if (output === 'probabilities') scores = g.softmax(scores, 1)
  if (outputType === 'float16') scores = g.cast(scores, 'float16')
  const outShape = outputShape === 'NC' ? [n, classes] : [n, classes, 1, 1]
  g.output(
    scores,
    output === 'logits' ? 'logits' : 'probabilities',
    outputType as ElementType,
    outShape
  )
  return g
}

/** Writes a colour classifier to `path` and returns the path. */
export async function writeColourClassifier(
  path: string,
  options: ColourClassifierOptions
): Promise<string> {
  return colourClassifier(options).save(path)
}
