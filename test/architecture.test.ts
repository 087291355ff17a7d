/**
 * The shape docs/design.md describes, checked on the sources: one linear pipeline whose stages never reach
 * back into the orchestration or the fronts, and an analysis stage that is pure computation.
 */
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from './helpers/fronts.js'

const SRC = path.join(REPO_ROOT, 'src')

/** Stage folders, in pipeline order (docs/design.md#the-pipeline). */
const STAGES = ['config', 'source', 'data', 'model', 'analysis', 'report', 'shard'] as const
/** What drives the stages: the orchestration, the shared dispatch and the two fronts. */
const DRIVERS = ['pipeline.ts', 'dispatch.ts', 'cli.ts', 'main.ts', 'index.ts', 'github'] as const

/** Every import of a file under src/: the importing file and the imported one, both relative to src/. */
function imports(folder: string): { from: string; to: string }[] {
  const found: { from: string; to: string }[] = []
  const files = readdirSync(path.join(SRC, folder), { recursive: true, encoding: 'utf8' })
  for (const file of files.filter((name) => name.endsWith('.ts'))) {
    const from = path.join(folder, file)
    const text = readFileSync(path.join(SRC, from), 'utf8')
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      const to = fileName.startsWith('.')
        ? path.relative(SRC, path.resolve(path.dirname(path.join(SRC, from)), fileName))
        : fileName
      found.push({ from, to: to.replace(/\.js$/, '.ts') })
    }
  }
  return found
}

/** The first path part: a stage folder, `github`, or a top-level file such as `pipeline.ts`. */
const topOf = (file: string): string => file.split(path.sep)[0] as string

describe('the pipeline’s shape', () => {
  it('finds the imports it checks (the checks below are not vacuous)', () => {
    const all = STAGES.flatMap((stage) => imports(stage))
    expect(all.length).toBeGreaterThan(100)
    expect(imports('.').some(({ from, to }) => from === 'cli.ts' && to === 'dispatch.ts')).toBe(
      true
    )
  })

  it('no stage imports the orchestration, the dispatch or a front', () => {
    const reaching = STAGES.flatMap((stage) => imports(stage)).filter(({ to }) =>
      (DRIVERS as readonly string[]).includes(topOf(to))
    )
    expect(reaching.map(({ from, to }) => `${from} → ${to}`)).toEqual([])
  })

  it('the analysis is pure computation: no file, network or process access, no other stage’s code', () => {
    const impure = imports('analysis').filter(({ to }) => {
      if (to.startsWith('node:') || ['fs', 'net', 'http', 'https', 'child_process'].includes(to))
        return true
      if (!to.endsWith('.ts')) return false // packages: the numerical functions of @stdlib
      const top = topOf(to)
      // Types and the error class are shared; anything else of another stage would be a reach.
      return top !== 'analysis' && top !== 'errors.ts' && to !== path.join('data', 'types.ts')
    })
    expect(impure.map(({ from, to }) => `${from} → ${to}`)).toEqual([])
  })

  it('the fronts go through the one dispatch, not the pipeline’s functions', () => {
    const fronts = [...imports('.').filter(({ from }) => from === 'cli.ts'), ...imports('github')]
    expect(fronts.filter(({ to }) => to === 'pipeline.ts').map(({ from }) => from)).toEqual([])
    expect(fronts.filter(({ to }) => to === 'dispatch.ts').map(({ from }) => from)).toEqual([
      'cli.ts',
      path.join('github', 'action.ts')
    ])
  })
})
