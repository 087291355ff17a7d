/**
 * The action's front: wires the runner (`@actions/core`, the environment) to the flow in `src/github/`.
 * `@github/local-action` runs this file's `run` directly; `src/index.ts` calls it in the bundle.
 */
import * as core from '@actions/core'
import { runAction } from './github/action.js'
import { inActionTerms } from './github/inputs.js'
import { coreIO } from './github/io.js'
import { safeLine } from './log.js'
import { setFatalReporter } from './model/watchdog.js'

/** A workflow command's data, escaped as `@actions/core` escapes it (so the message stays one line). */
function commandData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export async function run(): Promise<void> {
  // A model that outlives --timeout ends the process from the watchdog thread: it fails the step the way
  // core.setFailed would, with an error annotation on stdout.
  setFatalReporter((message) => ({
    fd: 1,
    text: `::error::${commandData(safeLine(inActionTerms(message)))}\n`
  }))
  await runAction({ env: process.env, io: coreIO, readInput: (name) => core.getInput(name) })
}
