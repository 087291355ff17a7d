/**
 * The simulations behind docs/statistics.md: power against planted single-partner drops and false alarms
 * under each kind of noise, measured with classdiff's own `compare()`. Used by the doc script
 * (bench/measure-statistics.ts, many runs) and by statistics.test.ts (fewer runs, the same code).
 */
import { compare } from '../../src/analysis/compare.js'
import type { Comparison, GatePolicy } from '../../src/analysis/types.js'
import { disagreement, pickClasses, Population, type NoiseKind } from './populations.js'
import { DEFAULT_POLICY } from '../helpers/policy.js'

export interface Scenario {
  readonly noise: NoiseKind
  readonly classes: number
  readonly imagesPerClass: number | readonly number[]
  /** Size of each planted drop, a fraction (0.2 = 20 points); 0 plants none. */
  readonly drop: number
  /** How many classes get a drop. */
  readonly planted: number
  /** Further baseline seeds given for calibration. */
  readonly replicates?: number
  readonly policy?: GatePolicy
  /** Generator settings beyond the noise kind's defaults (populations.ts). */
  readonly classNoise?: number
  readonly lean?: number
  readonly imageNoise?: number
}

/** What one simulated run shows. */
export interface RunOutcome {
  readonly disagreement: number
  /** Planted classes called hurt. */
  readonly found: number
  /** Classes called hurt that were not planted. */
  readonly falseHurt: number
  /** Classes listed as suspected (planted or not). */
  readonly suspected: number
  /** Suspected classes that were not planted. */
  readonly falseSuspected: number
  /** Planted classes found by each test alone (q ≤ α and the margin). */
  readonly foundByMcNemar: number
  readonly foundByShift: number
  /** False hurt classes that each test flagged (q ≤ α and the margin). */
  readonly falseByMcNemar: number
  readonly falseByShift: number
  readonly verdict: Comparison['verdict']
}

/** One run of a scenario with seed `run`: a population, a baseline, a candidate from another seed, drops planted. */
export function simulate(scenario: Scenario, run: number): RunOutcome {
  const population = new Population(
    {
      classes: scenario.classes,
      imagesPerClass: scenario.imagesPerClass,
      noise: scenario.noise,
      classNoise: scenario.classNoise,
      lean: scenario.lean,
      imageNoise: scenario.imageNoise
    },
    1000 + run
  )
  const baseline = population.model(2000 + run)
  const unchanged = population.model(3000 + run)
  const replicates = Array.from({ length: scenario.replicates ?? 0 }, (_, k) =>
    population.model(4000 + 10 * run + k)
  )
  const planted =
    scenario.planted > 0 && scenario.drop > 0
      ? pickClasses(scenario.classes, scenario.planted, 5000 + run)
      : []
  const candidate =
    planted.length > 0
      ? population.plantDrops(unchanged, planted, scenario.drop, 6000 + run).predictions
      : unchanged
  const policy = scenario.policy ?? DEFAULT_POLICY
  const comparison = compare(population.input(baseline, candidate, replicates), policy)
  const isPlanted = new Set(planted)
  const margin = policy.maxClassDrop / 100
  let found = 0
  let falseHurt = 0
  let suspected = 0
  let falseSuspected = 0
  let foundByMcNemar = 0
  let foundByShift = 0
  let falseByMcNemar = 0
  let falseByShift = 0
  for (const result of comparison.classes) {
    if (result.status === 'hurt') {
      if (isPlanted.has(result.index)) found++
      else {
        falseHurt++
        if ((result.qValue ?? 1) <= policy.alpha) falseByMcNemar++
        if ((result.shiftQValue ?? 1) <= policy.alpha) falseByShift++
      }
    }
    if (result.status === 'suspected') {
      suspected++
      if (!isPlanted.has(result.index)) falseSuspected++
    }
    if (isPlanted.has(result.index) && result.delta <= -margin + 1e-12) {
      if ((result.qValue ?? 1) <= policy.alpha) foundByMcNemar++
      if ((result.shiftQValue ?? 1) <= policy.alpha) foundByShift++
    }
  }
  return {
    disagreement: disagreement(baseline, unchanged),
    found,
    falseHurt,
    suspected,
    falseSuspected,
    foundByMcNemar,
    foundByShift,
    falseByMcNemar,
    falseByShift,
    verdict: comparison.verdict
  }
}

export interface Summary {
  readonly runs: number
  /** Mean disagreement between the two models before any drop is planted. */
  readonly disagreement: number
  /** Share of planted drops called hurt. */
  readonly power: number
  readonly powerMcNemar: number
  readonly powerShift: number
  /** Fewest planted drops found in one run. */
  readonly minimumFound: number
  /** Runs that meet the bar: at least 8 in 10 planted drops hurt and at most one false hurt. */
  readonly runsOnTarget: number
  /** Mean and largest number of false hurt classes per run. */
  readonly meanFalseHurt: number
  readonly maxFalseHurt: number
  /** Mean false hurt classes per run that each test flagged. */
  readonly meanFalseByMcNemar: number
  readonly meanFalseByShift: number
  /** Mean and largest number of suspected classes per run (planted ones included). */
  readonly meanSuspected: number
  readonly maxSuspected: number
  /** Runs with no planted drop that pass the gate. */
  readonly passed: number
}

export function summarize(scenario: Scenario, runs: readonly number[]): Summary {
  const outcomes = runs.map((run) => simulate(scenario, run))
  const mean = (pick: (o: RunOutcome) => number): number =>
    outcomes.reduce((sum, o) => sum + pick(o), 0) / outcomes.length
  const planted = scenario.drop > 0 ? scenario.planted : 0
  return {
    runs: outcomes.length,
    disagreement: mean((o) => o.disagreement),
    power: planted > 0 ? mean((o) => o.found) / planted : 0,
    powerMcNemar: planted > 0 ? mean((o) => o.foundByMcNemar) / planted : 0,
    powerShift: planted > 0 ? mean((o) => o.foundByShift) / planted : 0,
    minimumFound: Math.min(...outcomes.map((o) => o.found)),
    runsOnTarget: outcomes.filter((o) => o.found >= 0.8 * planted && o.falseHurt <= 1).length,
    meanFalseHurt: mean((o) => o.falseHurt),
    maxFalseHurt: Math.max(...outcomes.map((o) => o.falseHurt)),
    meanFalseByMcNemar: mean((o) => o.falseByMcNemar),
    meanFalseByShift: mean((o) => o.falseByShift),
    meanSuspected: mean((o) => o.suspected),
    maxSuspected: Math.max(...outcomes.map((o) => o.suspected)),
    passed: outcomes.filter((o) => o.verdict === 'pass').length
  }
}

/** The ImageNet-sized case of the issue: 1,000 classes × 50 images, ten single-partner drops of 20 points. */
export function imagenetSized(noise: NoiseKind, drop = 0.2, planted = 10): Scenario {
  return { noise, classes: 1000, imagesPerClass: 50, drop, planted }
}

/** One row of the ImageNet-sized table: the planted runs and the null runs of one kind of noise. */
export interface ImageNetRow {
  readonly label: string
  readonly planted: Summary
  readonly null: Summary
}

/** The rows docs/statistics.md's first table shows, over runs `runs`. */
export function imagenetRows(runs: readonly number[]): ImageNetRow[] {
  const rows: [string, Partial<Scenario>][] = [
    ['independent', { noise: 'independent' }],
    ['structured', { noise: 'structured' }],
    ['seed-like', { noise: 'seed-like' }],
    ['seed-like, 1 replicate', { noise: 'seed-like', replicates: 1 }]
  ]
  return rows.map(([label, options]) => {
    const base = { ...imagenetSized(options.noise ?? 'structured'), ...options }
    return {
      label,
      planted: summarize(base, runs),
      null: summarize({ ...base, drop: 0 }, runs)
    }
  })
}

export function imagenetTable(rows: readonly ImageNetRow[]): string {
  const percent = (x: number): string => `${(100 * x).toFixed(0)}%`
  const lines = [
    '| noise | models disagree | drops found (hurt) | by McNemar alone | by pair shift alone | runs with ≥ 8 found and ≤ 1 false | false hurt per run, mean / max | null run: false hurt, mean / max | null run: suspected, mean / max | null runs passing |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'
  ]
  for (const { label, planted, null: none } of rows) {
    lines.push(
      `| ${label} | ${percent(planted.disagreement)} | ${percent(planted.power)} | ${percent(planted.powerMcNemar)} | ` +
        `${percent(planted.powerShift)} | ${planted.runsOnTarget} of ${planted.runs} | ` +
        `${planted.meanFalseHurt.toFixed(2)} / ${planted.maxFalseHurt} | ${none.meanFalseHurt.toFixed(2)} / ${none.maxFalseHurt} | ` +
        `${none.meanSuspected.toFixed(1)} / ${none.maxSuspected} | ${none.passed} of ${none.runs} |`
    )
  }
  return lines.join('\n')
}

/**
 * A true drop just under the margin: 20 classes × 5,000 images (structured noise), class 3 loses `drop` (a
 * fraction) of its images to its partner. Returns how many of the runs call class 3 hurt.
 */
export function hurtUnderTheMargin(drop: number, runs: readonly number[]): number {
  let hurt = 0
  for (const run of runs) {
    const population = new Population(
      { classes: 20, imagesPerClass: 5000, noise: 'structured' },
      7000 + run
    )
    const baseline = population.model(7100 + run)
    const candidate = population.plantDrops(population.model(7200 + run), [3], drop, 7300 + run)
    const result = compare(population.input(baseline, candidate.predictions), DEFAULT_POLICY)
    if (result.classes[3].status === 'hurt') hurt++
  }
  return hurt
}
