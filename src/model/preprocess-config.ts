import path from 'node:path'
import {
  ANY_PLACE,
  pathPresent,
  messagePath,
  readInputText,
  SIZE_CAPS,
  type InputScope
} from '../data/input-file.js'
import { parseJsonDocument } from '../data/json.js'
import { excerpt } from '../data/text.js'
import { InputError } from '../errors.js'
import type { Preprocess } from './types.js'

/** timm's ImageNet eval defaults (IMAGENET_DEFAULT_MEAN/STD, DEFAULT_CROP_PCT). */
export const IMAGENET_DEFAULTS: Preprocess = {
  inputSize: [3, 224, 224],
  cropPct: 0.875,
  cropMode: 'center',
  interpolation: 'bilinear',
  mean: [0.485, 0.456, 0.406],
  std: [0.229, 0.224, 0.225],
  channelOrder: 'RGB',
  source: 'defaults'
}

const KEYS = [
  'input_size',
  'crop_pct',
  'crop_mode',
  'interpolation',
  'mean',
  'std',
  'channel_order'
] as const
const CROP_MODES = ['center', 'squash', 'border'] as const
const INTERPOLATIONS = ['bilinear', 'bicubic', 'nearest', 'lanczos'] as const

function readJsonObject(file: string, scope: InputScope): Record<string, unknown> {
  const text = readInputText(
    file,
    `preprocessing file ${messagePath(file)}`,
    scope,
    SIZE_CAPS.preprocessing
  )
  const value = parseJsonDocument(text, file)
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`${file}: expected a JSON object with preprocessing keys`)
  }
  return value as Record<string, unknown>
}

/** The object holding the keys: timm/HF hub configs nest them under `pretrained_cfg`, sidecars may not. */
function configSection(json: Record<string, unknown>, file: string): Record<string, unknown> {
  const nested = json.pretrained_cfg
  if (nested === undefined) return json
  if (typeof nested !== 'object' || nested === null || Array.isArray(nested)) {
    throw new InputError(`${file}: "pretrained_cfg" must be an object`)
  }
  // Keys beside pretrained_cfg are honoured too; the nested ones win, as timm's resolve_data_config does.
  return { ...json, ...(nested as Record<string, unknown>) }
}

function hasPreprocessKeys(section: Record<string, unknown>): boolean {
  return KEYS.some((key) => section[key] !== undefined)
}

const show = (value: unknown): string => excerpt(value)

function fail(file: string, key: string, expected: string, value: unknown): never {
  throw new InputError(`${file}: "${key}" must be ${expected}, got ${show(value)}`)
}

function triple(
  file: string,
  key: string,
  value: unknown,
  check: (v: number) => boolean,
  expected: string
): [number, number, number] {
  // timm writes one value for single-channel models; it applies to every channel.
  const list = typeof value === 'number' ? [value] : value
  if (!Array.isArray(list) || (list.length !== 1 && list.length !== 3)) {
    fail(file, key, `a list of 3 numbers (${expected})`, value)
  }
  if (!list.every((v) => typeof v === 'number' && Number.isFinite(v) && check(v))) {
    fail(file, key, `a list of 3 numbers (${expected})`, value)
  }
  const numbers = list as number[]
  return numbers.length === 1
    ? [numbers[0] as number, numbers[0] as number, numbers[0] as number]
    : [numbers[0] as number, numbers[1] as number, numbers[2] as number]
}

/** Validates the preprocessing keys of one file; missing keys take the ImageNet defaults. */
export function parsePreprocess(section: Record<string, unknown>, file: string): Preprocess {
  let inputSize = IMAGENET_DEFAULTS.inputSize
  if (section.input_size !== undefined) {
    const value = section.input_size
    const valid =
      Array.isArray(value) &&
      value.length === 3 &&
      value.every((v) => Number.isInteger(v) && (v as number) > 0 && (v as number) <= 8192) &&
      (value[0] === 1 || value[0] === 3)
    if (!valid)
      fail(
        file,
        'input_size',
        '[channels, height, width] with 1 or 3 channels and sides of 1–8192 pixels',
        value
      )
    inputSize = [value[0], value[1], value[2]] as [number, number, number]
  }

  let cropPct = IMAGENET_DEFAULTS.cropPct
  if (section.crop_pct !== undefined) {
    const value = section.crop_pct
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 2) {
      fail(file, 'crop_pct', 'a number in (0, 2], such as 0.875', value)
    }
    cropPct = value
  }

  let cropMode = IMAGENET_DEFAULTS.cropMode
  if (section.crop_mode !== undefined) {
    const value = section.crop_mode
    if (typeof value !== 'string' || !(CROP_MODES as readonly string[]).includes(value)) {
      fail(file, 'crop_mode', `one of ${CROP_MODES.join(', ')}`, value)
    }
    cropMode = value as Preprocess['cropMode']
  }

  let interpolation = IMAGENET_DEFAULTS.interpolation
  if (section.interpolation !== undefined) {
    const value = section.interpolation
    if (
      typeof value !== 'string' ||
      !(INTERPOLATIONS as readonly string[]).includes(value.toLowerCase())
    ) {
      fail(file, 'interpolation', `one of ${INTERPOLATIONS.join(', ')}`, value)
    }
    interpolation = value.toLowerCase() as Preprocess['interpolation']
  }

  let mean = IMAGENET_DEFAULTS.mean
  if (section.mean !== undefined) {
    // Values above 1 are the classic mistake of giving 0–255 means (Caffe's 103.94): say how to fix it.
    mean = triple(
      file,
      'mean',
      section.mean,
      (v) => v >= 0 && v <= 1,
      'in 0–1 pixel units: divide 0–255 values by 255'
    )
  }

  let std = IMAGENET_DEFAULTS.std
  if (section.std !== undefined) {
    std = triple(file, 'std', section.std, (v) => v > 0, 'greater than 0, in 0–1 pixel units')
  }

  let channelOrder = IMAGENET_DEFAULTS.channelOrder
  if (section.channel_order !== undefined) {
    const value = section.channel_order
    const upper = typeof value === 'string' ? value.toUpperCase() : null
    if (upper !== 'RGB' && upper !== 'BGR') fail(file, 'channel_order', '"RGB" or "BGR"', value)
    channelOrder = upper
  }

  return { inputSize, cropPct, cropMode, interpolation, mean, std, channelOrder, source: file }
}

/** transformers image-processor keys (preprocessor_config.json). */
const TRANSFORMERS_KEYS = [
  'size',
  'crop_size',
  'do_center_crop',
  'crop_pct',
  'resample',
  'do_rescale',
  'rescale_factor',
  'do_normalize',
  'image_mean',
  'image_std'
] as const

function hasTransformersKeys(json: Record<string, unknown>): boolean {
  return TRANSFORMERS_KEYS.some((key) => json[key] !== undefined)
}

/** PIL's resampling filters by number, as transformers stores `resample`. */
const PIL_RESAMPLE: Readonly<Record<number, Preprocess['interpolation'] | undefined>> = {
  0: 'nearest',
  1: 'lanczos',
  2: 'bilinear',
  3: 'bicubic'
}

function positiveSide(file: string, key: string, value: unknown): number {
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 8192) {
    fail(file, key, 'a whole number of pixels, 1–8192', value)
  }
  return value as number
}

/** `size` / `crop_size` as transformers writes them: a number, `{shortest_edge}` or `{height, width}`. */
function sizeOf(
  file: string,
  key: string,
  value: unknown
): { shortestEdge: number } | { height: number; width: number } {
  if (typeof value === 'number') {
    const side = positiveSide(file, key, value)
    return { height: side, width: side }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(file, key, 'a number, {"shortest_edge": N} or {"height": H, "width": W}', value)
  }
  const entry = value as Record<string, unknown>
  const hasEdge = entry.shortest_edge !== undefined
  const hasBox = entry.height !== undefined || entry.width !== undefined
  if (hasEdge && hasBox) {
    throw new InputError(
      `${file}: "${key}" gives both shortest_edge and height/width; they contradict each other — keep one`
    )
  }
  if (hasEdge)
    return { shortestEdge: positiveSide(file, `${key}.shortest_edge`, entry.shortest_edge) }
  if (entry.height === undefined || entry.width === undefined) {
    fail(file, key, '{"shortest_edge": N} or {"height": H, "width": W}', value)
  }
  return {
    height: positiveSide(file, `${key}.height`, entry.height),
    width: positiveSide(file, `${key}.width`, entry.width)
  }
}

function flag(
  file: string,
  json: Record<string, unknown>,
  key: string,
  fallback: boolean
): boolean {
  const value = json[key]
  if (value === undefined) return fallback
  if (typeof value !== 'boolean') fail(file, key, 'true or false', value)
  return value
}

/**
 * A transformers `preprocessor_config.json` as timm-style preprocessing (docs/sources.md):
 * - `do_center_crop` with `crop_size` C: resize (shortest edge to S, or to H×W) then centre-crop C, i.e.
 *   crop_pct = C/S, `center` (shortest edge) or `squash` (H×W) mode; PoolFormer's `crop_pct` sets S = C/crop_pct;
 * - no crop, `size` H×W (ViT, Swin): resize to H×W (`squash`, crop_pct 1);
 * - no crop, `size.shortest_edge` S with `crop_pct` (ConvNeXt): below 384 resize to S/crop_pct and crop S,
 *   else warp to S×S;
 * - rescale_factor r and image_mean/std m, s: (x·r − m)/s = (x/255 − m/(255r))/(s/(255r)), so any r maps exactly.
 * Keys that contradict each other (a crop larger than the resize, a crop without a crop size, a mean and a std
 * of different lengths, a rescale factor ≤ 0) are input errors naming the file and keys.
 */
export function parseTransformersPreprocess(
  json: Record<string, unknown>,
  file: string
): Preprocess {
  if (json.size === undefined)
    fail(file, 'size', 'the resize target (transformers image processor)', undefined)
  const size = sizeOf(file, 'size', json.size)
  const doCenterCrop = flag(file, json, 'do_center_crop', json.crop_size !== undefined)
  if (flag(file, json, 'do_resize', true) === false) {
    throw new InputError(
      `${file}: "do_resize": false gives images of varying size; classdiff needs a fixed input size`
    )
  }
  let cropPctKey: number | null = null
  if (json.crop_pct !== undefined && json.crop_pct !== null) {
    const value = json.crop_pct
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 1) {
      fail(file, 'crop_pct', 'a number in (0, 1], such as 0.875', value)
    }
    cropPctKey = value
  }

  let inputSize: [number, number, number]
  let cropPct: number
  let cropMode: Preprocess['cropMode']
  if (doCenterCrop) {
    if (json.crop_size === undefined) {
      throw new InputError(
        `${file}: "do_center_crop" is true but there is no "crop_size"; the keys contradict each other`
      )
    }
    const crop = sizeOf(file, 'crop_size', json.crop_size)
    if ('shortestEdge' in crop)
      fail(file, 'crop_size', '{"height": H, "width": W} or a number', json.crop_size)
    if (crop.height !== crop.width) {
      throw new InputError(
        `${file}: "crop_size" ${crop.height}×${crop.width} is not square; classdiff reproduces square crops only (give --*-preprocess)`
      )
    }
    const side = crop.height
    inputSize = [3, side, side]
    if ('shortestEdge' in size) {
      const resized =
        cropPctKey === null ? size.shortestEdge : Math.floor(size.shortestEdge / cropPctKey)
      if (side > resized) {
        throw new InputError(
          `${file}: "crop_size" ${side} is larger than the resized shortest edge ${resized} ("size"${cropPctKey === null ? '' : ' / "crop_pct"'}); the keys contradict each other`
        )
      }
      cropPct = exactCropPct(side, resized)
      cropMode = 'center'
    } else {
      if (cropPctKey !== null) {
        throw new InputError(
          `${file}: "crop_pct" with "size" height/width and a centre crop; the keys contradict each other`
        )
      }
      if (size.height !== size.width) {
        throw new InputError(
          `${file}: "size" ${size.height}×${size.width} before a square crop is not reproducible; give --*-preprocess`
        )
      }
      if (side > size.height) {
        throw new InputError(
          `${file}: "crop_size" ${side} is larger than "size" ${size.height}×${size.width}; the keys contradict each other`
        )
      }
      cropPct = exactCropPct(side, size.height)
      cropMode = 'squash'
    }
  } else if ('shortestEdge' in size) {
    if (cropPctKey === null) {
      throw new InputError(
        `${file}: "size.shortest_edge" without a crop gives images of varying size; classdiff needs "crop_size" or "crop_pct"`
      )
    }
    const edge = size.shortestEdge
    inputSize = [3, edge, edge]
    // ConvNextImageProcessor: crop only below 384 pixels; larger sizes are warped to a square.
    if (edge < 384) {
      cropPct = cropPctKey
      cropMode = 'center'
    } else {
      cropPct = 1
      cropMode = 'squash'
    }
  } else {
    inputSize = [3, size.height, size.width]
    cropPct = 1
    cropMode = 'squash'
  }

  let interpolation: Preprocess['interpolation'] = 'bilinear'
  if (json.resample !== undefined) {
    const value = json.resample
    const named = typeof value === 'number' ? PIL_RESAMPLE[value] : undefined
    if (named === undefined)
      fail(file, 'resample', '0 (nearest), 1 (lanczos), 2 (bilinear) or 3 (bicubic)', value)
    interpolation = named
  }

  const doRescale = flag(file, json, 'do_rescale', true)
  let rescale = 1 / 255
  if (doRescale && json.rescale_factor !== undefined) {
    const value = json.rescale_factor
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      fail(file, 'rescale_factor', 'a number greater than 0, such as 1/255', value)
    }
    rescale = value
  }
  if (!doRescale) rescale = 1
  const doNormalize = flag(file, json, 'do_normalize', true)
  let mean: [number, number, number] = [0, 0, 0]
  let std: [number, number, number] = [1, 1, 1]
  if (doNormalize) {
    const rawMean = json.image_mean ?? IMAGENET_DEFAULTS.mean
    const rawStd = json.image_std ?? IMAGENET_DEFAULTS.std
    const length = (value: unknown): number => (Array.isArray(value) ? value.length : 1)
    if (length(rawMean) !== length(rawStd)) {
      throw new InputError(
        `${file}: "image_mean" has ${length(rawMean)} values and "image_std" ${length(rawStd)}; the keys contradict each other`
      )
    }
    mean = triple(file, 'image_mean', rawMean, () => true, 'numbers')
    std = triple(file, 'image_std', rawStd, (v) => v > 0, 'greater than 0')
  }
  // In classdiff's 0–1 pixel units (x/255): divide by 255·r.
  const scale = 255 * rescale
  const units = (values: [number, number, number]): [number, number, number] => [
    values[0] / scale,
    values[1] / scale,
    values[2] / scale
  ]
  return {
    inputSize,
    cropPct,
    cropMode,
    interpolation,
    mean: units(mean),
    std: units(std),
    channelOrder: 'RGB',
    source: file
  }
}

/** A crop_pct with floor(crop / crop_pct) = resized, exactly as preprocess.ts computes the resize. */
function exactCropPct(crop: number, resized: number): number {
  const ratio = crop / resized
  return Math.floor(crop / ratio) === resized ? ratio : crop / (resized + 0.5)
}

/** `m.onnx` → `m.json` beside it. */
export function sidecarPath(modelPath: string): string {
  const parsed = path.parse(modelPath)
  return path.join(parsed.dir, `${parsed.name}.json`)
}

/** A preprocessing file of either kind: timm keys, or a transformers image processor's. */
function parseAnyPreprocess(json: Record<string, unknown>, file: string): Preprocess {
  const section = configSection(json, file)
  if (!hasPreprocessKeys(section) && hasTransformersKeys(json))
    return parseTransformersPreprocess(json, file)
  return parsePreprocess(section, file)
}

/** The folders whose config.json / preprocessor_config.json configure a model: its own, and for the
 * transformers ONNX layout (`onnx/model.onnx`) the one above, as on the Hub. */
export function configFolders(modelPath: string): string[] {
  const dir = path.dirname(modelPath)
  return path.basename(dir) === 'onnx' ? [dir, path.dirname(dir)] : [dir]
}

/**
 * The preprocessing of one model: the explicit file (`--baseline-preprocess`, timm or transformers keys), else
 * a sidecar `<model>.json`, else in the model's folder (then, for `onnx/model.onnx`, the folder above):
 * `config.json` when it holds timm keys (under `pretrained_cfg` or at top level), else
 * `preprocessor_config.json` (transformers); else the ImageNet defaults (`source: 'defaults'`, which may adopt
 * a fixed input size from the model later).
 */
export async function resolvePreprocess(
  modelPath: string,
  explicitFile: string | null,
  scope: InputScope = ANY_PLACE
): Promise<Preprocess> {
  if (explicitFile !== null) {
    return parseAnyPreprocess(readJsonObject(explicitFile, scope), explicitFile)
  }
  const sidecar = sidecarPath(modelPath)
  if (pathPresent(sidecar)) {
    return parsePreprocess(configSection(readJsonObject(sidecar, scope), sidecar), sidecar)
  }
  for (const dir of configFolders(modelPath)) {
    const config = path.join(dir, 'config.json')
    if (pathPresent(config)) {
      // A config.json may belong to another tool (a transformers config): use it only when it has our keys.
      const section = configSection(readJsonObject(config, scope), config)
      if (hasPreprocessKeys(section)) return parsePreprocess(section, config)
    }
    const processor = path.join(dir, 'preprocessor_config.json')
    if (pathPresent(processor)) {
      return parseTransformersPreprocess(readJsonObject(processor, scope), processor)
    }
  }
  return IMAGENET_DEFAULTS
}

/** A canonical string of everything that changes the input tensor (not where it came from): cache keys, grouping. */
export function preprocessKey(preprocess: Preprocess): string {
  return JSON.stringify([
    preprocess.inputSize,
    preprocess.cropPct,
    preprocess.cropMode,
    preprocess.interpolation,
    preprocess.mean,
    preprocess.std,
    preprocess.channelOrder
  ])
}
