import { existsSync } from 'node:fs'
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeColourClassifier } from '../helpers/onnx/colour-classifier.js'
import { runCli } from '../helpers/run-cli.js'
import { tempDir, writeSolidImage } from '../model/helpers/images.js'
import { PALETTE } from '../model/helpers/palette.js'

/**
 * Bad input through the CLI as a process: exit code 2, exactly one line on stderr that names the file, line or
 * class at fault, no stack trace, and no report written.
 */
describe('classdiff compare on bad input', () => {
  let dir: string
  let cleanup: () => Promise<void>
  const at = (...parts: string[]): string => path.join(dir, ...parts)

  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir('classdiff-cli-errors-'))
    await mkdir(at('data'))
    const rows = ['file,label']
    for (const [label, colour] of PALETTE.entries()) {
      await writeSolidImage(at('data', `img${label}.png`), colour, 8, 8)
      rows.push(`img${label}.png,${label}`)
    }
    await writeFile(at('data', 'manifest.csv'), rows.join('\n') + '\n')
    await writeFile(at('data', 'classes.txt'), 'red\ngreen\nblue\nyellow\n')
    await writeColourClassifier(at('four.onnx'), { prototypes: PALETTE })
    await writeColourClassifier(at('five.onnx'), { prototypes: [...PALETTE, [0, 0, 0]] })
    const model = await readFile(at('four.onnx'))
    await writeFile(at('truncated.onnx'), model.subarray(0, Math.floor(model.length / 2)))
    await writeFile(at('not-a-model.onnx'), 'this is a text file, not a protobuf\n')
  })
  afterAll(() => cleanup())

  /** A variant of the good set: same images, another manifest. */
  async function manifest(name: string, lines: string[]): Promise<string> {
    const file = at('data', name)
    await writeFile(file, lines.join('\n') + '\n')
    return file
  }

  async function expectRejected(
    args: { baseline?: string; candidate?: string; data?: string; classes?: string | null },
    culprit: RegExp
  ): Promise<void> {
    const outDir = at(`out-${Math.random().toString(36).slice(2)}`)
    const run = await runCli([
      'compare',
      '--baseline',
      args.baseline ?? at('four.onnx'),
      '--candidate',
      args.candidate ?? at('four.onnx'),
      '--data',
      args.data ?? at('data', 'manifest.csv'),
      ...(args.classes === null ? [] : ['--classes', args.classes ?? at('data', 'classes.txt')]),
      '--out-dir',
      outDir
    ])
    expect(run.code).toBe(2)
    const lines = run.stderr
      .split('\n')
      .filter((line) => line.trim() !== '' && !/^(Reading|Loading|Running|\d+ images)/.test(line))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^classdiff: /)
    expect(lines[0]).toMatch(culprit)
    expect(run.stderr).not.toMatch(/\n\s+at |Error:/)
    expect(existsSync(path.join(outDir, 'report.json'))).toBe(false)
  }

  it('names a missing model file', () =>
    expectRejected({ candidate: at('nowhere.onnx') }, /nowhere\.onnx/))

  it('names a truncated model file', () =>
    expectRejected({ candidate: at('truncated.onnx') }, /truncated\.onnx/))

  it('names a file that is not an ONNX model', () =>
    expectRejected({ baseline: at('not-a-model.onnx') }, /not-a-model\.onnx/))

  it('names both models when their class counts differ', () =>
    expectRejected(
      { candidate: at('five.onnx'), classes: null },
      /four\.onnx.*five\.onnx|five\.onnx.*four\.onnx/
    ))

  it('names the model and the classes file when their class counts differ', async () => {
    await writeFile(at('data', 'three-classes.txt'), 'red\ngreen\nblue\n')
    await expectRejected({ classes: at('data', 'three-classes.txt') }, /three-classes\.txt/)
  })

  it('names the file and line of a label out of range', async () => {
    const file = await manifest('out-of-range.csv', ['file,label', 'img0.png,0', 'img1.png,7'])
    await expectRejected({ data: file }, /out-of-range\.csv:3/)
  })

  it('names the file and line of an unknown class name', async () => {
    const file = await manifest('unknown-class.csv', [
      'file,label',
      'img0.png,red',
      'img1.png,purple'
    ])
    await expectRejected({ data: file }, /unknown-class\.csv:3.*purple/)
  })

  it('names a missing image', async () => {
    const file = await manifest('missing-image.csv', ['file,label', 'img0.png,0', 'gone.png,1'])
    await expectRejected({ data: file }, /gone\.png/)
  })

  it('names an image that does not decode (zero bytes)', async () => {
    await writeFile(at('data', 'empty.png'), '')
    const file = await manifest('empty-image.csv', ['file,label', 'img0.png,0', 'empty.png,1'])
    await expectRejected({ data: file }, /empty\.png/)
  })

  it('names a manifest with no rows', async () => {
    const file = await manifest('no-rows.csv', ['file,label'])
    await expectRejected({ data: file }, /no-rows\.csv/)
  })

  it('refuses a manifest path outside the data root', async () => {
    await copyFile(at('data', 'img0.png'), at('outside.png'))
    const file = await manifest('escape.csv', ['file,label', 'img0.png,0', '../outside.png,1'])
    await expectRejected({ data: file }, /\.\.\/outside\.png/)
  })

  it('answers an unknown flag with usage help on one line and exit 2', async () => {
    const run = await runCli(['compare', '--colour', 'red'])
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/--colour/)
  })
})
