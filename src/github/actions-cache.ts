/**
 * The GitHub Actions cache behind `--cache-dir`: baseline predictions survive from one workflow run to the
 * next without any workflow setup, so a baseline is evaluated once per baseline version, not on every push.
 * The cache service is only there inside a real Actions job; elsewhere this returns null and the run goes on
 * without it. Every failure of the service is a warning: a cache can only make a run faster.
 */
import * as cache from '@actions/cache'
import { describeError } from '../errors.js'
import type { RemoteCache } from '../model/prediction-cache.js'

/** Actions cache keys are scoped to the repository and branch; the prefix keeps ours apart from others'. */
const KEY_PREFIX = 'classdiff-predictions-'

export function actionsCache(log: {
  info(m: string): void
  warn(m: string): void
}): RemoteCache | null {
  if (!cache.isFeatureAvailable()) return null
  return {
    async restore(file, key) {
      try {
        const hit = await cache.restoreCache([file], KEY_PREFIX + key)
        if (hit !== undefined)
          log.info(`Restored baseline predictions from the Actions cache (${hit})`)
        return hit !== undefined
      } catch (error) {
        log.warn(`Actions cache: could not restore ${KEY_PREFIX + key}: ${describeError(error)}`)
        return false
      }
    },
    async save(file, key) {
      try {
        await cache.saveCache([file], KEY_PREFIX + key)
        log.info(`Saved baseline predictions to the Actions cache (${KEY_PREFIX + key})`)
      } catch (error) {
        // Another job saving the same key first is the common, harmless case.
        log.warn(`Actions cache: could not save ${KEY_PREFIX + key}: ${describeError(error)}`)
      }
    }
  }
}
