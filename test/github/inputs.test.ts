/**
 * The action's inputs are the CLI's flags by name: action.yml, OPTION_SPECS and the input reader must agree,
 * so the two fronts cannot drift apart.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { OPTION_SPECS, parseConfig } from '../../src/config/parse.js'
import { InputError } from '../../src/errors.js'
import {
  ACTION_ONLY_INPUTS,
  inActionTerms,
  inputNameOf,
  readRawOptions,
  readSettings
} from '../../src/github/inputs.js'
import { actionOutputs } from '../../src/github/outputs.js'
import { syntheticReport } from './fixtures.js'

interface ActionYaml {
  runs: { using: string; main: string }
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
}

const action = parseYaml(
  readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')
) as ActionYaml

const reader =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? ''

describe('action.yml', () => {
  it('runs dist/index.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('has an input for every CLI option, and no other input besides the action-only ones', () => {
    const optionInputs = OPTION_SPECS.map((spec) => inputNameOf(spec.name))
    expect(Object.keys(action.inputs).sort()).toEqual(
      [...optionInputs, ...ACTION_ONLY_INPUTS].sort()
    )
  })

  it('documents every input, and states each CLI default the way the CLI applies it', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description.length, name).toBeGreaterThan(10)
    }
    for (const spec of OPTION_SPECS) {
      const input = action.inputs[inputNameOf(spec.name)]
      // The code applies CLI defaults; a `default:` here would be a second source that can drift.
      expect(input.default, spec.name).toBeUndefined()
      if (spec.default !== undefined) {
        expect(input.description.replace(/\s+/g, ' '), spec.name).toContain(
          `Default: ${spec.default}.`
        )
      }
    }
  })

  it('declares the outputs the action sets', () => {
    const outputs = actionOutputs(syntheticReport({ classes: ['a', 'b'] }), 'r.json', null)
    expect(Object.keys(action.outputs).sort()).toEqual(Object.keys(outputs).sort())
  })
})

describe('the repository’s workflows', () => {
  interface Workflow {
    permissions?: Record<string, string>
    jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>
  }
  const workflows = readdirSync(new URL('../../.github/workflows/', import.meta.url)).map(
    (file) => ({
      file,
      workflow: parseYaml(
        readFileSync(new URL(`../../.github/workflows/${file}`, import.meta.url), 'utf8')
      ) as Workflow
    })
  )

  it('pin third-party actions to a full commit SHA, the tag in a comment', () => {
    const sources = readdirSync(new URL('../../.github/workflows/', import.meta.url)).map((file) =>
      readFileSync(new URL(`../../.github/workflows/${file}`, import.meta.url), 'utf8')
    )
    const uses = sources.flatMap((text) => [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)])
    const thirdParty = uses.filter(([, ref]) => !ref.startsWith('./'))
    expect(thirdParty.length).toBeGreaterThan(0)
    for (const [line, ref, comment] of thirdParty) {
      expect(ref, line).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/)
      expect(comment.trim(), line).toMatch(/^# v\d+\.\d+\.\d+$/)
    }
  })

  it('read the Node version from .node-version', () => {
    const nodeVersion = readFileSync(new URL('../../.node-version', import.meta.url), 'utf8').trim()
    expect(Number(nodeVersion)).toBeGreaterThanOrEqual(20)
    for (const { file, workflow } of workflows) {
      const setups = Object.values(workflow.jobs).flatMap((job) =>
        job.steps.filter((s) => s.uses?.startsWith('actions/setup-node@'))
      )
      for (const setup of setups)
        expect(String(setup.with?.['node-version-file']), file).toMatch(/\.node-version|matrix/)
    }
  })

  it('give the action only inputs it has', () => {
    const steps = workflows.flatMap(({ file, workflow }) =>
      Object.values(workflow.jobs).flatMap((job) =>
        job.steps.filter((s) => s.uses === './').map((s) => ({ file, with: s.with ?? {} }))
      )
    )
    expect(steps.map((s) => s.file).sort()).toEqual(['ci.yml', 'classdiff-publish.yml'])
    for (const step of steps) {
      for (const name of Object.keys(step.with))
        expect(Object.keys(action.inputs), step.file).toContain(name)
    }
  })

  it('declare least-privilege permissions: read-only, except publishing and releasing', () => {
    for (const { file, workflow } of workflows) {
      expect(workflow.permissions, file).toBeDefined()
      const writes = Object.entries(workflow.permissions ?? {}).filter(
        ([, level]) => level === 'write'
      )
      if (file === 'classdiff-publish.yml') {
        expect(Object.fromEntries(writes)).toEqual({ checks: 'write', 'pull-requests': 'write' })
      } else if (file === 'release.yml') {
        // The release and the moved major tag (docs/design.md#releases).
        expect(Object.fromEntries(writes)).toEqual({ contents: 'write' })
      } else {
        expect(writes, file).toEqual([])
      }
    }
  })
})

describe('reading inputs', () => {
  it('gives every option to parseConfig by its CLI name, lists one item per line', () => {
    const raw = readRawOptions(
      reader({
        baseline: 'models/seed1.onnx\n\n  models/seed2.onnx  \n',
        candidate: 'models/new.onnx',
        data: 'data/val',
        'report-dir': 'out',
        'max-class-drop': ' 3 ',
        'allow-outside-root': 'false'
      })
    )
    expect(raw).toEqual({
      baseline: ['models/seed1.onnx', 'models/seed2.onnx'],
      candidate: 'models/new.onnx',
      data: 'data/val',
      'out-dir': 'out',
      'max-class-drop': '3',
      'allow-outside-root': 'false'
    })
    const config = parseConfig(raw, '/workspace')
    expect(config.baselines.map((b) => b.path)).toEqual([
      '/workspace/models/seed1.onnx',
      '/workspace/models/seed2.onnx'
    ])
    expect(config.outDir).toBe('/workspace/out')
    expect(config.policy.maxClassDrop).toBe(3)
  })

  it('leaves empty inputs out, so the CLI defaults apply', () => {
    expect(readRawOptions(reader({ candidate: '  ' }))).toEqual({})
  })

  it('reads the action-only settings with their defaults', () => {
    expect(readSettings(reader({ 'github-token': 'ghs_x' }))).toEqual({
      mode: 'evaluate',
      token: 'ghs_x',
      comment: true,
      failOnDrop: true,
      title: undefined,
      artifactName: 'classdiff-report',
      actionsCache: true,
      commentAuthor: null
    })
    expect(
      readSettings(
        reader({
          comment: 'False',
          'fail-on-drop': 'FALSE',
          mode: 'publish',
          'actions-cache': 'false'
        })
      )
    ).toMatchObject({
      comment: false,
      failOnDrop: false,
      mode: 'publish',
      actionsCache: false
    })
  })

  it('rejects a setting it cannot read, naming the input', () => {
    expect(() => readSettings(reader({ 'fail-on-drop': 'yes please' }))).toThrow(
      new InputError('input fail-on-drop must be true or false, got "yes please"')
    )
    expect(() => readSettings(reader({ mode: 'deploy' }))).toThrow(
      /input mode must be one of evaluate, report, publish/
    )
  })

  it('takes comment-author as a GitHub login or an App’s [bot] account, nothing else', () => {
    for (const login of ['acme-gate[bot]', 'octocat', 'a', `a${'-b'.repeat(19)}`]) {
      expect(readSettings(reader({ 'comment-author': ` ${login}\n` })).commentAuthor).toBe(login)
    }
    for (const bad of [
      '-lead',
      'trail-',
      'two--hyphens',
      'x'.repeat(40),
      'bot[bot][bot]',
      'a b',
      'x\u202e'
    ]) {
      expect(() => readSettings(reader({ 'comment-author': bad })), bad).toThrow(
        /^input comment-author must be a GitHub login such as my-app\[bot\], got "/
      )
    }
  })

  it('speaks of inputs, not flags, in parseConfig’s messages', () => {
    expect(inActionTerms('--max-class-drop must be a number, got "x"')).toBe(
      'input max-class-drop must be a number, got "x"'
    )
    expect(inActionTerms('give --candidate MODEL.onnx or --candidate-predictions FILE')).toBe(
      'give input candidate MODEL.onnx or input candidate-predictions FILE'
    )
    expect(inActionTerms('--out-dir is not writable')).toBe('input report-dir is not writable')
    expect(inActionTerms('models/a--candidate.onnx: not found')).toBe(
      'models/a--candidate.onnx: not found'
    )
  })
})
