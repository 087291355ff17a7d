/**
 * Action inputs → the CLI's raw options plus the settings only the action has. The inputs are the CLI's
 * flags by name (OPTION_SPECS), so both fronts share one schema. OPTION_SPECS and ACTION_INPUT_SPECS are
 * also the one source of action.yml's `inputs:` and the README's input tables (`npm run docs`, which
 * `npm test` and CI check).
 */
import { OPTION_SPECS, type OptionSpec, type RawOptions } from '../config/parse.js'
import { excerpt } from '../data/text.js'
import { InputError } from '../errors.js'

/** An input that exists only in the action (publishing, gating the step), not as a CLI flag. */
export interface ActionInputSpec {
  readonly name: string
  /** Markdown-light: backticks mark names and values (dropped in action.yml, which shows plain text). */
  readonly description: string
  /**
   * action.yml's `default:`, which the runner fills in; readSettings applies the same value to an empty
   * input (a run without the runner: tests, local-action). `${{ github.token }}` only the runner knows.
   */
  readonly default?: string
}

export const ACTION_INPUT_SPECS: readonly ActionInputSpec[] = [
  {
    name: 'mode',
    default: 'evaluate',
    description:
      '`evaluate`: compare the models in this job and publish here. `report`: merge the outputs of sharded evaluations (input `shards`) and publish. `publish`: in a `workflow_run` workflow, download the report artifact of the triggering run, validate it, and post the PR comment and a `classdiff` check run (the fork-safe second half of the two-workflow setup).'
  },
  {
    name: 'github-token',
    default: '${{ github.token }}',
    description:
      'Token for the PR comment (`pull-requests: write`), the check run (`checks: write`) and, in publish mode, the artifact download (`actions: read`).'
  },
  {
    name: 'comment',
    default: 'true',
    description: 'Post the sticky PR comment (one per PR and evaluation, updated in place).'
  },
  {
    name: 'fail-on-drop',
    default: 'true',
    description:
      'Fail the step when the verdict is fail (a class dropped beyond the policy), so a required check blocks the merge.'
  },
  {
    name: 'comment-author',
    description:
      "The login classdiff's comment is posted as, for a GitHub App's installation token other than `GITHUB_TOKEN`: `APP-SLUG[bot]`. Only comments by this login that start with classdiff's marker are updated or deleted. Without it: the token's user (`GET /user`), or `github-actions[bot]` when GitHub refuses that question, as it does for every installation token (an App's would then get a new comment on each run)."
  },
  {
    name: 'title',
    description:
      'Heading of the comment and the check-run summary, to tell several evaluations in one workflow apart; without it, `classdiff`.'
  },
  {
    name: 'artifact-name',
    default: 'classdiff-report',
    description:
      "Publish mode: the name of the triggering run's artifact holding `report.json` and `pr.json` (the report directory)."
  },
  {
    name: 'actions-cache',
    default: 'true',
    description:
      "Keep baseline predictions in the GitHub Actions cache between runs (keyed by the model's hash, the preprocessing and the evaluation set), so a baseline is evaluated once per version, not on every push. The local folder is `cache-dir`, or the runner's temp folder."
  }
]

/** The names of the action-only inputs. */
export const ACTION_ONLY_INPUTS: readonly string[] = ACTION_INPUT_SPECS.map((spec) => spec.name)

/** The value an empty action-only input stands for (see ActionInputSpec.default). */
function actionDefault(name: string): string {
  const fallback = ACTION_INPUT_SPECS.find((spec) => spec.name === name)?.default
  if (fallback === undefined) throw new Error(`input ${name} has no default`)
  return fallback
}

/**
 * CLI options whose action input has another name: the issue names the report folder `report-dir` in
 * the action, the CLI calls it `--out-dir`.
 */
export const INPUT_ALIASES: Readonly<Record<string, string>> = { 'out-dir': 'report-dir' }

/** The action input that carries a CLI option. */
export function inputNameOf(optionName: string): string {
  return INPUT_ALIASES[optionName] ?? optionName
}

/**
 * What the action adds to a CLI option's description: action.yml and the README say it where the action
 * does more than the CLI.
 */
const INPUT_NOTES: Readonly<Record<string, string>> = {
  'out-dir':
    'In the action it also holds pr.json, and report.html is uploaded as a non-zipped artifact linked from the comment.'
}

/**
 * A CLI option's description as an action input's: flags named as inputs, the action's note, how lists are
 * given, and the default the code applies (stated in words: a `default:` in action.yml would reach
 * `mode: report`, which refuses compare-only inputs).
 */
export function inputDescription(spec: OptionSpec): string {
  const parts = [inActionTerms(spec.description, '')]
  const note = INPUT_NOTES[spec.name]
  if (note !== undefined) parts.push(note)
  if (spec.kind === 'strings') parts.push('One per line.')
  if (spec.default !== undefined) parts.push(`Default: ${spec.default}.`)
  return parts.join(' ')
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
  /** Who classdiff's comments are by (input `comment-author`); null: ask GitHub (src/github/sticky-comment.ts). */
  readonly commentAuthor: string | null
}

/** How a front reads one input: `core.getInput` in the action, a map in tests. */
export type InputReader = (name: string) => string

const MODES: readonly ActionMode[] = ['evaluate', 'report', 'publish']

/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them; empty = the default. */
function booleanInput(read: InputReader, name: string): boolean {
  const text = read(name).trim() || actionDefault(name)
  if (['true', 'True', 'TRUE'].includes(text)) return true
  if (['false', 'False', 'FALSE'].includes(text)) return false
  throw new InputError(`input ${name} must be true or false, got "${text.slice(0, 40)}"`)
}

export function readSettings(read: InputReader): ActionSettings {
  const mode = read('mode').trim() || actionDefault('mode')
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new InputError(
      `input mode must be one of ${MODES.join(', ')}, got "${mode.slice(0, 40)}"`
    )
  }
  return {
    mode: mode as ActionMode,
    token: read('github-token').trim(),
    comment: booleanInput(read, 'comment'),
    failOnDrop: booleanInput(read, 'fail-on-drop'),
    title: read('title').trim() || undefined,
    artifactName: read('artifact-name').trim() || actionDefault('artifact-name'),
    actionsCache: booleanInput(read, 'actions-cache'),
    commentAuthor: commentAuthorInput(read)
  }
}

/** A GitHub login (letters, digits, inner hyphens, at most 39), optionally an App's `[bot]` account. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/

function commentAuthorInput(read: InputReader): string | null {
  const text = read('comment-author').trim()
  if (text === '') return null
  if (!LOGIN.test(text)) {
    throw new InputError(
      `input comment-author must be a GitHub login such as my-app[bot], got ${excerpt(text)}`
    )
  }
  return text
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
 * parseConfig speaks in CLI flags (`--max-class-drop`); in the action the user wrote inputs, so name those:
 * `input max-class-drop` in a message, `max-class-drop` in a description (`prefix` '').
 */
export function inActionTerms(message: string, prefix = 'input '): string {
  const names = OPTION_SPECS.map((spec) => spec.name).sort((a, b) => b.length - a.length)
  const pattern = new RegExp(
    `(^|[\\s("'])--(${names.map((n) => n.replace(/-/g, '\\-')).join('|')})(?![\\w-])`,
    'g'
  )
  return message.replace(
    pattern,
    (_all, before: string, name: string) => `${before}${prefix}${inputNameOf(name)}`
  )
}
