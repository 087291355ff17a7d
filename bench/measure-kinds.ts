/**
 * Prints the ImageNet measurements docs/kinds.md quotes: `npx tsx bench/measure-kinds.ts`.
 */
import { DEFAULT_KIND_THRESHOLDS } from '../src/analysis/kinds.js'
import { loadImageNetLabels } from '../test/analysis/imagenet-labels.js'
import { ImageNetEvidence, type PairMeasure } from '../test/analysis/kind-evidence.js'
import { AMBIGUOUS_PAIRS, COOCCURRING_PAIRS } from '../test/analysis/kind-pairs.js'

const evidence = new ImageNetEvidence(loadImageNetLabels())
const names = evidence.imagenet.classNames
const thresholds = DEFAULT_KIND_THRESHOLDS
const row = (pair: PairMeasure) =>
  `| ${names[pair.c]} → ${names[pair.l]} | ${pair.rho.toFixed(2)} | ${pair.reverseRho.toFixed(2)} | ${pair.distance} | ${evidence.kind(pair, thresholds)} |`

for (const [title, pairs, expected] of [
  ['Ambiguous pairs', AMBIGUOUS_PAIRS, 'ambiguous'],
  ['Co-occurring pairs', COOCCURRING_PAIRS, 'co-occurring']
] as const) {
  const measured = pairs.map(([c, l]) => evidence.measure(c, l))
  const right = measured.filter((pair) => evidence.kind(pair, thresholds) === expected).length
  console.log(`\n${title}: ${right} of ${measured.length} sorted as ${expected}\n`)
  console.log(
    '| pair (c → l) | ρ(c, l) | ρ(l, c) | distance | kind |\n| --- | --- | --- | --- | --- |'
  )
  for (const pair of measured) console.log(row(pair))
}

console.log('\nSensitivity: pairs sorted right (ambiguous of 28, co-occurring of 34)\n')
console.log(
  '| cooccurrence | mutualCooccurrence | ambiguousDistance | ambiguous | co-occurring |\n| --- | --- | --- | --- | --- |'
)
for (const cooccurrence of [0.15, 0.2, 0.25, 0.3]) {
  for (const mutualCooccurrence of [0.5, 0.55, 0.6, 0.7]) {
    for (const ambiguousDistance of [2, 3]) {
      const t = { ...thresholds, cooccurrence, mutualCooccurrence, ambiguousDistance }
      const score = (pairs: typeof AMBIGUOUS_PAIRS, kind: string) =>
        pairs.filter(([c, l]) => evidence.kind(evidence.measure(c, l), t) === kind).length
      console.log(
        `| ${cooccurrence} | ${mutualCooccurrence} | ${ambiguousDistance} | ${score(AMBIGUOUS_PAIRS, 'ambiguous')} | ${score(COOCCURRING_PAIRS, 'co-occurring')} |`
      )
    }
  }
}

const siblings: PairMeasure[] = []
for (let c = 0; c < names.length; c++) {
  for (let l = 0; l < names.length; l++) {
    if (c !== l && evidence.distances.between(c, l) === 2) siblings.push(evidence.measure(c, l))
  }
}
console.log(`\nSibling pairs (distance 2, ordered): ${siblings.length}`)
for (const t of [0.1, 0.2, 0.3, 0.4]) {
  const share = siblings.filter((pair) => pair.rho >= t).length / siblings.length
  console.log(`  share with ρ ≥ ${t}: ${(100 * share).toFixed(1)}%`)
}

const partners = evidence.topPartners()
const all = evidence.allPairDistances()
const totalPairs = [...all.values()].reduce((a, b) => a + b, 0)
const dogs = partners.filter(
  (pair) => pair.c >= 151 && pair.c <= 268 && pair.l >= 151 && pair.l <= 268
)
console.log(
  `\nMost frequent ReaL co-label per class: ${partners.length} classes have one (${dogs.length} dog → dog)`
)
console.log(
  '| distance | all class pairs | cumulative | top partners | cumulative | ratio | dog partners cumulative |'
)
console.log('| --- | --- | --- | --- | --- | --- | --- |')
let allCumulative = 0
let partnerCumulative = 0
let dogCumulative = 0
for (let d = 2; d <= 8; d++) {
  const allShare = (all.get(d) ?? 0) / totalPairs
  const partnerShare = partners.filter((pair) => pair.distance === d).length / partners.length
  allCumulative += allShare
  partnerCumulative += partnerShare
  dogCumulative += dogs.filter((pair) => pair.distance === d).length / dogs.length
  console.log(
    `| ${d} | ${(100 * allShare).toFixed(2)}% | ${(100 * allCumulative).toFixed(1)}% | ${(100 * partnerShare).toFixed(1)}% | ${(100 * partnerCumulative).toFixed(1)}% | ${(partnerShare / allShare).toFixed(1)}× | ${(100 * dogCumulative).toFixed(0)}% |`
  )
}
for (const d of [2, 3, 4]) {
  const frequent = partners.filter(
    (pair) => pair.rho >= thresholds.cooccurrence && pair.distance === d
  )
  console.log(
    `\nMost frequent co-label at ρ ≥ ${thresholds.cooccurrence}, ${d} edges away (${frequent.length}): ` +
      frequent
        .map((pair) => `${names[pair.c]} → ${names[pair.l]} ${pair.rho.toFixed(2)}`)
        .join('; ')
  )
}

const topRho = partners.map((pair) => pair.rho).sort((a, b) => a - b)
const quantile = (q: number) => topRho[Math.floor(q * (topRho.length - 1))].toFixed(2)
console.log(
  `\nρ of the most frequent co-label: median ${quantile(0.5)}, 75% ${quantile(0.75)}, 90% ${quantile(0.9)}, 95% ${quantile(0.95)}; ` +
    `${partners.filter((pair) => pair.rho >= 0.2).length} classes at ≥ 0.2`
)
