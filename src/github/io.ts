/**
 * Everything the action says to the runner, behind one interface: log lines, annotations, groups, outputs,
 * the job summary and the step's failure. The action uses `@actions/core`; in-process tests record calls.
 */
import * as core from '@actions/core'
import { safeLine } from '../log.js'

export interface AnnotationProperties {
  readonly title?: string
}

export interface ActionIO {
  info(message: string): void
  debug(message: string): void
  notice(message: string, properties?: AnnotationProperties): void
  warning(message: string, properties?: AnnotationProperties): void
  error(message: string, properties?: AnnotationProperties): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  setOutput(name: string, value: string): void
  /** Appends markdown to the job summary; false when the runner gave no summary file. */
  writeSummary(markdown: string): Promise<boolean>
  setFailed(message: string): void
}

/** Annotation properties with their title made safe like the message. */
function safeProperties(properties: AnnotationProperties | undefined): core.AnnotationProperties {
  return properties?.title === undefined ? {} : { title: safeLine(properties.title, 200) }
}

/**
 * Every line and annotation goes through safeLine: untrusted text (class names, ids, file names) can neither
 * break a line nor start one as a workflow command (docs/failure-modes.md).
 */
export const coreIO: ActionIO = {
  info: (message) => core.info(safeLine(message)),
  debug: (message) => core.debug(safeLine(message, 20_000)),
  notice: (message, properties) => core.notice(safeLine(message), safeProperties(properties)),
  warning: (message, properties) => core.warning(safeLine(message), safeProperties(properties)),
  error: (message, properties) => core.error(safeLine(message), safeProperties(properties)),
  group: (name, fn) => core.group(safeLine(name), fn),
  setOutput: (name, value) => core.setOutput(name, value),
  writeSummary: async (markdown) => {
    // Outside a runner (local runs) there is no summary file; core.summary would throw.
    if (!process.env.GITHUB_STEP_SUMMARY) return false
    await core.summary.addRaw(markdown, true).write()
    return true
  },
  setFailed: (message) => core.setFailed(safeLine(message))
}
