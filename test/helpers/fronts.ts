/**
 * The two fronts the tests start as processes: the CLI (`classdiff`) and the action (what the runner starts).
 *
 * By default every test starts the sources: test/global-setup.ts bundles `src/cli.ts` and `src/index.ts` with
 * esbuild into test/.work/src-build/ at the start of each `vitest run` (well under a second), so `npm test`
 * after an edit to `src/` tests the edit, with no `npm run bundle`. A bundle rather than `node --import tsx
 * src/cli.ts` because a process then starts in a third of the time, and the tests start hundreds
 * (CONTRIBUTING.md#tests-run-against-src). The bundle users run, `dist/cli.js` and `dist/index.js`, is started
 * by the dist smoke suite (test/smoke/dist.test.ts) under Node 20 and 24; `CLASSDIFF_TEST_BUILD=dist npm test`
 * runs every test against it instead.
 */
import { cpSync, existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { build as esbuild } from 'esbuild'

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..')

export type Front = 'cli' | 'action'
/** `src`: the sources as they are now, bundled for this run; `dist`: the committed bundle. */
export type Build = 'src' | 'dist'

const ENTRY: Record<Front, { source: string; bundle: string }> = {
  cli: { source: 'src/cli.ts', bundle: 'cli.js' },
  action: { source: 'src/index.ts', bundle: 'index.js' }
}

/** Where the sources of the checkout `root` are bundled for a test run. */
export function sourceBuildDir(root: string = REPO_ROOT): string {
  return path.join(root, 'test', '.work', 'src-build')
}

/**
 * Bundles the checkout's `src/cli.ts` and `src/index.ts` into sourceBuildDir(root), laid out as `dist/` is:
 * the imagenet preset's files beside the bundles, packages left in node_modules (resolved from the checkout,
 * as tsx would). Not a release build: no licence notices, no shipped native packages (that is
 * `npm run bundle`).
 */
export async function buildSources(root: string = REPO_ROOT): Promise<void> {
  const outdir = sourceBuildDir(root)
  rmSync(outdir, { recursive: true, force: true })
  await esbuild({
    absWorkingDir: root,
    entryPoints: Object.values(ENTRY).map((entry) => path.join(root, entry.source)),
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning'
  })
  const preset = path.join(root, 'data', 'imagenet')
  if (existsSync(preset)) {
    cpSync(preset, path.join(outdir, 'data', 'imagenet'), { recursive: true })
  }
}

/** The build the tests start unless they name one: `src`, or `dist` with CLASSDIFF_TEST_BUILD=dist. */
export function testedBuild(): Build {
  const chosen = process.env.CLASSDIFF_TEST_BUILD ?? 'src'
  if (chosen !== 'src' && chosen !== 'dist') {
    throw new Error(`CLASSDIFF_TEST_BUILD must be "src" or "dist", got "${chosen}"`)
  }
  return chosen
}

/** The script `node` runs to start `front` from `build` of the checkout `root`. */
export function frontScript(
  front: Front,
  build: Build = testedBuild(),
  root: string = REPO_ROOT
): string {
  const script =
    build === 'dist'
      ? path.join(root, 'dist', ENTRY[front].bundle)
      : path.join(sourceBuildDir(root), ENTRY[front].bundle)
  if (!existsSync(script)) {
    throw new Error(
      build === 'dist'
        ? `${script} is missing: build it with "npm run bundle"`
        : `${script} is missing: run the tests through vitest (test/global-setup.ts builds it)`
    )
  }
  return script
}
