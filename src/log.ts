/** How the pipeline talks to its front: the CLI prints to stderr, the action to the Actions log. */
export interface Logger {
  info(message: string): void
  warn(message: string): void
  /** A named, collapsible section of work. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  /** Inference progress; fronts decide how often and whether to show it. */
  progress?(done: number, total: number): void
}

/** A logger that keeps quiet: for tests and library use. */
export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  group: (_name, fn) => fn()
}
