/** The action's entry point (bundled to dist/index.js, run by the runner as node24). */
import { run } from './main.js'

await run()
