/**
 * Image paths that leave the data root (docs/design.md#security-model), through the CLI as a process: a manifest
 * path with `..` and a symbolic link pointing out, in a manifest and in an ImageFolder, are refused naming
 * the manifest line or the link, unless --allow-outside-root; with it the same sets are evaluated.
 */
import { copyFile, mkdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, it } from 'vitest'
import {
  CLASSES,
  compare,
  expectCliPass,
  expectCliRefusal,
  scratch,
  writeGoodSet
} from './helpers.js'

let dir: string
let at: (...parts: string[]) => string
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({ dir, at, cleanup } = await scratch('paths'))
  await writeGoodSet(dir)
  // A yellow image beside the data root (in the workspace, say: where a PR could not otherwise reach).
  await copyFile(at('data', 'yellow.png'), at('outside.png'))
  await symlink(at('outside.png'), at('data', 'link.png'))
  // The same as an ImageFolder: data-folder/<class>/<image>, the yellow image a link to outside.png.
  for (const name of CLASSES) {
    await mkdir(at('data-folder', name), { recursive: true })
    if (name !== 'yellow')
      await copyFile(at('data', `${name}.png`), at('data-folder', name, 'a.png'))
  }
  await symlink(at('outside.png'), at('data-folder', 'yellow', 'a.png'))
})
afterAll(() => cleanup())

/** The good manifest with its yellow row replaced by `row`. */
async function manifestWithYellow(name: string, path: string): Promise<string> {
  const good = await readFile(at('data', 'manifest.csv'), 'utf8')
  await writeFile(at('data', name), good.replace('yellow.png,3', `${path},3`))
  return `data/${name}`
}

const models = ['--baseline', 'models/good.onnx', '--candidate', 'models/good.onnx']

describe('a manifest path that leaves the data root', () => {
  it('[path-outside-root] "../outside.png": refused, naming the manifest line and the path', async () => {
    const manifest = await manifestWithYellow('escape.csv', '../outside.png')
    expectCliRefusal(
      await compare(dir, [...models, '--data', manifest]),
      /^classdiff: \S*data\/escape\.csv:5: image path "\.\.\/outside\.png" is outside the data root \S*data \(the folder of escape\.csv\) \(--allow-outside-root allows it\)$/
    )
  })

  it('[path-outside-root] "../outside.png" with --allow-outside-root: evaluated', async () => {
    const manifest = await manifestWithYellow('escape-allowed.csv', '../outside.png')
    expectCliPass(await compare(dir, [...models, '--data', manifest, '--allow-outside-root']))
  })

  it('[path-outside-root] an absolute path outside the root: refused the same way', async () => {
    const manifest = await manifestWithYellow('absolute.csv', at('outside.png'))
    expectCliRefusal(
      await compare(dir, [...models, '--data', manifest]),
      /^classdiff: \S*data\/absolute\.csv:5: image path "\/\S+\/outside\.png" is outside the data root/
    )
  })
})

describe('a symbolic link that resolves outside the data root', () => {
  it('[symlink-outside-root] a manifest row naming a link inside the root that points out: refused, naming the line', async () => {
    const manifest = await manifestWithYellow('link.csv', 'link.png')
    expectCliRefusal(
      await compare(dir, [...models, '--data', manifest]),
      /^classdiff: \S*data\/link\.csv:5: image path "link\.png" resolves \(through a symbolic link\) outside the data root \S*data \(the folder of link\.csv\) \(--allow-outside-root allows it\)$/
    )
  })

  it('[symlink-outside-root] an ImageFolder image that is a link pointing out: refused, naming the link', async () => {
    expectCliRefusal(
      await compare(dir, [...models, '--data', 'data-folder']),
      /^classdiff: \S*data-folder\/yellow\/a\.png is a symbolic link that resolves outside the data root \S*data-folder \(--allow-outside-root allows it\)$/
    )
  })

  it('[symlink-outside-root] both with --allow-outside-root: evaluated', async () => {
    const manifest = await manifestWithYellow('link-allowed.csv', 'link.png')
    expectCliPass(await compare(dir, [...models, '--data', manifest, '--allow-outside-root']))
    expectCliPass(await compare(dir, [...models, '--data', 'data-folder', '--allow-outside-root']))
  })
})
