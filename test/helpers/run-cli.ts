import { spawn } from 'node:child_process'
import { tmpdir } from 'node:os'
import { frontScript, type Build } from './fronts.js'

export { REPO_ROOT } from './fronts.js'

export interface CliRun {
  /** The exit code; null when a signal ended the process. */
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

export interface CliOptions {
  readonly cwd?: string
  /** A script to run instead of classdiff's CLI (e.g. scripts/demo.mjs). */
  readonly cli?: string
  /** Which CLI: the sources (the default, see test/helpers/fronts.ts) or the bundle. */
  readonly build?: Build
  /** Node's own options, before the CLI (e.g. `--import` a preload). */
  readonly nodeArgs?: readonly string[]
  /** The Node executable (default: the one running the tests). */
  readonly node?: string
  readonly env?: NodeJS.ProcessEnv
}

/**
 * Runs `node <cli> args…` as a child process and collects its output. By default in the system's temp folder,
 * where the tests' sets and models live: classdiff reads only inside the working directory and the data root.
 */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  const cli = options.cli ?? frontScript('cli', options.build)
  return new Promise((resolve, reject) => {
    const child = spawn(
      options.node ?? process.execPath,
      [...(options.nodeArgs ?? []), cli, ...args],
      {
        cwd: options.cwd ?? tmpdir(),
        env: { ...process.env, CLASSDIFF_DEBUG: '', ...options.env },
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
}
