import path from 'node:path'
import { DEFAULT_KIND_THRESHOLDS } from '../analysis/kinds.js'
import type { GatePolicy, KindThresholds, Metric } from '../analysis/types.js'
import { InputError } from '../errors.js'
import { defaultMemoryBudget } from '../model/memory.js'
import { isRemoteReference, parseReference } from '../source/reference.js'
import type { Config, ModelSource } from './types.js'

/**
 * One schema for both fronts: every entry is a CLI flag (`--max-class-drop 5`) and an action input
 * (`max-class-drop: 5`) of the same name, so the two cannot drift apart. It is also the one source of the
 * options' documentation: `--help`, the README's options table and action.yml's inputs are made from it
 * (`npm run docs`, scripts/docs.ts).
 */
export interface OptionSpec {
  readonly name: string
  readonly kind: 'string' | 'strings' | 'number' | 'boolean'
  readonly description: string
  /** Shown in help, the README and action.yml; also the value used when the option is absent. */
  readonly default?: string
  /** Placeholder in `--help`, e.g. `FILE`. */
  readonly value?: string
}

export const OPTION_SPECS: readonly OptionSpec[] = [
  {
    name: 'baseline',
    kind: 'strings',
    value: 'MODEL',
    description:
      "Baseline ONNX model: a path, git:REV:PATH (a file at a revision of the checked-out repository, Git LFS resolved), hf://OWNER/REPO[@REV]/PATH (HF_TOKEN and HF_ENDPOINT from the environment) or https://URL[#sha256=HEX]. Give it more than once for retrainings that differ only by seed: the first is the baseline, the others calibrate seed noise. In a pull_request run of the action without a baseline: the candidate's path at the PR's base commit."
  },
  {
    name: 'candidate',
    kind: 'string',
    value: 'MODEL',
    description: 'Candidate ONNX model: a path or a reference, as --baseline.'
  },
  {
    name: 'baseline-predictions',
    kind: 'strings',
    value: 'FILE.jsonl',
    description:
      'Baseline predictions (JSON Lines) instead of a model, a path or a reference as --baseline; repeatable like --baseline.'
  },
  {
    name: 'candidate-predictions',
    kind: 'string',
    value: 'FILE.jsonl',
    description:
      'Candidate predictions (JSON Lines) instead of a model, a path or a reference as --baseline.'
  },
  {
    name: 'baseline-preprocess',
    kind: 'string',
    value: 'FILE.json',
    description:
      "Baseline preprocessing (timm pretrained_cfg keys, or a transformers preprocessor_config.json). Default: <model>.json, config.json or preprocessor_config.json beside the model (or one folder up from onnx/), else ImageNet's."
  },
  {
    name: 'candidate-preprocess',
    kind: 'string',
    value: 'FILE.json',
    description: 'Candidate preprocessing, as --baseline-preprocess.'
  },
  {
    name: 'data',
    kind: 'string',
    value: 'DIR|FILE',
    description:
      'Evaluation set: an ImageFolder directory, a CSV (file,label) or JSON Lines manifest, a parquet file or folder of parquet shards (Hugging Face image-classification layout), or hf://datasets/OWNER/NAME[@REV]/PATH (a file or folder of a Hub dataset).'
  },
  {
    name: 'preset',
    kind: 'string',
    value: 'NAME',
    description:
      'Built-in label set: "imagenet" (class names, validation labels, ReaL multi-labels, WordNet hierarchy).'
  },
  {
    name: 'classes',
    kind: 'string',
    value: 'FILE',
    description: 'Class names, one per line, in index order.'
  },
  {
    name: 'multi-labels',
    kind: 'string',
    value: 'FILE',
    description:
      'Multi-label annotations: JSON Lines {"file","labels"} or a JSON list aligned with the manifest (ReaL).'
  },
  {
    name: 'hierarchy',
    kind: 'string',
    value: 'FILE',
    description: 'Class hierarchy: "parent child" edge lines, or a class,superclass CSV.'
  },
  {
    name: 'image-column',
    kind: 'string',
    default: 'image',
    value: 'NAME',
    description: 'Parquet sets: the image column, a {bytes, path} struct.'
  },
  {
    name: 'label-column',
    kind: 'string',
    default: 'label',
    value: 'NAME',
    description: 'Parquet sets: the label column (a ClassLabel index or a class name).'
  },
  {
    name: 'max-class-drop',
    kind: 'number',
    default: '5',
    value: 'POINTS',
    description: 'Largest tolerated drop of one class, in percentage points.'
  },
  {
    name: 'max-mean-drop',
    kind: 'number',
    default: '1',
    value: 'POINTS',
    description:
      'Largest tolerated drop of average accuracy, in points (fails only when the drop is also significant).'
  },
  {
    name: 'alpha',
    kind: 'number',
    default: '0.05',
    value: 'Q',
    description: 'False discovery rate for the per-class tests (Benjamini-Hochberg).'
  },
  {
    name: 'metric',
    kind: 'string',
    default: 'auto',
    value: 'auto|multi-label|original',
    description: 'Gating metric; auto = multi-label accuracy when multi-labels are given.'
  },
  {
    name: 'cooccurrence-threshold',
    kind: 'number',
    value: 'RHO',
    description: `Co-occurrence at or above which a partner class is a frequent valid co-label (default ${DEFAULT_KIND_THRESHOLDS.cooccurrence}).`
  },
  {
    name: 'hierarchy-distance-threshold',
    kind: 'number',
    value: 'EDGES',
    description: `Hierarchy distance at or below which two classes count as close (default ${DEFAULT_KIND_THRESHOLDS.hierarchyDistance}).`
  },
  {
    name: 'mutual-cooccurrence-threshold',
    kind: 'number',
    value: 'RHO',
    description: `A frequent co-label is ambiguous (two names for one thing) when co-labelled at least this much both ways (default ${DEFAULT_KIND_THRESHOLDS.mutualCooccurrence}).`
  },
  {
    name: 'ambiguous-distance-threshold',
    kind: 'number',
    value: 'EDGES',
    description: `A frequent co-label is also ambiguous when at most this far apart in the hierarchy (default ${DEFAULT_KIND_THRESHOLDS.ambiguousDistance}).`
  },
  {
    name: 'out-dir',
    kind: 'string',
    default: 'classdiff-report',
    value: 'DIR',
    description:
      'Where report.json, report.md, comment.md, report.html, predictions and the augmentation plan are written.'
  },
  {
    name: 'batch-size',
    kind: 'number',
    default: '32',
    value: 'N',
    description: 'Images per inference batch (a model with a fixed batch size uses its own).'
  },
  {
    name: 'threads',
    kind: 'number',
    default: '0',
    value: 'N',
    description: 'onnxruntime threads per model; 0 chooses for this machine.'
  },
  {
    name: 'execution-provider',
    kind: 'string',
    default: 'cpu',
    value: 'cpu|cuda',
    description: 'onnxruntime execution provider.'
  },
  {
    name: 'timeout',
    kind: 'number',
    default: '600',
    value: 'SECONDS',
    description:
      'Longest a model may take to load, or to score one batch, in seconds; past it classdiff stops at once with a message naming the model. 0 = no limit.'
  },
  {
    name: 'output',
    kind: 'string',
    value: 'NAME',
    description:
      'The model output that holds the class scores, for models with more than one output (every model must have it).'
  },
  {
    name: 'memory-budget',
    kind: 'number',
    value: 'GIB',
    description:
      "Most memory classdiff may use while models load and run, in GiB; past it the run stops with a line naming the model. Default: 80% of the machine's (or container's) memory; 0 = no budget."
  },
  {
    name: 'cache-dir',
    kind: 'string',
    value: 'DIR',
    description: 'Cache baseline predictions here, keyed by model hash, dataset and preprocessing.'
  },
  {
    name: 'shard',
    kind: 'string',
    value: 'I/N',
    description:
      'Evaluate only slice I of N (1-based) and write its predictions; merge with "classdiff report".'
  },
  {
    name: 'shards',
    kind: 'strings',
    value: 'DIR',
    description:
      'Shard output folders (or a folder holding them) to merge into one report: "classdiff report" / mode: report.'
  },
  {
    name: 'allow-outside-root',
    kind: 'boolean',
    default: 'false',
    description:
      'Let models, predictions, side files, image paths and symbolic links resolve outside the data root and the working directory (off: refused).'
  }
]

/** Option values as a front read them: kebab-case names; absent or empty means "not given". */
export type RawOptions = Readonly<Record<string, string | readonly string[] | boolean | undefined>>

const SPEC_BY_NAME = new Map(OPTION_SPECS.map((spec) => [spec.name, spec]))

function spec(name: string): OptionSpec {
  const found = SPEC_BY_NAME.get(name)
  if (!found) throw new Error(`unknown option ${name}`)
  return found
}

function strings(raw: RawOptions, name: string): string[] {
  const value = raw[name]
  const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : []
  return list.map((item) => item.trim()).filter((item) => item !== '')
}

function optionalString(raw: RawOptions, name: string): string | null {
  const list = strings(raw, name)
  if (list.length > 1)
    throw new InputError(`--${name} was given ${list.length} times; give it once`)
  return list[0] ?? spec(name).default ?? null
}

function optionalNumber(raw: RawOptions, name: string): number | null {
  const text = optionalString(raw, name)
  if (text === null) return null
  const value = Number(text)
  if (!Number.isFinite(value) || text.trim() === '') {
    throw new InputError(`--${name} must be a number, got "${text}"`)
  }
  return value
}

function number(raw: RawOptions, name: string, min: number, max: number): number {
  const value = optionalNumber(raw, name)
  if (value === null) throw new InputError(`--${name} is required`)
  if (value < min || value > max) {
    throw new InputError(`--${name} must be between ${min} and ${max}, got ${value}`)
  }
  return value
}

function integer(raw: RawOptions, name: string, min: number, max: number): number {
  const value = number(raw, name, min, max)
  if (!Number.isInteger(value))
    throw new InputError(`--${name} must be a whole number, got ${value}`)
  return value
}

function boolean(raw: RawOptions, name: string): boolean {
  const value = raw[name]
  if (typeof value === 'boolean') return value
  const text = optionalString(raw, name)
  if (text === null) return false
  if (/^(true|yes|1)$/i.test(text)) return true
  if (/^(false|no|0)$/i.test(text)) return false
  throw new InputError(`--${name} must be true or false, got "${text}"`)
}

function oneOf<T extends string>(raw: RawOptions, name: string, allowed: readonly T[]): T {
  const text = optionalString(raw, name)
  if (text === null || !(allowed as readonly string[]).includes(text)) {
    throw new InputError(`--${name} must be one of ${allowed.join(', ')}, got "${text ?? ''}"`)
  }
  return text as T
}

function memoryBudget(raw: RawOptions): number {
  const gib = optionalNumber(raw, 'memory-budget')
  if (gib === null) return defaultMemoryBudget()
  if (gib < 0 || gib > 1_000_000) {
    throw new InputError(`--memory-budget must be between 0 and 1000000 GiB, got ${gib}`)
  }
  return Math.floor(gib * 1024 ** 3)
}

function parseShard(text: string | null): Config['shard'] {
  if (text === null) return null
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(text)
  const index = match ? Number(match[1]) : NaN
  const count = match ? Number(match[2]) : NaN
  if (!match || count < 1 || index < 1 || index > count) {
    throw new InputError(`--shard must be I/N with 1 ≤ I ≤ N (e.g. 2/4), got "${text}"`)
  }
  return { index, count }
}

function share(raw: RawOptions, name: string, fallback: number): number {
  const value = optionalNumber(raw, name)
  if (value === null) return fallback
  if (value <= 0 || value > 1) throw new InputError(`--${name} must be in (0, 1], got ${value}`)
  return value
}

function edges(raw: RawOptions, name: string, fallback: number): number {
  const value = optionalNumber(raw, name)
  if (value === null) return fallback
  if (value < 0 || !Number.isInteger(value)) {
    throw new InputError(`--${name} must be a whole number ≥ 0, got ${value}`)
  }
  return value
}

function kindThresholds(raw: RawOptions): KindThresholds {
  const defaults = DEFAULT_KIND_THRESHOLDS
  return {
    cooccurrence: share(raw, 'cooccurrence-threshold', defaults.cooccurrence),
    mutualCooccurrence: share(raw, 'mutual-cooccurrence-threshold', defaults.mutualCooccurrence),
    hierarchyDistance: edges(raw, 'hierarchy-distance-threshold', defaults.hierarchyDistance),
    ambiguousDistance: edges(raw, 'ambiguous-distance-threshold', defaults.ambiguousDistance)
  }
}

function parsePolicy(raw: RawOptions): GatePolicy {
  return {
    maxClassDrop: number(raw, 'max-class-drop', 0, 100),
    maxMeanDrop: number(raw, 'max-mean-drop', 0, 100),
    alpha: number(raw, 'alpha', Number.MIN_VALUE, 1),
    metric: oneOf(raw, 'metric', ['auto', 'multi-label', 'original'] as const) as 'auto' | Metric,
    kinds: kindThresholds(raw)
  }
}

function rejectUnknown(raw: RawOptions, allowed: ReadonlySet<string>, command: string): void {
  for (const name of Object.keys(raw)) {
    if (
      raw[name] === undefined ||
      raw[name] === '' ||
      (Array.isArray(raw[name]) && raw[name].length === 0)
    )
      continue
    if (!SPEC_BY_NAME.has(name)) throw new InputError(`unknown option --${name}`)
    if (!allowed.has(name)) throw new InputError(`--${name} does not apply to ${command}`)
  }
}

/** What `classdiff report` (merging shards) needs: the shard folders, the gate policy and where to write. */
export interface ReportOptions {
  readonly shards: readonly string[]
  readonly policy: GatePolicy
  readonly outDir: string
  /** Where shard folders may lie (with the data root they name): the working directory or workspace. */
  readonly workspace: string
  readonly allowOutsideRoot: boolean
}

/** The options the merge step takes; everything about the data and models comes from the shards' manifests. */
const REPORT_OPTION_NAMES = new Set([
  'shards',
  'max-class-drop',
  'max-mean-drop',
  'alpha',
  'metric',
  'cooccurrence-threshold',
  'hierarchy-distance-threshold',
  'mutual-cooccurrence-threshold',
  'ambiguous-distance-threshold',
  'out-dir',
  'allow-outside-root'
])

export function parseReportOptions(raw: RawOptions, baseDir: string): ReportOptions {
  rejectUnknown(raw, REPORT_OPTION_NAMES, 'classdiff report')
  const shards = strings(raw, 'shards').map((dir) => path.resolve(baseDir, dir))
  if (shards.length === 0)
    throw new InputError('no shards: give --shards DIR (repeatable) with the shard outputs')
  return {
    shards,
    policy: parsePolicy(raw),
    outDir: path.resolve(baseDir, optionalString(raw, 'out-dir') as string),
    workspace: path.resolve(baseDir),
    allowOutsideRoot: boolean(raw, 'allow-outside-root')
  }
}

/** Validates raw options into the one `Config`; paths resolve against `baseDir` (cwd, or the workspace in Actions). */
export function parseConfig(raw: RawOptions, baseDir: string): Config {
  rejectUnknown(raw, new Set(SPEC_BY_NAME.keys()), 'classdiff compare')
  const resolve = (file: string): string => path.resolve(baseDir, file)
  const resolveOptional = (name: string): string | null => {
    const value = optionalString(raw, name)
    return value === null ? null : resolve(value)
  }

  // A reference (git:, hf://, https://) is checked for syntax here and fetched by the source stage.
  const located = (file: string, flag: string): { path: string; reference?: string } => {
    if (!isRemoteReference(file)) return { path: resolve(file) }
    parseReference(file, flag)
    return { path: file, reference: file }
  }
  const baselinePreprocess = resolveOptional('baseline-preprocess')
  const baselines: ModelSource[] = [
    ...strings(raw, 'baseline').map((file): ModelSource => ({
      kind: 'onnx',
      ...located(file, '--baseline'),
      preprocess: baselinePreprocess
    })),
    ...strings(raw, 'baseline-predictions').map((file): ModelSource => ({
      kind: 'predictions',
      ...located(file, '--baseline-predictions')
    }))
  ]
  const candidateModel = optionalString(raw, 'candidate')
  const candidatePredictions = optionalString(raw, 'candidate-predictions')
  if (baselines.length === 0) {
    throw new InputError('no baseline: give --baseline MODEL.onnx or --baseline-predictions FILE')
  }
  if ((candidateModel === null) === (candidatePredictions === null)) {
    throw new InputError(
      candidateModel === null
        ? 'no candidate: give --candidate MODEL.onnx or --candidate-predictions FILE'
        : 'give either --candidate or --candidate-predictions, not both'
    )
  }
  const candidate: ModelSource =
    candidateModel !== null
      ? {
          kind: 'onnx',
          ...located(candidateModel, '--candidate'),
          preprocess: resolveOptional('candidate-preprocess')
        }
      : {
          kind: 'predictions',
          ...located(candidatePredictions as string, '--candidate-predictions')
        }

  const presetName = optionalString(raw, 'preset')
  if (presetName !== null && presetName !== 'imagenet') {
    throw new InputError(`--preset must be "imagenet", got "${presetName}"`)
  }
  const preset = presetName as Config['preset']
  const dataText = optionalString(raw, 'data')
  const dataReference = dataText !== null && isRemoteReference(dataText) ? dataText : undefined
  if (dataReference !== undefined) {
    const parsed = parseReference(dataReference, '--data')
    if (parsed.kind !== 'hf' || parsed.repoType !== 'dataset') {
      throw new InputError(
        `--data ${dataReference}: an evaluation set comes from a local path or hf://datasets/OWNER/NAME[@REVISION]/PATH`
      )
    }
  }
  const data = dataText === null ? null : (dataReference ?? resolve(dataText))
  const anyModel = [...baselines, candidate].some((source) => source.kind === 'onnx')
  if (data === null && (preset === null || anyModel)) {
    throw new InputError(
      preset === null
        ? 'no evaluation set: give --data DIR|manifest.csv|manifest.jsonl (or --preset imagenet with predictions files)'
        : 'models need images: give --data with the folder of ImageNet validation images'
    )
  }

  if (strings(raw, 'shards').length > 0) {
    throw new InputError(
      '--shards belongs to "classdiff report", which merges shards; compare evaluates models'
    )
  }
  const policy = parsePolicy(raw)

  return {
    baselines,
    candidate,
    data,
    ...(dataReference === undefined ? {} : { dataReference }),
    preset,
    classes: resolveOptional('classes'),
    multiLabels: resolveOptional('multi-labels'),
    hierarchy: resolveOptional('hierarchy'),
    policy,
    outDir: resolve(optionalString(raw, 'out-dir') as string),
    batchSize: integer(raw, 'batch-size', 1, 4096),
    threads: integer(raw, 'threads', 0, 1024),
    executionProvider: oneOf(raw, 'execution-provider', ['cpu', 'cuda'] as const),
    timeout: number(raw, 'timeout', 0, 86_400),
    memoryBudget: memoryBudget(raw),
    output: optionalString(raw, 'output'),
    cacheDir: resolveOptional('cache-dir'),
    shard: parseShard(optionalString(raw, 'shard')),
    allowOutsideRoot: boolean(raw, 'allow-outside-root'),
    workspace: path.resolve(baseDir),
    imageColumn: optionalString(raw, 'image-column') as string,
    labelColumn: optionalString(raw, 'label-column') as string
  }
}
