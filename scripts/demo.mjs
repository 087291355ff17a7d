#!/usr/bin/env node
// `npm run demo`: classdiff's bundled example, the paper in miniature (examples/glyphs/README.md).
//
//   1. baseline (weak RandomResizedCrop) vs candidate (strong RandomResizedCrop): the candidate is better on
//      average and the gate fails on the classes the crops hurt: the expected outcome.
//   2. candidate vs class-conditional (the candidate trained on with crops that keep the whole glyph for the
//      classes in demo 1's augmentation-plan.json): most of the hurt classes' drop comes back.
//
// Runs the committed CLI (dist/cli.js) on the committed checkpoints and test split; needs no Python.
// Exits 0 when both comparisons ran (passed or failed their gate), 1 when classdiff could not run one of them
// (exit code 2: bad input or usage, or a crash).
//
// Options: --out-dir DIR (default classdiff-report; the reports go to DIR/demo-1 and DIR/demo-2),
//          --threads N (onnxruntime threads, passed on),
//          --cli FILE (the CLI to run instead of dist/cli.js: test/demo.test.ts runs the sources' build).

import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const example = 'examples/glyphs'
const data = `${example}/data`
const models = `${example}/models`

function main() {
  const { values } = parseArgs({
    options: {
      'out-dir': { type: 'string', default: 'classdiff-report' },
      threads: { type: 'string' },
      cli: { type: 'string' },
      help: { type: 'boolean', default: false }
    }
  })
  if (values.help) {
    console.log('Usage: npm run demo [-- --out-dir DIR] [-- --threads N] [-- --cli FILE]')
    return 0
  }
  const cli = values.cli ? resolve(values.cli) : join(root, 'dist', 'cli.js')
  for (const file of [
    cli,
    `${models}/baseline.onnx`,
    `${models}/candidate.onnx`,
    `${models}/class-conditional.onnx`,
    `${data}/manifest.csv`
  ]) {
    if (!existsSync(resolve(root, file))) {
      console.error(`demo: ${file} is missing (run from a full checkout of classdiff)`)
      return 1
    }
  }
  const outDir = resolve(values['out-dir'])
  const started = Date.now()

  const first = compare(cli, 'baseline', 'candidate', join(outDir, 'demo-1'), values.threads)
  if (first === null) return 1
  const second = compare(
    cli,
    'candidate',
    'class-conditional',
    join(outDir, 'demo-2'),
    values.threads
  )
  if (second === null) return 1

  const seconds = ((Date.now() - started) / 1000).toFixed(0)
  console.log('')
  console.log('═'.repeat(78))
  console.log(
    `classdiff demo: glyph classifiers, ${first.report.summary.images} test images, ${first.report.summary.classes} classes (${seconds} s)`
  )
  console.log('═'.repeat(78))
  describeFirst(first)
  describeSecond(first, second)
  console.log('')
  console.log(
    'Reports (open report.html for the lost images, report.md, or comment.md for the PR comment):'
  )
  for (const run of [first, second]) console.log(`  ${shown(run.dir)}/`)
  console.log('How the models were trained: examples/glyphs/README.md')
  return 0
}

/** Runs `classdiff compare`; returns the parsed report, or null when classdiff could not compare (exit 2, crash). */
function compare(cli, baseline, candidate, outDir, threads) {
  const args = [
    cli,
    'compare',
    '--baseline',
    `${models}/${baseline}.onnx`,
    '--candidate',
    `${models}/${candidate}.onnx`,
    '--data',
    `${data}/manifest.csv`,
    '--classes',
    `${data}/classes.txt`,
    '--multi-labels',
    `${data}/multi-labels.jsonl`,
    '--hierarchy',
    `${data}/hierarchy.txt`,
    '--out-dir',
    outDir
  ]
  if (threads !== undefined) args.push('--threads', threads)
  console.log(
    `\n$ classdiff compare --baseline ${baseline}.onnx --candidate ${candidate}.onnx … --out-dir ${shown(outDir)}`
  )
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' })
  if (result.error) {
    console.error(`demo: could not start classdiff: ${result.error.message}`)
    return null
  }
  if (result.status !== 0 && result.status !== 1) {
    const how =
      result.status === null
        ? `was killed by ${result.signal}`
        : `exited with code ${result.status}`
    console.error(`demo: classdiff ${how} comparing ${baseline} with ${candidate}; the demo failed`)
    return null
  }
  const reportPath = join(outDir, 'report.json')
  if (!existsSync(reportPath)) {
    console.error(`demo: classdiff wrote no ${shown(reportPath)}`)
    return null
  }
  const report = JSON.parse(readFileSync(reportPath, 'utf8'))
  return { report, exitCode: result.status, dir: outDir, baseline, candidate }
}

function describeFirst(run) {
  const { report } = run
  const s = report.summary
  console.log('')
  console.log(
    `1. baseline (weak crops) → candidate (strong RandomResizedCrop): gate ${report.verdict.toUpperCase()}`
  )
  console.log(
    `   average ${report.metric} accuracy ${pct(acc(s.baseline, report.metric))} → ${pct(acc(s.candidate, report.metric))} ` +
      `(${signedPoints(s.delta)})${s.delta > 0 ? ': better on average, yet' : ''}`
  )
  const hurt = report.classes.filter((c) => c.status === 'hurt')
  if (hurt.length === 0) {
    console.log('   no class was hurt — not what this demo expects; see examples/glyphs/README.md')
  } else {
    console.log(`   ${hurt.length} ${hurt.length === 1 ? 'class' : 'classes'} hurt:`)
    for (const c of hurt) console.log(`     ${explain(c, report.metric)}`)
  }
  const explained = report.classes.filter((c) => c.explainedByMultiLabels === true)
  if (explained.length > 0) {
    console.log(
      `   explained by multi-labels (dropped on original labels only, not flagged): ${explained.map((c) => c.name).join(', ')}`
    )
  }
  if (report.verdict === 'fail') {
    console.log(
      '   The failing gate is the expected outcome: this is the change classdiff exists to catch.'
    )
  }
}

function describeSecond(first, run) {
  const { report } = run
  const s = report.summary
  console.log('')
  console.log(
    `2. candidate → class-conditional (the candidate trained on with glyph-keeping crops for demo 1's plan classes): gate ${report.verdict.toUpperCase()}`
  )
  console.log(
    `   average ${report.metric} accuracy ${pct(acc(s.baseline, report.metric))} → ${pct(acc(s.candidate, report.metric))} (${signedPoints(s.delta)})`
  )
  const hurt = first.report.classes.filter((c) => c.status === 'hurt')
  if (hurt.length > 0) {
    const byIndex = new Map(report.classes.map((c) => [c.index, c]))
    const drop = hurt.reduce((sum, c) => sum - c.delta, 0)
    const back = hurt.reduce((sum, c) => sum + (byIndex.get(c.index)?.delta ?? 0), 0)
    const parts = hurt.map((c) => `${c.name} ${signedPoints(byIndex.get(c.index)?.delta ?? 0)}`)
    console.log(`   demo 1's hurt classes: ${parts.join(', ')}`)
    console.log(
      `   recovered ${(back * 100).toFixed(0)} of the ${(drop * 100).toFixed(0)} points they lost (${drop > 0 ? ((100 * back) / drop).toFixed(0) : '—'}%)`
    )
  }
  const stillHurt = report.classes.filter((c) => c.status === 'hurt')
  if (stillHurt.length > 0) {
    console.log(
      `   hurt by the class-conditional change: ${stillHurt.map((c) => explain(c, report.metric)).join('; ')}`
    )
  }
}

function explain(c, metric) {
  const from = acc(c.baseline, metric)
  const to = acc(c.candidate, metric)
  const partner = c.absorbedBy?.[0]
  const kind = c.kind ?? 'kind undecided'
  const lostTo = partner ? `, ${partner.count} of its images went to ${partner.name}` : ''
  const q =
    c.qValue === null
      ? ''
      : `, q ${c.qValue < 0.001 ? c.qValue.toExponential(1) : c.qValue.toFixed(3)}`
  return `${c.name}: ${pct(from)} → ${pct(to)} (${signedPoints(c.delta)}${q})${lostTo}: ${kind}`
}

function acc(score, metric) {
  return metric === 'multi-label' ? (score.multiLabelAccuracy ?? score.accuracy) : score.accuracy
}
function pct(x) {
  return x === null || x === undefined ? '—' : `${(100 * x).toFixed(1)}%`
}
function signedPoints(d) {
  const v = (100 * d).toFixed(1)
  return `${d >= 0 ? '+' : '−'}${v.replace('-', '')} points`
}
function shown(path) {
  const rel = relative(process.cwd(), path)
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel
}

process.exitCode = main()
