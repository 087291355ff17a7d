/**
 * Prints the seed-noise figures docs/seed-noise.md quotes: `npx tsx bench/measure-seed-noise.ts`.
 */
import { compare } from '../src/analysis/compare.js'
import type { Comparison } from '../src/analysis/types.js'
import { DEFAULT_POLICY } from '../test/helpers/policy.js'
import { SeedPopulation } from '../test/analysis/scenarios.js'

const count = (comparison: Comparison, status: string) =>
  comparison.classes.filter((c) => c.status === status).length

function table(classes: number, images: number, classNoise: number, imageNoise: number): void {
  console.log(
    `\n${classes} classes × ${images} images, class pull N(0, ${classNoise}), image jitter N(0, ${imageNoise})\n`
  )
  console.log(
    '| population | φ | uncalibrated: hurt / helped | calibrated: hurt / helped | class 7 loses half its right answers: lost, status uncalibrated → calibrated | fewest lost to be hurt, uncalibrated → calibrated |'
  )
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const seed of [1, 2, 3, 4, 5]) {
    const population = new SeedPopulation(classes, images, classNoise, imageNoise, seed)
    const [baseline, replicate, candidate] = [10, 11, 12].map((s) => population.checkpoint(s))
    const plain = compare(population.input(baseline, candidate), DEFAULT_POLICY)
    const calibrated = compare(population.input(baseline, candidate, [replicate]), DEFAULT_POLICY)
    const withDrop = population.withDrop(candidate, 7, 0.5, 99)
    const droppedPlain = compare(population.input(baseline, withDrop), DEFAULT_POLICY)
    const dropped = compare(population.input(baseline, withDrop, [replicate]), DEFAULT_POLICY)
    console.log(
      `| ${seed} | ${calibrated.calibration?.dispersion.toFixed(2)} | ${count(plain, 'hurt')} / ${count(plain, 'helped')} | ` +
        `${count(calibrated, 'hurt')} / ${count(calibrated, 'helped')} | ` +
        `${dropped.classes[7].lost}, ${droppedPlain.classes[7].status} → ${dropped.classes[7].status} | ` +
        `${plain.power?.minimumLostForSignificance} → ${calibrated.power?.minimumLostForSignificance} |`
    )
  }
}

table(100, 400, 0, 0.15)
table(100, 400, 0.03, 0.15)
table(1000, 50, 0.03, 0.15)
