/**
 * What every row of the failure-mode catalogue (docs/failure-modes.md) asserts, through the fronts started as
 * processes (the sources by default; test/helpers/fronts.ts):
 *
 * - the CLI (`classdiff compare`) exits 2, prints exactly one line besides its stage lines, `classdiff: …`,
 *   naming the culprit, no stack trace, and writes no report (the out-dir is never created);
 * - the action (as the runner starts it) fails the step with exactly one error annotation naming the culprit,
 *   as an input error (not "classdiff failed: …", which marks a bug), no stack trace, and the local GitHub
 *   received no write: no comment, no check run.
 *
 * Test names start with the row's id in brackets, `[model-nan] …`; catalogue.test.ts holds the table and the
 * tests to each other.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect } from 'vitest'
import type { StepResult } from '../github/e2e/harness.js'
import type { GitHubServer } from '../helpers/github-server/server.js'
import { writeColourClassifier } from '../helpers/onnx/colour-classifier.js'
import { runCli, type CliRun } from '../helpers/run-cli.js'
import { writeSolidImage } from '../model/helpers/images.js'
import { PALETTE } from '../model/helpers/palette.js'

export const CLASSES = ['red', 'green', 'blue', 'yellow'] as const

/** A scratch folder for one test file. */
export async function scratch(prefix: string): Promise<{
  dir: string
  at: (...parts: string[]) => string
  cleanup: () => Promise<void>
}> {
  const dir = await mkdtemp(path.join(tmpdir(), `classdiff-hardening-${prefix}-`))
  return {
    dir,
    at: (...parts) => path.join(dir, ...parts),
    cleanup: () => rm(dir, { recursive: true, force: true })
  }
}

/**
 * The good evaluation everything else is a variant of, in `dir`: one 8×8 PNG per class in data/
 * (`red.png` …), data/manifest.csv and data/classes.txt, a nearest-colour classifier models/good.onnx that
 * gets all four right, and predictions/good.jsonl saying the same.
 */
export async function writeGoodSet(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'data'), { recursive: true })
  await mkdir(path.join(dir, 'models'), { recursive: true })
  await mkdir(path.join(dir, 'predictions'), { recursive: true })
  for (const [label, name] of CLASSES.entries()) {
    await writeSolidImage(path.join(dir, 'data', `${name}.png`), PALETTE[label], 8, 8)
  }
  await writeFile(
    path.join(dir, 'data', 'manifest.csv'),
    ['file,label', ...CLASSES.map((name, label) => `${name}.png,${label}`)].join('\n') + '\n'
  )
  await writeFile(path.join(dir, 'data', 'classes.txt'), CLASSES.join('\n') + '\n')
  await writeColourClassifier(path.join(dir, 'models', 'good.onnx'), { prototypes: PALETTE })
  await writeFile(
    path.join(dir, 'predictions', 'good.jsonl'),
    CLASSES.map((name, label) => JSON.stringify({ id: `${name}.png`, top: [label] })).join('\n') +
      '\n'
  )
}

/** Lines the CLI writes on stderr while it works (never progress bars: stderr is not a terminal here). */
const STAGE_LINE =
  /^(Loading the evaluation set…|Reading predictions files…|Running \d+ model\(s\) on \d+ images…|\d+ images, \d+ classes(, with multi-labels)?|--(baseline|candidate|data)\S* .*: \S+ at commit [0-9a-f]{12}|--data .*: \d+ files at commit [0-9a-f]{12})$/

export interface CompareRun extends CliRun {
  readonly outDir: string
}

let runs = 0

/**
 * `classdiff compare` as a process (the sources by default, test/helpers/fronts.ts), run in `cwd` so relative
 * paths read as a user typed them, with a fresh --out-dir.
 */
export async function compare(cwd: string, args: readonly string[]): Promise<CompareRun> {
  const outDir = path.join(cwd, `out-${++runs}`)
  return { ...(await runCli(['compare', ...args, '--out-dir', outDir], { cwd })), outDir }
}

/** The CLI's refusal: exit 2, one line naming the culprit, no stack trace, nothing written. Returns the line. */
export function expectCliRefusal(run: CompareRun, culprit: RegExp): string {
  const lines = run.stderr.split('\n').filter((line) => line.trim() !== '')
  const said = lines.filter((line) => !STAGE_LINE.test(line))
  expect(said, run.stderr).toHaveLength(1)
  const [line] = said as [string]
  expect(line).toMatch(/^classdiff: /)
  expect(line).toMatch(culprit)
  expect(run.code, run.stderr).toBe(2)
  expect(run.stdout).toBe('')
  expect(existsSync(run.outDir), 'the out-dir was written').toBe(false)
  return line
}

/** The CLI evaluated the set: a pass, with a report. */
export function expectCliPass(run: CompareRun): void {
  expect(run.code, run.stderr).toBe(0)
  expect(run.stdout).toMatch(/^classdiff: PASS/)
  expect(existsSync(path.join(run.outDir, 'report.json'))).toBe(true)
}

/**
 * The action's refusal: a failed step (exit 1, as core.setFailed leaves it) whose one error annotation names
 * the culprit as an input error, no stack trace in the log, and no write to GitHub. Returns the message.
 */
export function expectActionRefusal(
  result: StepResult,
  server: GitHubServer,
  culprit: RegExp,
  exitCode: number | null = 1
): string {
  const errors = result.annotations.filter((a) => a.level === 'error')
  expect(errors, result.stdout).toHaveLength(1)
  const message = (errors[0] as { message: string }).message
  expect(message).toMatch(culprit)
  expect(message, 'an unexpected error, not an input error').not.toMatch(/^classdiff failed:/)
  expect(message).not.toContain('\n')
  expect(result.exitCode, result.stdout + result.stderr).toBe(exitCode)
  expect(result.stdout + result.stderr).not.toMatch(/(\n|%0A)\s+at \S+/)
  expect(server.writes).toEqual([])
  expect(server.checkRuns).toEqual([])
  return message
}
