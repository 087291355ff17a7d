/**
 * The one check every input file goes through (docs/failure-modes.md, "Side files"): inside the scope as
 * written and after resolving links, a regular file, within its size cap.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ANY_PLACE,
  checkInputFile,
  checkInputFolder,
  readInputText,
  type InputScope
} from '../../src/data/input-file.js'
import { InputError } from '../../src/errors.js'

let dir: string
let scope: InputScope
const at = (...parts: string[]): string => path.join(dir, ...parts)

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'classdiff-input-file-'))
  mkdirSync(at('work'))
  mkdirSync(at('data'))
  mkdirSync(at('elsewhere'))
  writeFileSync(at('work', 'classes.txt'), '\uFEFFred\ngreen\n')
  writeFileSync(at('data', 'labels.jsonl'), '{}\n')
  writeFileSync(at('elsewhere', 'secret.txt'), 'token\n')
  symlinkSync(at('elsewhere', 'secret.txt'), at('work', 'link-out.txt'))
  symlinkSync(at('work', 'classes.txt'), at('data', 'link-in.txt'))
  symlinkSync(at('work', 'gone.txt'), at('work', 'broken.txt'))
  execFileSync('mkfifo', [at('work', 'fifo')])
  scope = { roots: [at('work'), at('data')], allowOutsideRoot: false }
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function refusal(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('expected a refusal')
}

describe('checkInputFile', () => {
  it('accepts a regular file in any root, and a link that stays inside the roots', () => {
    expect(checkInputFile(at('work', 'classes.txt'), 'x', scope).isFile()).toBe(true)
    expect(checkInputFile(at('data', 'labels.jsonl'), 'x', scope).isFile()).toBe(true)
    expect(checkInputFile(at('data', 'link-in.txt'), 'x', scope).isFile()).toBe(true)
  })

  it('refuses a path outside every root, as written', () => {
    expect(refusal(() => checkInputFile(at('elsewhere', 'secret.txt'), '--classes s', scope))).toBe(
      '--classes s: is outside the data root and the working directory (--allow-outside-root allows it)'
    )
    expect(
      refusal(() => checkInputFile(at('work', '..', 'elsewhere', 'secret.txt'), 'x', scope))
    ).toMatch(/is outside/)
  })

  it('refuses a link out of the roots, and lets it through when the user allows it', () => {
    expect(refusal(() => checkInputFile(at('work', 'link-out.txt'), 'x', scope))).toMatch(
      /^x: resolves \(through a symbolic link\) outside the data root and the working directory/
    )
    expect(
      checkInputFile(at('work', 'link-out.txt'), 'x', { ...scope, allowOutsideRoot: true }).isFile()
    ).toBe(true)
  })

  it('names a broken link as one, and refuses FIFOs and folders without opening them', () => {
    expect(refusal(() => checkInputFile(at('work', 'broken.txt'), 'x', scope))).toBe(
      'x: is a broken symbolic link'
    )
    expect(refusal(() => checkInputFile(at('work', 'fifo'), 'x', ANY_PLACE))).toBe(
      'x: is a FIFO (named pipe), expected a regular file'
    )
    expect(refusal(() => checkInputFile(at('work'), 'x', ANY_PLACE))).toBe(
      'x: is a folder, expected a regular file'
    )
  })

  it('refuses a file over its cap from its size', () => {
    expect(refusal(() => checkInputFile(at('work', 'classes.txt'), 'x', scope, 4))).toBe(
      'x: is 13 bytes, more than the 4 bytes allowed for this input'
    )
  })
})

describe('checkInputFolder', () => {
  it('holds folders to the same rule', () => {
    expect(() => checkInputFolder(at('data'), 'x', scope)).not.toThrow()
    expect(refusal(() => checkInputFolder(at('elsewhere'), 'x', scope))).toMatch(/is outside/)
    expect(refusal(() => checkInputFolder(at('work', 'classes.txt'), 'x', scope))).toBe(
      'x: is not a regular file, expected a folder'
    )
  })
})

describe('readInputText', () => {
  it('reads UTF-8 without its byte-order mark', () => {
    expect(readInputText(at('work', 'classes.txt'), 'x', scope, 1024)).toBe('red\ngreen\n')
  })
})
