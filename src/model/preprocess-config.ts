import { lstat } from 'node:fs/promises'
import path from 'node:path'
import {
  ANY_PLACE,
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

/** True when something (a file, a folder, a link, a FIFO) sits at `file`: present sidecars are checked, not skipped. */
async function present(file: string): Promise<boolean> {
  try {
    await lstat(file)
    return true
  } catch {
    return false
  }
}

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

/** `m.onnx` → `m.json` beside it. */
export function sidecarPath(modelPath: string): string {
  const parsed = path.parse(modelPath)
  return path.join(parsed.dir, `${parsed.name}.json`)
}

/**
 * The preprocessing of one model: the explicit file (`--baseline-preprocess`), else a sidecar `<model>.json`,
 * else `config.json` beside the model when it holds timm keys (under `pretrained_cfg` or at top level),
 * else the ImageNet defaults (`source: 'defaults'`, which may adopt a fixed input size from the model later).
 */
export async function resolvePreprocess(
  modelPath: string,
  explicitFile: string | null,
  scope: InputScope = ANY_PLACE
): Promise<Preprocess> {
  if (explicitFile !== null) {
    return parsePreprocess(
      configSection(readJsonObject(explicitFile, scope), explicitFile),
      explicitFile
    )
  }
  const sidecar = sidecarPath(modelPath)
  if (await present(sidecar)) {
    return parsePreprocess(configSection(readJsonObject(sidecar, scope), sidecar), sidecar)
  }
  const config = path.join(path.dirname(modelPath), 'config.json')
  if (await present(config)) {
    // A config.json may belong to another tool (a transformers config): use it only when it has our keys.
    const section = configSection(readJsonObject(config, scope), config)
    if (hasPreprocessKeys(section)) return parsePreprocess(section, config)
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
