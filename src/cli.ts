import { parseArgs } from 'node:util'
import type { ParseArgsConfig } from 'node:util'
import { OPTION_SPECS, type RawOptions } from './config/parse.js'
import { dispatch } from './dispatch.js'
import { describeError, InputError } from './errors.js'
import { safeLine, type Logger } from './log.js'
import { createProgressReporter, type ProgressReporter } from './model/progress.js'
import { summaryLines } from './report/summary.js'
import type { ReportResult } from './report/write.js'
import { VERSION } from './version.js'

/** Exit codes (docs/design.md#interfaces). */
const EXIT_PASS = 0
const EXIT_GATE_FAILED = 1
const EXIT_BAD_INPUT = 2

const USAGE = `Usage: classdiff compare --baseline A.onnx --candidate B.onnx --data DIR|manifest.csv|manifest.jsonl [options]
       classdiff compare --baseline-predictions A.jsonl --candidate-predictions B.jsonl --data manifest.csv [options]
       classdiff compare … --shard I/N --out-dir shard-I     evaluate one slice of the set
       classdiff report --shards DIR [--shards DIR…] [gate options] [--out-dir D]     merge shards into one report
       classdiff --help | --version

Compares two image classifiers class by class and fails when a class dropped significantly.
Exit codes: 0 passed, 1 the gate failed, 2 bad input or usage.`

function helpText(): string {
  const rows = OPTION_SPECS.map((spec) => {
    const flag = `--${spec.name}${spec.value ? ` ${spec.value}` : ''}`
    const fallback =
      spec.default !== undefined && spec.kind !== 'boolean' ? ` (default ${spec.default})` : ''
    return `  ${flag.padEnd(44)} ${spec.description}${fallback}`
  })
  return `${USAGE}\n\nOptions:\n${rows.join('\n')}\n  ${'--help'.padEnd(44)} Show this help.\n`
}

/** Progress and stage names go to stderr, so stdout carries only the summary. */
function stderrLogger(): Logger {
  let progress: ProgressReporter | null = null
  return {
    info: (message) => process.stderr.write(`${safeLine(message)}\n`),
    warn: (message) => process.stderr.write(`warning: ${safeLine(message)}\n`),
    group: async (name, fn) => {
      process.stderr.write(`${safeLine(name)}…\n`)
      return fn()
    },
    progress: (done, total) => {
      progress ??= createProgressReporter()
      progress.update(done, total)
      if (done >= total) {
        progress.finish()
        progress = null
      }
    }
  }
}

function parseCommandLine(argv: readonly string[]): {
  command: string | null
  raw: RawOptions
  help: boolean
  version: boolean
} {
  const options: ParseArgsConfig['options'] = {
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' }
  }
  for (const spec of OPTION_SPECS) {
    options[spec.name] =
      spec.kind === 'boolean'
        ? { type: 'boolean' }
        : { type: 'string', multiple: spec.kind === 'strings' }
  }
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new InputError(`${describeError(error)} (see classdiff --help)`)
  }
  const { help, version, ...raw } = parsed.values as Record<
    string,
    string | string[] | boolean | undefined
  >
  if (parsed.positionals.length > 1) {
    throw new InputError(`unexpected argument "${parsed.positionals[1]}" (see classdiff --help)`)
  }
  return {
    command: parsed.positionals[0] ?? null,
    raw,
    help: help === true,
    version: version === true
  }
}

/** Runs the CLI and returns its exit code; never throws. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const { command, raw, help, version } = parseCommandLine(argv)
    if (version) {
      process.stdout.write(`${VERSION}\n`)
      return EXIT_PASS
    }
    if (help || command === null) {
      process.stdout.write(helpText())
      return help ? EXIT_PASS : EXIT_BAD_INPUT
    }
    const outcome = await dispatch(command, raw, process.cwd(), stderrLogger())
    if (outcome.kind === 'report') return reportOutcome(outcome.result)
    const { shard, images, manifest } = outcome.result
    process.stdout.write(
      `${safeLine(`classdiff: shard ${shard.index}/${shard.count} evaluated ${images} images; merge with "classdiff report --shards DIR…" (${manifest})`)}\n`
    )
    return EXIT_PASS
  } catch (error) {
    process.stderr.write(`classdiff: ${safeLine(describeError(error))}\n`)
    if (process.env.CLASSDIFF_DEBUG && error instanceof Error)
      process.stderr.write(`${error.stack}\n`)
    return EXIT_BAD_INPUT
  }
}

function reportOutcome(result: ReportResult): number {
  // Class names and paths come from the pull request: each line is made safe on its own.
  const lines = summaryLines(result.report, result.files.reportMarkdown).map((line) =>
    safeLine(line)
  )
  process.stdout.write(`${lines.join('\n')}\n`)
  return result.report.verdict === 'pass' ? EXIT_PASS : EXIT_GATE_FAILED
}

process.exitCode = await main(process.argv.slice(2))
