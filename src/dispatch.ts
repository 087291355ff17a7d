/**
 * The one dispatch both fronts share: a command and its raw options (CLI flags or action inputs) run the
 * pipeline and come back as an outcome, a report or an evaluated shard (docs/design.md#interfaces). The
 * fronts keep what is theirs: the CLI its help, summary and exit code; the action the pull request's
 * default baseline, the Actions cache and publishing.
 */
import { parseConfig, parseReportOptions, type RawOptions } from './config/parse.js'
import type { Config } from './config/types.js'
import { InputError } from './errors.js'
import type { Logger } from './log.js'
import {
  runCompare,
  runReport,
  runShard,
  type ReportResult,
  type RunOptions,
  type ShardResult
} from './pipeline.js'

/** `compare` (the whole set, or one shard with `--shard`) or `report` (merge shards). */
export type Outcome =
  | { readonly kind: 'report'; readonly result: ReportResult }
  | { readonly kind: 'shard'; readonly result: ShardResult }

export interface FrontOptions extends RunOptions {
  /** The front's own changes to a parsed `compare` configuration (the action: the PR base's label, its cache folder). */
  readonly configure?: (config: Config) => Config
}

/** Parses `raw` for `command` (paths resolve against `workDir`), runs it, and returns what it made. */
export async function dispatch(
  command: string,
  raw: RawOptions,
  workDir: string,
  log: Logger,
  front: FrontOptions = {}
): Promise<Outcome> {
  const { configure, ...run } = front
  if (command === 'compare') {
    const parsed = parseConfig(raw, workDir)
    const config = configure === undefined ? parsed : configure(parsed)
    const options: RunOptions = { ...run, baseDir: run.baseDir ?? workDir }
    return config.shard === null
      ? { kind: 'report', result: await runCompare(config, log, options) }
      : { kind: 'shard', result: await runShard(config, log, options) }
  }
  if (command === 'report') {
    const options: RunOptions = { ...run, baseDir: run.baseDir ?? workDir }
    return {
      kind: 'report',
      result: await runReport(parseReportOptions(raw, workDir), log, options)
    }
  }
  throw new InputError(`unknown command "${command}" (see classdiff --help)`)
}
