/**
 * Prints every table of docs/statistics.md: `npx tsx bench/measure-statistics.ts` (a few minutes).
 * statistics.test.ts recomputes the first table on fewer runs and checks the figures the doc quotes.
 */
import { compare } from '../src/analysis/compare.js'
import { mcnemarDropPValue, mcnemarTwoSidedPValue } from '../src/analysis/stats.js'
import { Population } from '../test/analysis/populations.js'
import {
  hurtUnderTheMargin,
  imagenetRows,
  imagenetTable,
  imagenetSized,
  summarize,
  type Scenario
} from '../test/analysis/power.js'
import { DEFAULT_POLICY } from '../test/helpers/policy.js'
import { SeedPopulation } from '../test/analysis/scenarios.js'

const runs = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1)
const percent = (x: number): string => `${(100 * x).toFixed(0)}%`

console.log('\n## ImageNet-sized case (20 runs each)\n')
console.log(imagenetTable(imagenetRows(runs(20))))

console.log(
  '\n## Power against drop size: seed-like noise, 1,000 classes × 50 images, 10 drops (10 runs)\n'
)
console.log('| drop | found (hurt) | by McNemar alone | by pair shift alone | false hurt per run |')
console.log('| --- | --- | --- | --- | --- |')
for (const drop of [0.1, 0.15, 0.2, 0.25, 0.3]) {
  const s = summarize(imagenetSized('seed-like', drop), runs(10))
  console.log(
    `| ${(drop * 100).toFixed(0)} points | ${percent(s.power)} | ${percent(s.powerMcNemar)} | ${percent(s.powerShift)} | ${s.meanFalseHurt.toFixed(2)} |`
  )
}

console.log(
  '\n## Power against class size: seed-like noise, 1,000 classes, 10 drops of 20 points (10 runs)\n'
)
console.log(
  '| images per class | replicates | found (hurt) | by McNemar alone | by pair shift alone | null run: false hurt per run (McNemar / pair shift) | null run: suspected |'
)
console.log('| --- | --- | --- | --- | --- | --- | --- |')
for (const images of [25, 50, 100, 200]) {
  for (const replicates of [0, 1]) {
    const scenario: Scenario = { ...imagenetSized('seed-like'), imagesPerClass: images, replicates }
    const s = summarize(scenario, runs(10))
    const n = summarize({ ...scenario, drop: 0 }, runs(10))
    console.log(
      `| ${images} | ${replicates} | ${percent(s.power)} | ${percent(s.powerMcNemar)} | ${percent(s.powerShift)} | ` +
        `${n.meanFalseHurt.toFixed(1)} (${n.meanFalseByMcNemar.toFixed(1)} / ${n.meanFalseByShift.toFixed(1)}) | ${n.meanSuspected.toFixed(1)} |`
    )
  }
}

console.log(
  '\n## Stronger seed noise: 1,000 classes × 50 images, 10 drops of 20 points (10 runs)\n'
)
console.log(
  '| class pull (σ) | replicates | found (hurt) | false hurt per run | null run: false hurt, mean / max | null run: suspected |'
)
console.log('| --- | --- | --- | --- | --- | --- |')
for (const classNoise of [0.02, 0.03, 0.05]) {
  for (const replicates of [0, 1]) {
    const scenario: Scenario = { ...imagenetSized('seed-like'), classNoise, replicates }
    const s = summarize(scenario, runs(10))
    const n = summarize({ ...scenario, drop: 0 }, runs(10))
    console.log(
      `| ${(classNoise * 100).toFixed(0)} points | ${replicates} | ${percent(s.power)} | ${s.meanFalseHurt.toFixed(2)} | ${n.meanFalseHurt.toFixed(2)} / ${n.maxFalseHurt} | ${n.meanSuspected.toFixed(1)} |`
    )
  }
}

console.log(
  '\n## A drop just under the margin: 20 classes × 5,000 images, structured noise (40 runs)\n'
)
console.log('| true drop of one class | called hurt |')
console.log('| --- | --- |')
for (const drop of [0.03, 0.045, 0.05, 0.06]) {
  console.log(`| ${(drop * 100).toFixed(1)} points | ${hurtUnderTheMargin(drop, runs(40))} of 40 |`)
}

console.log(
  '\n## Mixed class sizes: 50 classes × 400 images + 50 × 50, seed-like noise, 1 replicate (40 runs)\n'
)
{
  const largeCalls = { pooled: 0, bySize: 0, count: 0 }
  const phis = { small: 0, large: 0, pooled: 0 }
  const realised = { small: [0, 0], large: [0, 0] }
  for (const run of runs(40)) {
    const sizes = Array.from({ length: 100 }, (_, c) => (c < 50 ? 400 : 50))
    const population = new Population(
      { classes: 100, imagesPerClass: sizes, noise: 'seed-like' },
      8000 + run
    )
    const [baseline, replicate, candidate] = [1, 2, 3].map((k) =>
      population.model(8100 + 10 * run + k)
    )
    const result = compare(population.input(baseline, candidate, [replicate]), DEFAULT_POLICY)
    const calibration = result.calibration!
    const groups = calibration.bySize ?? []
    phis.pooled += calibration.dispersion / 40
    phis.small += (groups[0]?.dispersion ?? calibration.dispersion) / 40
    phis.large += (groups.at(-1)?.dispersion ?? calibration.dispersion) / 40
    for (const c of result.classes) {
      const d = c.lost + c.gained
      const key = c.support >= 400 ? 'large' : 'small'
      if (d > 0) {
        realised[key][0] += (c.lost - c.gained) ** 2 / d
        realised[key][1]++
      }
      if (key === 'large') {
        largeCalls.count++
        if (mcnemarDropPValue(c.lost, c.gained, calibration.dispersion) <= 0.01) largeCalls.pooled++
        if ((c.pValue ?? 1) <= 0.01) largeCalls.bySize++
      }
    }
  }
  console.log('| | classes of 50 | classes of 400 |')
  console.log('| --- | --- | --- |')
  console.log(
    `| realised dispersion, candidate vs baseline | ${(realised.small[0] / realised.small[1]).toFixed(1)} | ${(realised.large[0] / realised.large[1]).toFixed(1)} |`
  )
  console.log(`| φ per size group (mean) | ${phis.small.toFixed(1)} | ${phis.large.toFixed(1)} |`)
  console.log(`| one pooled φ (mean) | ${phis.pooled.toFixed(1)} | ${phis.pooled.toFixed(1)} |`)
  console.log(
    `\nClasses of 400 with one-sided p ≤ 0.01 (nominal 1%): pooled φ ${percent(largeCalls.pooled / largeCalls.count)}, ` +
      `φ per size group ${percent(largeCalls.bySize / largeCalls.count)} (of ${largeCalls.count} class tests).`
  )
}

console.log(
  '\n## The overall test under seed noise: 100 classes × 400 images, class pull 3 points (40 runs)\n'
)
{
  let plain = 0
  let calibrated = 0
  for (const run of runs(40)) {
    const population = new SeedPopulation(100, 400, 0.03, 0.15, 9000 + run)
    const [baseline, replicate, candidate] = [1, 2, 3].map((k) =>
      population.checkpoint(9100 + 10 * run + k)
    )
    const result = compare(population.input(baseline, candidate, [replicate]), DEFAULT_POLICY)
    if (mcnemarTwoSidedPValue(result.overall.lost, result.overall.gained) <= 0.05) plain++
    if (result.overall.pValue <= 0.05) calibrated++
  }
  console.log(
    `Runs with overall p ≤ 0.05 between two seeds (nominal 5%): uncalibrated ${plain} of 40, calibrated ${calibrated} of 40.`
  )
}
