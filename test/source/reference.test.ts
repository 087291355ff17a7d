import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { silentLogger } from '../../src/log.js'
import { fetchPinnedData } from '../../src/source/resolve.js'
import { isRemoteReference, parseReference, redactUrl } from '../../src/source/reference.js'

describe('parseReference', () => {
  it('reads git:REV:PATH, with a path that may hold colons', () => {
    expect(parseReference('git:main:models/a:b.onnx', '--baseline')).toEqual({
      kind: 'git',
      text: 'git:main:models/a:b.onnx',
      rev: 'main',
      path: 'models/a:b.onnx'
    })
  })

  it('refuses revisions that would reach git as options or ranges', () => {
    expect(() => parseReference('git:--upload-pack=x:m.onnx', '--baseline')).toThrow(
      /is not a git revision/
    )
    expect(() => parseReference('git:a..b:m.onnx', '--baseline')).toThrow(/is not a git revision/)
    expect(() => parseReference('git:main', '--baseline')).toThrow(/expected git:REV:PATH/)
  })

  it('reads hf:// with and without a revision, refs/pr/N unencoded and other slashes encoded', () => {
    expect(parseReference('hf://acme/net/onnx/model.onnx', '--candidate')).toMatchObject({
      repoType: 'model',
      repo: 'acme/net',
      rev: null,
      path: 'onnx/model.onnx'
    })
    expect(parseReference('hf://acme/net@refs/pr/12/onnx/model.onnx', '--candidate')).toMatchObject(
      { rev: 'refs/pr/12', path: 'onnx/model.onnx' }
    )
    expect(parseReference('hf://acme/net@release%2Fv2/model.onnx', '--candidate')).toMatchObject({
      rev: 'release/v2',
      path: 'model.onnx'
    })
    expect(parseReference('hf://datasets/acme/set@v1/data', '--data')).toMatchObject({
      repoType: 'dataset',
      repo: 'acme/set',
      rev: 'v1',
      path: 'data'
    })
    expect(() => parseReference('hf://acme/net', '--candidate')).toThrow(/no PATH/)
    expect(() => parseReference('hf://acme/net/../x.onnx', '--candidate')).toThrow(/must not hold/)
  })

  it('reads https:// with a sha256 pin, refuses http to other hosts and credentials, and never prints a query', () => {
    const pin = 'a'.repeat(64)
    expect(
      parseReference(`https://example.com/m.onnx?X-Sig=s#sha256=${pin}`, '--baseline')
    ).toMatchObject({
      kind: 'url',
      sha256: pin,
      text: `https://example.com/m.onnx?…#sha256=${pin}`
    })
    expect(() => parseReference('http://example.com/m.onnx', '--baseline')).toThrow(
      /use https:\/\//
    )
    expect(() => parseReference('https://user:pw@example.com/m.onnx', '--baseline')).toThrow(
      /credentials in the URL are refused/
    )
    expect(() => parseReference('https://example.com/m.onnx#md5=1', '--baseline')).toThrow(
      /#sha256=/
    )
    expect(redactUrl('https://cdn.example/x?token=secret')).toBe('https://cdn.example/x?…')
  })

  it('leaves local paths alone', () => {
    expect(isRemoteReference('models/git:odd.onnx')).toBe(false)
    expect(parseReference('models/m.onnx', '--baseline')).toEqual({
      kind: 'local',
      text: 'models/m.onnx'
    })
  })
})

describe('fetchPinnedData', () => {
  it('fetches only Hub datasets: a shard manifest naming anything else is refused before any request', async () => {
    const context = { baseDir: tmpdir(), cacheRoot: path.join(tmpdir(), 'classdiff-never-written') }
    for (const pinned of [
      'https://example.com/set.parquet',
      'git:HEAD:data',
      'hf://acme/model@main/m.onnx'
    ]) {
      await expect(fetchPinnedData(pinned, silentLogger, context)).rejects.toThrow(
        /^shard manifest: data reference .* is not an hf:\/\/datasets\/ reference$/
      )
    }
  })
})
