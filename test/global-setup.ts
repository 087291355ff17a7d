/**
 * Before every `vitest run`: bundles the sources the tests start as processes (test/helpers/fronts.ts), so
 * they test `src/` as it is now.
 */
import { buildSources } from './helpers/fronts.js'

export default async function setup(): Promise<void> {
  await buildSources()
}
