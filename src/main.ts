/**
 * The action's front: wires the runner (`@actions/core`, the environment) to the flow in `src/github/`.
 * `@github/local-action` runs this file's `run` directly; `src/index.ts` calls it in the bundle.
 */
import * as core from '@actions/core'
import { runAction } from './github/action.js'
import { coreIO } from './github/io.js'

export async function run(): Promise<void> {
  await runAction({ env: process.env, io: coreIO, readInput: (name) => core.getInput(name) })
}
