/**
 * Rewrites the generated parts of action.yml and README.md from the specs (scripts/docs.ts).
 *
 *   npm run docs          write them
 *   npm run docs:check    exit 1 naming each file that differs, with a short diff (CI)
 *   … -- --root DIR       another checkout (the tests check a tampered copy)
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { REPO_ROOT, generatedFiles, shortDiff } from './docs.js'

const { values } = parseArgs({
  options: { check: { type: 'boolean', default: false }, root: { type: 'string' } }
})
const check = values.check
const root = path.resolve(values.root ?? REPO_ROOT)
let drifted = 0
for (const { file, expected } of await generatedFiles(root)) {
  const absolute = path.join(root, file)
  const actual = await readFile(absolute, 'utf8')
  if (actual === expected) continue
  if (check) {
    drifted++
    process.stderr.write(
      `${file} differs from what the specs generate: run 'npm run docs' and commit it\n${shortDiff(actual, expected)}\n\n`
    )
  } else {
    await writeFile(absolute, expected)
    process.stdout.write(`wrote ${file}\n`)
  }
}
process.exitCode = drifted > 0 ? 1 : 0
