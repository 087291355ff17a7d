import path from 'node:path'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DEFAULT_KIND_THRESHOLDS } from '../../src/analysis/kinds.js'
import { OPTION_SPECS, parseConfig } from '../../src/config/parse.js'
import { InputError } from '../../src/errors.js'
import { VERSION } from '../../src/version.js'

const base = '/work/space'
const minimal = { baseline: ['a.onnx'], candidate: 'b.onnx', data: 'set/manifest.csv' }

describe('parseConfig', () => {
  it('resolves paths against the base folder and applies the documented defaults', () => {
    const config = parseConfig(minimal, base)
    expect(config.baselines).toEqual([
      { kind: 'onnx', path: path.join(base, 'a.onnx'), preprocess: null }
    ])
    expect(config.candidate).toEqual({
      kind: 'onnx',
      path: path.join(base, 'b.onnx'),
      preprocess: null
    })
    expect(config.data).toBe(path.join(base, 'set/manifest.csv'))
    expect(config.policy).toEqual({
      maxClassDrop: 5,
      maxMeanDrop: 1,
      alpha: 0.05,
      metric: 'auto',
      kinds: DEFAULT_KIND_THRESHOLDS
    })
    expect(config.outDir).toBe(path.join(base, 'classdiff-report'))
    expect(config.batchSize).toBe(32)
    expect(config.threads).toBe(0)
    expect(config.executionProvider).toBe('cpu')
    expect(config.shard).toBeNull()
    expect(config.allowOutsideRoot).toBe(false)
  })

  it('treats extra baselines as seed replicates, models first, then predictions files', () => {
    const config = parseConfig(
      {
        ...minimal,
        baseline: ['a.onnx', 'a-seed2.onnx'],
        'baseline-predictions': ['a-seed3.jsonl']
      },
      base
    )
    expect(config.baselines.map((source) => [source.kind, path.basename(source.path)])).toEqual([
      ['onnx', 'a.onnx'],
      ['onnx', 'a-seed2.onnx'],
      ['predictions', 'a-seed3.jsonl']
    ])
  })

  it('reads numbers, enums and booleans the way action inputs arrive: as strings', () => {
    const config = parseConfig(
      {
        ...minimal,
        'max-class-drop': '2.5',
        alpha: '0.1',
        metric: 'original',
        'allow-outside-root': 'true',
        shard: '2/4',
        'cooccurrence-threshold': '0.6',
        'mutual-cooccurrence-threshold': '0.7',
        'hierarchy-distance-threshold': '3',
        'ambiguous-distance-threshold': '1'
      },
      base
    )
    expect(config.policy.maxClassDrop).toBe(2.5)
    expect(config.policy.alpha).toBe(0.1)
    expect(config.policy.metric).toBe('original')
    expect(config.policy.kinds).toEqual({
      cooccurrence: 0.6,
      mutualCooccurrence: 0.7,
      hierarchyDistance: 3,
      ambiguousDistance: 1
    })
    expect(config.allowOutsideRoot).toBe(true)
    expect(config.shard).toEqual({ index: 2, count: 4 })
  })

  it('treats empty strings (unset action inputs) as absent', () => {
    const config = parseConfig(
      { ...minimal, classes: '', 'max-class-drop': '', 'baseline-predictions': [''] },
      base
    )
    expect(config.classes).toBeNull()
    expect(config.policy.maxClassDrop).toBe(5)
    expect(config.baselines).toHaveLength(1)
  })

  it('accepts predictions files alone with the imagenet preset and no images', () => {
    const config = parseConfig(
      {
        preset: 'imagenet',
        'baseline-predictions': ['a.jsonl'],
        'candidate-predictions': 'b.jsonl'
      },
      base
    )
    expect(config.data).toBeNull()
    expect(config.preset).toBe('imagenet')
  })

  it.each([
    [{ candidate: 'b.onnx', data: 'd' }, /no baseline/],
    [{ baseline: ['a.onnx'], data: 'd' }, /no candidate/],
    [
      { ...minimal, 'candidate-predictions': 'b.jsonl' },
      /either --candidate or --candidate-predictions/
    ],
    [{ baseline: ['a.onnx'], candidate: 'b.onnx' }, /no evaluation set/],
    [{ baseline: ['a.onnx'], candidate: 'b.onnx', preset: 'imagenet' }, /models need images/],
    [{ ...minimal, preset: 'cifar' }, /--preset must be "imagenet", got "cifar"/],
    [{ ...minimal, alpha: 'lots' }, /--alpha must be a number, got "lots"/],
    [{ ...minimal, alpha: '2' }, /--alpha must be between/],
    [{ ...minimal, 'max-class-drop': '-1' }, /--max-class-drop must be between 0 and 100, got -1/],
    [
      { ...minimal, metric: 'top5' },
      /--metric must be one of auto, multi-label, original, got "top5"/
    ],
    [{ ...minimal, 'batch-size': '2.5' }, /--batch-size must be a whole number/],
    [{ ...minimal, 'execution-provider': 'tpu' }, /--execution-provider must be one of cpu, cuda/],
    [{ ...minimal, shard: '5/4' }, /--shard must be I\/N/],
    [{ ...minimal, 'allow-outside-root': 'maybe' }, /--allow-outside-root must be true or false/],
    [{ ...minimal, 'cooccurrence-threshold': '1.5' }, /--cooccurrence-threshold must be in/],
    [
      { ...minimal, 'mutual-cooccurrence-threshold': '0' },
      /--mutual-cooccurrence-threshold must be in/
    ],
    [
      { ...minimal, 'ambiguous-distance-threshold': '1.5' },
      /--ambiguous-distance-threshold must be a whole/
    ],
    [{ ...minimal, colour: 'red' }, /unknown option --colour/]
  ])('rejects %j with a message naming the flag', (raw, message) => {
    expect(() => parseConfig(raw, base)).toThrow(InputError)
    expect(() => parseConfig(raw, base)).toThrow(message)
  })

  it('documents every option once, in kebab-case', () => {
    const names = OPTION_SPECS.map((spec) => spec.name)
    expect(new Set(names).size).toBe(names.length)
    for (const spec of OPTION_SPECS) {
      expect(spec.name).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(spec.description.length).toBeGreaterThan(10)
    }
  })
})

describe('VERSION', () => {
  it('matches package.json', () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
    )
    expect(VERSION).toBe(manifest.version)
  })
})
