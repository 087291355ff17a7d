import path from 'node:path'
import * as ort from 'onnxruntime-node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../../model/helpers/images.js'
import { mobileNetV2, resnet18, resnet50, SeededRandom } from './networks.js'

let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => ({ dir, cleanup } = await tempDir('classdiff-networks-')))
afterAll(() => cleanup())

async function run(file: string, batch: number, size: number): Promise<ort.Tensor> {
  const session = await ort.InferenceSession.create(file, { intraOpNumThreads: 1 })
  try {
    const input = new Float32Array(batch * 3 * size * size).map((_, i) => Math.sin(i))
    const output = await session.run({
      image: new ort.Tensor('float32', input, [batch, 3, size, size])
    })
    return output.logits as ort.Tensor
  } finally {
    await session.release()
  }
}

describe('benchmark networks', () => {
  it('ResNet-18 has ResNet-18’s parameter count (BN folded into conv biases) and runs with a dynamic batch', async () => {
    const network = resnet18({ classes: 1000 })
    // torchvision's 11,689,512 counts two BN parameters per channel; folded, each conv keeps one bias instead.
    expect(network.parameterCount).toBeGreaterThan(11_650_000)
    expect(network.parameterCount).toBeLessThan(11_700_000)
    const small = await resnet18({ classes: 10, size: 64 }).save(path.join(dir, 'resnet18.onnx'))
    const logits = await run(small, 2, 64)
    expect(logits.dims).toEqual([2, 10])
    expect(Array.from(logits.data as Float32Array).every(Number.isFinite)).toBe(true)
  })

  it('ResNet-50 and MobileNetV2 have their networks’ shapes', async () => {
    expect(resnet50({ classes: 1000 }).parameterCount).toBeGreaterThan(25_450_000)
    const mobile = mobileNetV2({ classes: 1000 })
    expect(mobile.parameterCount).toBeGreaterThan(3_450_000)
    expect(mobile.parameterCount).toBeLessThan(3_550_000)
    const file = await mobileNetV2({ classes: 7, size: 64 }).save(path.join(dir, 'mobilenet.onnx'))
    expect((await run(file, 3, 64)).dims).toEqual([3, 7])
  })

  it('the same seed gives the same model bytes; another seed other weights', () => {
    const a = mobileNetV2({ classes: 10, seed: 7 }).toBytes()
    const b = mobileNetV2({ classes: 10, seed: 7 }).toBytes()
    const c = mobileNetV2({ classes: 10, seed: 8 }).toBytes()
    expect(Buffer.compare(a, b)).toBe(0)
    expect(Buffer.compare(a, c)).not.toBe(0)
  })

  it('SeededRandom draws weights with mean 0 and the requested spread', () => {
    const values = new SeededRandom(3).weights(20_000, 0.5)
    const mean = values.reduce((s, v) => s + v, 0) / values.length
    const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length
    expect(Math.abs(mean)).toBeLessThan(0.03)
    expect(Math.abs(variance - 0.25)).toBeLessThan(0.0125)
    expect(Math.max(...values)).toBeLessThanOrEqual(Math.sqrt(3) * 0.5)
  })
})
