import { spawn } from 'node:child_process'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..')
/** The bundled CLI, as users run it. */
export const DIST_CLI = path.join(REPO_ROOT, 'dist', 'cli.js')

export interface CliRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/**
 * Runs `node <cli> args…` as a child process and collects its output. By default in the system's temp folder,
 * where the tests' sets and models live: classdiff reads only inside the working directory and the data root.
 */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; cli?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.cli ?? DIST_CLI, ...args], {
      cwd: options.cwd ?? tmpdir(),
      env: { ...process.env, CLASSDIFF_DEBUG: '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}
