/**
 * action.yml's inputs and the README's option, input and failure-catalogue tables are generated from the
 * specs (scripts/docs.ts, `npm run docs`); a hand edit or a spec change without regenerating fails here.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { REPO_ROOT, generatedFiles, shortDiff } from '../scripts/docs.js'
import { OPTION_SPECS } from '../src/config/parse.js'
import { ACTION_INPUT_SPECS } from '../src/github/inputs.js'

const SOURCES = ['action.yml', 'README.md', 'docs/failure-modes.md']

/** A copy of the files the generator reads, for tampering with. */
function copyOfRepository(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'classdiff-docs-'))
  mkdirSync(path.join(root, 'docs'))
  for (const file of SOURCES) copyFileSync(path.join(REPO_ROOT, file), path.join(root, file))
  return root
}

function edit(root: string, file: string, from: string, to: string): void {
  const text = readFileSync(path.join(root, file), 'utf8')
  expect(text).toContain(from)
  writeFileSync(path.join(root, file), text.replace(from, to))
}

/** The generated files of `root` that differ from what the specs make. */
async function drifted(root: string): Promise<string[]> {
  const files = await generatedFiles(root)
  return files
    .filter(({ file, expected }) => readFileSync(path.join(root, file), 'utf8') !== expected)
    .map(({ file }) => file)
}

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})
function tamperable(): string {
  const root = copyOfRepository()
  roots.push(root)
  return root
}

describe('the generated docs', () => {
  it('are what the specs generate (run `npm run docs` after changing a spec)', async () => {
    for (const { file, expected } of await generatedFiles()) {
      const actual = readFileSync(path.join(REPO_ROOT, file), 'utf8')
      expect(actual === expected, `${file}:\n${shortDiff(actual, expected)}`).toBe(true)
    }
  })

  it('state every input in action.yml, its default and the README tables', async () => {
    const [action, readme] = await generatedFiles()
    for (const spec of ACTION_INPUT_SPECS) {
      expect(action?.expected).toContain(`\n  ${spec.name}:\n`)
      expect(readme?.expected).toContain(`| \`${spec.name}\``)
      if (spec.default !== undefined)
        expect(action?.expected).toContain(`    default: '${spec.default}'`)
    }
    for (const spec of OPTION_SPECS) expect(readme?.expected).toContain(`| \`--${spec.name}`)
  })

  it('catch a hand edit of an input in action.yml, with the line', async () => {
    const root = tamperable()
    edit(root, 'action.yml', 'Largest tolerated drop of one class', 'Biggest drop of one class')
    expect(await drifted(root)).toEqual(['action.yml'])
    const [action] = await generatedFiles(root)
    const actual = readFileSync(path.join(root, 'action.yml'), 'utf8')
    expect(shortDiff(actual, action?.expected ?? '')).toMatch(
      /^@@ line \d+ @@\n- +Biggest drop of one class.*\n\+ +Largest tolerated drop of one class/
    )
  })

  it('catch a README table edited by hand, and a catalogue row changed in only one place', async () => {
    const root = tamperable()
    edit(root, 'README.md', '| `actions-cache` ', '| `action-cache`  ')
    expect(await drifted(root)).toEqual(['README.md'])

    const other = tamperable()
    edit(
      other,
      'docs/failure-modes.md',
      'refuses the comparison at the first such image',
      'refuses'
    )
    expect(await drifted(other)).toEqual(['README.md'])
  })

  it('catch a README whose generated section lost its markers', async () => {
    const root = tamperable()
    edit(root, 'README.md', '<!-- action-inputs:end -->', '')
    await expect(generatedFiles(root)).rejects.toThrow(
      /README.md has no <!-- action-inputs:start -->/
    )
  })

  it('are checked by `npm run docs:check`, which names the drifted file and exits 1', () => {
    const root = tamperable()
    edit(root, 'action.yml', 'required: false\n    default: ', 'required: true\n    default: ')
    const run = (extra: string[]) =>
      spawnSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/generate-docs.ts', '--check', ...extra],
        { cwd: REPO_ROOT, encoding: 'utf8' }
      )
    const clean = run([])
    expect(clean.stderr).toBe('')
    expect(clean.status).toBe(0)
    const tampered = run(['--root', root])
    expect(tampered.status).toBe(1)
    expect(tampered.stderr).toMatch(/^action\.yml differs from what the specs generate/)
    expect(tampered.stderr).toContain('-     required: true')
    expect(tampered.stderr).toContain('+     required: false')
    expect(readFileSync(path.join(root, 'action.yml'), 'utf8')).toContain('required: true')
  })
})
