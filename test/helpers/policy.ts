import { DEFAULT_KIND_THRESHOLDS } from '../../src/analysis/kinds.js'
import type { GatePolicy } from '../../src/analysis/types.js'

/** The gate as the CLI and the action default it (README "Options"): 5 points per class, 1 overall, α 0.05. */
export const DEFAULT_POLICY: GatePolicy = {
  maxClassDrop: 5,
  maxMeanDrop: 1,
  alpha: 0.05,
  metric: 'auto',
  kinds: DEFAULT_KIND_THRESHOLDS
}
