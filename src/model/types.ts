/** timm's `pretrained_cfg` keys (plus `channel_order`), fully resolved. Mean/std in 0–1 pixel units. */
export interface Preprocess {
  /** [channels, height, width], as timm writes it. */
  readonly inputSize: readonly [number, number, number]
  readonly cropPct: number
  /** `center` (Resize(size / crop_pct) + CenterCrop), `squash` (resize both sides to size / crop_pct, then crop) or `border` (fit inside, pad). */
  readonly cropMode: 'center' | 'squash' | 'border'
  readonly interpolation: 'bilinear' | 'bicubic' | 'nearest' | 'lanczos'
  readonly mean: readonly [number, number, number]
  readonly std: readonly [number, number, number]
  readonly channelOrder: 'RGB' | 'BGR'
  /** Where it came from, for messages: the JSON file read, or `defaults` (ImageNet's, which adopt a model's fixed input size). */
  readonly source?: string
}

/** One image's prediction: class indices best first, with their scores when known. */
export interface Prediction {
  readonly id: string
  readonly top: readonly number[]
  readonly scores?: readonly number[]
}

/** What we read off an ONNX model's signature. */
export interface ModelSignature {
  readonly inputName: string
  readonly outputName: string
  readonly layout: 'NCHW' | 'NHWC'
  /** Image channels the model takes: 3, or 1 for greyscale models. */
  readonly channels: 1 | 3
  readonly inputType: 'float32' | 'float16'
  /** Fixed batch size, or null when dynamic. */
  readonly batchSize: number | null
  /** Spatial size fixed by the model, or null when dynamic. */
  readonly height: number | null
  readonly width: number | null
  /** Number of classes in the output, or null when only known after running. */
  readonly classes: number | null
  readonly outputType: 'float32' | 'float16'
  /** Output rank: 2 for [N,C], 4 for [N,C,1,1]. */
  readonly outputRank: 2 | 4
}
