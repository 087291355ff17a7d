/**
 * Action inputs → the CLI's raw options plus the settings only the action has. The inputs are the CLI's
 * flags by name (OPTION_SPECS), so both fronts share one schema; a test keeps action.yml in step.
 */
import { OPTION_SPECS, type RawOptions } from '../config/parse.js'
import { InputError } from '../errors.js'

/** Inputs that exist only in the action (publishing, gating the step), not as CLI flags. */
export const ACTION_ONLY_INPUTS = [
  'github-token',
  'mode',
  'comment',
  'fail-on-drop',
  'title',
  'artifact-name',
  'actions-cache'
] as const

/**
 * CLI options whose action input has another name: the issue names the report folder `report-dir` in
 * the action, the CLI calls it `--out-dir`.
 */
export const INPUT_ALIASES: Readonly<Record<string, string>> = { 'out-dir': 'report-dir' }

/** The action input that carries a CLI option. */
export function inputNameOf(optionName: string): string {
  return INPUT_ALIASES[optionName] ?? optionName
}

export type ActionMode = 'evaluate' | 'report' | 'publish'

export interface ActionSettings {
  /** evaluate: run the comparison; report: merge shard outputs; publish: post another run's report (workflow_run). */
  readonly mode: ActionMode
  readonly token: string
  /** Post (or update) the sticky PR comment. */
  readonly comment: boolean
  /** Fail the step when the verdict is fail. */
  readonly failOnDrop: boolean
  /** Heading of the comment and check run, to tell several evaluations apart. */
  readonly title: string | undefined
  /** Publish mode: the name of the evaluating run's artifact holding report.json and pr.json. */
  readonly artifactName: string
  /** Keep baseline predictions in the GitHub Actions cache between runs. */
  readonly actionsCache: boolean
}

/** How a front reads one input: `core.getInput` in the action, a map in tests. */
export type InputReader = (name: string) => string

const MODES: readonly ActionMode[] = ['evaluate', 'report', 'publish']

/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them; empty = the default. */
function booleanInput(read: InputReader, name: string, fallback: boolean): boolean {
  const text = read(name).trim()
  if (text === '') return fallback
  if (['true', 'True', 'TRUE'].includes(text)) return true
  if (['false', 'False', 'FALSE'].includes(text)) return false
  throw new InputError(`input ${name} must be true or false, got "${text.slice(0, 40)}"`)
}

export function readSettings(read: InputReader): ActionSettings {
  const mode = read('mode').trim() || 'evaluate'
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new InputError(
      `input mode must be one of ${MODES.join(', ')}, got "${mode.slice(0, 40)}"`
    )
  }
  return {
    mode: mode as ActionMode,
    token: read('github-token').trim(),
    comment: booleanInput(read, 'comment', true),
    failOnDrop: booleanInput(read, 'fail-on-drop', true),
    title: read('title').trim() || undefined,
    artifactName: read('artifact-name').trim() || 'classdiff-report',
    actionsCache: booleanInput(read, 'actions-cache', true)
  }
}

/**
 * Every OPTION_SPECS option from its input: lists (`strings`) one item per line, the rest as given
 * (parseConfig validates). Empty inputs are left out so the option's default applies.
 */
export function readRawOptions(read: InputReader): RawOptions {
  const raw: Record<string, string | readonly string[]> = {}
  for (const spec of OPTION_SPECS) {
    const text = read(inputNameOf(spec.name))
    if (spec.kind === 'strings') {
      const items = text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '')
      if (items.length > 0) raw[spec.name] = items
    } else if (text.trim() !== '') {
      raw[spec.name] = text.trim()
    }
  }
  return raw
}

/**
 * parseConfig speaks in CLI flags (`--max-class-drop`); in the action the user wrote inputs, so name those.
 */
export function inActionTerms(message: string): string {
  const names = OPTION_SPECS.map((spec) => spec.name).sort((a, b) => b.length - a.length)
  const pattern = new RegExp(
    `(^|[\\s("'])--(${names.map((n) => n.replace(/-/g, '\\-')).join('|')})(?![\\w-])`,
    'g'
  )
  return message.replace(
    pattern,
    (_all, before: string, name: string) => `${before}input ${inputNameOf(name)}`
  )
}
