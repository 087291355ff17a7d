/**
 * The processes the tests start run `src/` as it is when `npm test` starts, not the committed bundle: an edit
 * to the sources is what the tests test, with no `npm run bundle` in between.
 */
import { cp, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { VERSION } from '../../src/version.js'
import { buildSources, frontScript, REPO_ROOT, sourceBuildDir } from './fronts.js'
import { runCli } from './run-cli.js'

async function newestIn(dir: string): Promise<number> {
  let newest = 0
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    newest = Math.max(newest, (await stat(path.join(entry.parentPath, entry.name))).mtimeMs)
  }
  return newest
}

describe('the fronts the tests start', () => {
  it('are the sources, bundled at the start of this run: no file in src/ is newer', async () => {
    const script = frontScript('cli', 'src')
    expect(path.dirname(script)).toBe(sourceBuildDir())
    expect(path.dirname(frontScript('action', 'src'))).toBe(sourceBuildDir())
    expect((await stat(script)).mtimeMs).toBeGreaterThanOrEqual(
      await newestIn(path.join(REPO_ROOT, 'src'))
    )
    const run = await runCli(['--version'], { build: 'src' })
    expect(run).toMatchObject({ code: 0, stdout: `${VERSION}\n` })
  })

  describe('after an edit to src/', () => {
    const EDITED = '0.0.0-edited'
    let root: string

    beforeAll(async () => {
      // A copy of the checkout's sources inside it, so its imports resolve to the same node_modules.
      root = await mkdtemp(path.join(REPO_ROOT, 'test', '.work', 'edited-'))
      await cp(path.join(REPO_ROOT, 'src'), path.join(root, 'src'), { recursive: true })
      await writeFile(path.join(root, 'src', 'version.ts'), `export const VERSION = '${EDITED}'\n`)
      await buildSources(root)
    })
    afterAll(() => rm(root, { recursive: true, force: true }))

    it('the CLI the tests start runs the edit', async () => {
      const run = await runCli(['--version'], { cli: frontScript('cli', 'src', root) })
      expect(run).toMatchObject({ code: 0, stdout: `${EDITED}\n`, stderr: '' })
    })

    it('while dist/, which the edit has not reached, does not', async () => {
      const run = await runCli(['--version'], { build: 'dist' })
      expect(run.stdout).not.toContain(EDITED)
    })
  })
})
