/**
 * Times the analysis at ImageNet scale (50,000 images × 1,000 classes, ReaL multi-labels, WordNet) — a
 * script, not a test, so no timed assertions: `npx tsx bench/measure-analysis-time.ts`.
 */
import { compare } from '../src/analysis/compare.js'
import { DEFAULT_POLICY } from '../test/helpers/policy.js'
import { loadImageNetLabels } from '../test/analysis/imagenet-labels.js'
import {
  churn,
  imagenetInput,
  injectShifts,
  realisticBaseline
} from '../test/analysis/scenarios.js'

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function time(label: string, runs: number, run: () => unknown): void {
  run() // warm-up: the first run includes JIT compilation
  const times: number[] = []
  for (let k = 0; k < runs; k++) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  console.log(
    `${label}: median ${median(times).toFixed(1)} ms, best ${Math.min(...times).toFixed(1)} ms (${runs} runs)`
  )
}

const loadStart = performance.now()
const imagenet = loadImageNetLabels()
console.log(`reading the label files: ${(performance.now() - loadStart).toFixed(0)} ms`)

const baseline = realisticBaseline(imagenet, 3)
const candidate = injectShifts(
  imagenet,
  churn(imagenet, baseline, 103),
  [
    { from: 'laptop', to: 'notebook', share: 0.7, onlyWhereValid: true },
    { from: 'academic gown', to: 'mortarboard', share: 1 },
    { from: 'golden retriever', to: 'Labrador retriever', share: 0.7 },
    { from: 'volcano', to: 'toaster', share: 0.7 }
  ],
  203
)
const replicates = [churn(imagenet, baseline, 301), churn(imagenet, baseline, 302)]

// How busy the machine is: one plain pass over 50,000 typed-array entries.
const labels = imagenet.labels
time('reference loop (one pass, 50,000 entries)', 20, () => {
  const counts = new Int32Array(1000)
  for (let i = 0; i < labels.length; i++) counts[labels[i]]++
  return counts
})
time('compare, 50,000 images × 1,000 classes', 10, () =>
  compare(imagenetInput(imagenet, baseline, candidate), DEFAULT_POLICY)
)
time('compare with 2 seed replicates', 10, () =>
  compare(imagenetInput(imagenet, baseline, candidate, replicates), DEFAULT_POLICY)
)
