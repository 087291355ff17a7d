/**
 * The text derived from the code's specs, written once here: action.yml's `inputs:` block and the README's
 * CLI options table, action-only inputs table and copy of the failure catalogue (whose source is the table
 * in docs/failure-modes.md). `npm run docs` writes the files, `npm run docs:check` (CI) and
 * test/docs.test.ts (`npm test`) fail when a committed file differs from what this makes.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { markdownTable } from 'markdown-table'
import * as prettier from 'prettier'
import { OPTION_SPECS } from '../src/config/parse.js'
import { ACTION_INPUT_SPECS, inputDescription, inputNameOf } from '../src/github/inputs.js'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** One generated file: where it lives and what it should hold. */
export interface GeneratedFile {
  readonly file: string
  readonly expected: string
}

/** Folded YAML text wraps here: prettier's printWidth minus the description's indent. */
const YAML_TEXT_WIDTH = 100 - 6

/** Greedy word wrap; a word longer than `width` gets a line of its own. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line === '' ? word : `${line} ${word}`
    }
  }
  if (line !== '') lines.push(line)
  return lines
}

/** A YAML single-quoted scalar: no escapes but `''`, so `${{ github.token }}` stays as written. */
const yamlQuoted = (value: string): string => `'${value.replaceAll("'", "''")}'`

/** action.yml shows plain text: backticks are markup of the README's. */
const plain = (text: string): string => text.replaceAll('`', '')

function yamlInput(name: string, description: string, fallback: string | undefined): string[] {
  return [
    `  ${name}:`,
    '    description: >-',
    ...wrap(plain(description), YAML_TEXT_WIDTH).map((line) => `      ${line}`),
    '    required: false',
    ...(fallback === undefined ? [] : [`    default: ${yamlQuoted(fallback)}`])
  ]
}

/**
 * action.yml's `inputs:` block: the action-only inputs (with their `default:`), then every CLI option under
 * its input name (defaults stated in words, see inputDescription).
 */
export function actionInputsBlock(): string {
  const lines = ['inputs:']
  for (const spec of ACTION_INPUT_SPECS) {
    const statedDefault = spec.default === undefined ? '' : ` Default: ${spec.default}.`
    lines.push(...yamlInput(spec.name, `${spec.description}${statedDefault}`, spec.default))
  }
  for (const spec of OPTION_SPECS) {
    lines.push(...yamlInput(inputNameOf(spec.name), inputDescription(spec), undefined))
  }
  return lines.join('\n')
}

/** The README's CLI options table, one row per OPTION_SPECS entry. */
export function cliOptionsTable(): string {
  const rows = OPTION_SPECS.map((spec) => {
    const flag = `\`--${spec.name}${spec.value ? ` ${spec.value}` : ''}\``
    const fallback = spec.default !== undefined ? `\`${spec.default}\`` : ''
    return `| ${flag} | ${spec.description.replaceAll('|', '\\|')} | ${fallback} |`
  })
  return ['| flag | meaning | default |', '| --- | --- | --- |', ...rows].join('\n')
}

/** The README's action-only inputs table, aligned as prettier aligns the tables it formats. */
export function actionInputsTable(): string {
  const cell = (text: string): string => text.replaceAll('|', '\\|')
  return markdownTable([
    ['Input', 'Description', 'Default'],
    ...ACTION_INPUT_SPECS.map((spec) => [
      `\`${spec.name}\``,
      cell(spec.description),
      spec.default === undefined ? '' : `\`${cell(spec.default)}\``
    ])
  ])
}

/** `<!-- NAME:start -->` … `<!-- NAME:end -->`: the lines between are generated. */
function markers(name: string): { start: string; end: string } {
  return { start: `<!-- ${name}:start -->\n`, end: `\n<!-- ${name}:end -->` }
}

function between(
  text: string,
  name: string,
  file: string
): { before: string; inside: string; after: string } {
  const { start, end } = markers(name)
  const from = text.indexOf(start)
  const to = text.indexOf(end, from)
  if (from < 0 || to < 0) throw new Error(`${file} has no ${start.trim()} … ${end.trim()} section`)
  return {
    before: text.slice(0, from + start.length),
    inside: text.slice(from + start.length, to),
    after: text.slice(to)
  }
}

function replaceSection(text: string, name: string, content: string, file: string): string {
  const { before, after } = between(text, name, file)
  return `${before}${content}${after}`
}

/** action.yml with its `inputs:` block regenerated; everything else (name, comment, outputs, runs) kept. */
export async function renderActionYml(current: string): Promise<string> {
  const lines = current.split('\n')
  const start = lines.indexOf('inputs:')
  if (start < 0) throw new Error('action.yml has no top-level inputs: block')
  // The block ends at the next top-level key (prettier keeps one blank line before it).
  const next = lines.findIndex((line, i) => i > start && /^[a-z]/.test(line))
  const end = next < 0 ? lines.length : next
  const text = [...lines.slice(0, start), actionInputsBlock(), '', ...lines.slice(end)].join('\n')
  const file = path.join(REPO_ROOT, 'action.yml')
  const options = await prettier.resolveConfig(file)
  return prettier.format(text, { ...options, filepath: file })
}

/** The README with its generated tables replaced: CLI options, action-only inputs, failure catalogue. */
export function renderReadme(current: string, failureModes: string): string {
  const catalogue = between(failureModes, 'catalogue', 'docs/failure-modes.md').inside
  let text = replaceSection(current, 'cli-options', cliOptionsTable(), 'README.md')
  text = replaceSection(text, 'action-inputs', actionInputsTable(), 'README.md')
  return replaceSection(text, 'catalogue', catalogue, 'README.md')
}

/** What every generated file should hold, from the files as they are in `root`. */
export async function generatedFiles(root: string = REPO_ROOT): Promise<GeneratedFile[]> {
  const read = (file: string): Promise<string> => readFile(path.join(root, file), 'utf8')
  return [
    { file: 'action.yml', expected: await renderActionYml(await read('action.yml')) },
    {
      file: 'README.md',
      expected: renderReadme(await read('README.md'), await read('docs/failure-modes.md'))
    }
  ]
}

/**
 * A short line diff of `actual` against `expected`: the one hunk between the first and last differing
 * lines, at most `maxLines` of it.
 */
export function shortDiff(actual: string, expected: string, maxLines = 24): string {
  const a = actual.split('\n')
  const b = expected.split('\n')
  let top = 0
  while (top < a.length && top < b.length && a[top] === b[top]) top++
  let bottom = 0
  while (
    bottom < a.length - top &&
    bottom < b.length - top &&
    a[a.length - 1 - bottom] === b[b.length - 1 - bottom]
  )
    bottom++
  const removed = a.slice(top, a.length - bottom).map((line) => `- ${line}`)
  const added = b.slice(top, b.length - bottom).map((line) => `+ ${line}`)
  const hunk = [`@@ line ${top + 1} @@`, ...removed, ...added]
  return hunk.length > maxLines + 1
    ? [...hunk.slice(0, maxLines + 1), `… ${hunk.length - 1 - maxLines} more lines`].join('\n')
    : hunk.join('\n')
}
