import { seededRandom } from '../random.js'
import { GraphBuilder, type Dim } from './graph-builder.js'

/** Seeded random weights (test/helpers/random.ts): same seed, same weights. */
export class SeededRandom {
  /** Uniform in [0, 1). */
  readonly uniform: () => number

  constructor(seed: number) {
    this.uniform = seededRandom(seed)
  }

  /**
   * Uniform values with mean 0 and the given standard deviation (±√3·std), as PyTorch's default
   * Kaiming-uniform init draws them; several times faster than normals for the 25 M weights of a ResNet-50.
   */
  weights(count: number, std: number): Float32Array {
    const values = new Float32Array(count)
    const half = Math.sqrt(3) * std
    for (let i = 0; i < count; i++) values[i] = (2 * this.uniform() - 1) * half
    return values
  }
}

/** A value in the graph with its channel count, so blocks can size their weights. */
export interface Feature {
  readonly value: string
  readonly channels: number
}

export type Activation = 'relu' | 'relu6' | 'none'

export interface ConvBnOptions {
  readonly kernel: number
  readonly stride?: number
  /** Grouped convolution; `group === channels` is depthwise. */
  readonly group?: number
  readonly activation?: Activation
  /** Scales the He-scaled weights; below 1 on the last conv of a residual branch keeps activations bounded. */
  readonly gain?: number
}

export interface NetworkInput {
  readonly batch?: number | 'dynamic'
  /** Square input side; default 224. */
  readonly size?: number
}

/**
 * Convolutional building blocks with random (He-scaled, seeded) weights, batch norm folded into the
 * convolution's weights and bias as inference exports have it. Shapes and FLOPs match the real networks;
 * the numbers are meaningless, which is all a throughput benchmark needs.
 */
export class NetworkBuilder {
  readonly graph: GraphBuilder
  private readonly random: SeededRandom
  private batchDim: Dim = 'batch'

  constructor(name: string, seed = 1) {
    this.graph = new GraphBuilder(name)
    this.random = new SeededRandom(seed)
  }

  imageInput(options: NetworkInput = {}): Feature {
    const size = options.size ?? 224
    this.batchDim =
      options.batch === undefined || options.batch === 'dynamic' ? 'batch' : options.batch
    return {
      value: this.graph.input('image', 'float32', [this.batchDim, 3, size, size]),
      channels: 3
    }
  }

  convBn(x: Feature, out: number, options: ConvBnOptions): Feature {
    const { kernel, stride = 1, group = 1, activation = 'relu', gain = 1 } = options
    const perGroup = x.channels / group
    const fanIn = perGroup * kernel * kernel
    const weight = this.random.weights(
      out * perGroup * kernel * kernel,
      gain * Math.sqrt(2 / fanIn)
    )
    const bias = this.random.weights(out, 0.01)
    const g = this.graph
    let y = g.conv(
      x.value,
      g.constant(weight, [out, perGroup, kernel, kernel]),
      g.constant(bias, [out]),
      {
        kernel,
        stride,
        pad: Math.floor(kernel / 2),
        group
      }
    )
    if (activation === 'relu') y = g.relu(y)
    else if (activation === 'relu6') y = g.relu6(y)
    return { value: y, channels: out }
  }

  maxPool(x: Feature, kernel = 3, stride = 2): Feature {
    return {
      value: this.graph.maxPool(x.value, kernel, stride, Math.floor(kernel / 2)),
      channels: x.channels
    }
  }

  /** The residual sum followed by ReLU, projecting the shortcut when the shape changes. */
  private residual(x: Feature, branch: Feature, stride: number): Feature {
    const shortcut =
      stride !== 1 || x.channels !== branch.channels
        ? this.convBn(x, branch.channels, { kernel: 1, stride, activation: 'none' })
        : x
    return {
      value: this.graph.relu(this.graph.add(shortcut.value, branch.value)),
      channels: branch.channels
    }
  }

  /** ResNet-18/34 block: 3×3, 3×3. */
  basicBlock(x: Feature, out: number, stride = 1): Feature {
    const a = this.convBn(x, out, { kernel: 3, stride })
    const b = this.convBn(a, out, { kernel: 3, activation: 'none', gain: 0.2 })
    return this.residual(x, b, stride)
  }

  /** ResNet-50/101 block: 1×1 reduce, 3×3 (strided, as torchvision's v1.5), 1×1 expand ×4. */
  bottleneck(x: Feature, width: number, stride = 1): Feature {
    const a = this.convBn(x, width, { kernel: 1 })
    const b = this.convBn(a, width, { kernel: 3, stride })
    const c = this.convBn(b, width * 4, { kernel: 1, activation: 'none', gain: 0.2 })
    return this.residual(x, c, stride)
  }

  /** MobileNetV2 block: 1×1 expand, 3×3 depthwise, 1×1 linear projection; residual when shapes allow. */
  invertedResidual(x: Feature, out: number, stride: number, expansion: number): Feature {
    const hidden = x.channels * expansion
    const expanded =
      expansion === 1 ? x : this.convBn(x, hidden, { kernel: 1, activation: 'relu6' })
    const depthwise = this.convBn(expanded, hidden, {
      kernel: 3,
      stride,
      group: hidden,
      activation: 'relu6'
    })
    const projected = this.convBn(depthwise, out, { kernel: 1, activation: 'none', gain: 0.2 })
    if (stride !== 1 || x.channels !== out) return projected
    return { value: this.graph.add(x.value, projected.value), channels: out }
  }

  /** Global average pool, flatten, fully connected; declares the `logits` output [N, classes]. */
  classifierHead(x: Feature, classes: number): GraphBuilder {
    const g = this.graph
    const pooled = g.flatten(g.globalAveragePool(x.value))
    const weight = this.random.weights(classes * x.channels, Math.sqrt(1 / x.channels))
    const logits = g.gemm(
      pooled,
      g.constant(weight, [classes, x.channels]),
      g.constant(new Float32Array(classes), [classes])
    )
    g.output(logits, 'logits', 'float32', [this.batchDim, classes])
    return g
  }
}

export interface NetworkOptions extends NetworkInput {
  readonly classes?: number
  readonly seed?: number
}

function resnet(
  name: string,
  block: 'basic' | 'bottleneck',
  depths: readonly number[],
  options: NetworkOptions
): GraphBuilder {
  const net = new NetworkBuilder(name, options.seed ?? 1)
  let x = net.imageInput(options)
  x = net.maxPool(net.convBn(x, 64, { kernel: 7, stride: 2 }))
  const widths = [64, 128, 256, 512]
  depths.forEach((depth, stage) => {
    for (let i = 0; i < depth; i++) {
      const stride = i === 0 && stage > 0 ? 2 : 1
      x =
        block === 'basic'
          ? net.basicBlock(x, widths[stage] as number, stride)
          : net.bottleneck(x, widths[stage] as number, stride)
    }
  })
  return net.classifierHead(x, options.classes ?? 1000)
}

/** ResNet-18-shaped (11.7 M parameters, 1.8 GFLOPs at 224²), random weights. */
export function resnet18(options: NetworkOptions = {}): GraphBuilder {
  return resnet('resnet18', 'basic', [2, 2, 2, 2], options)
}

/** ResNet-50-shaped (25.6 M parameters, 4.1 GFLOPs at 224²), random weights. */
export function resnet50(options: NetworkOptions = {}): GraphBuilder {
  return resnet('resnet50', 'bottleneck', [3, 4, 6, 3], options)
}

/** MobileNetV2-shaped (width 1.0: 3.5 M parameters, 0.3 GFLOPs at 224²), random weights. */
export function mobileNetV2(options: NetworkOptions = {}): GraphBuilder {
  const net = new NetworkBuilder('mobilenet_v2', options.seed ?? 1)
  let x = net.convBn(net.imageInput(options), 32, { kernel: 3, stride: 2, activation: 'relu6' })
  // (expansion, channels, repeats, first stride) from the MobileNetV2 paper, table 2.
  const stages: readonly (readonly [number, number, number, number])[] = [
    [1, 16, 1, 1],
    [6, 24, 2, 2],
    [6, 32, 3, 2],
    [6, 64, 4, 2],
    [6, 96, 3, 1],
    [6, 160, 3, 2],
    [6, 320, 1, 1]
  ]
  for (const [expansion, channels, repeats, stride] of stages) {
    for (let i = 0; i < repeats; i++)
      x = net.invertedResidual(x, channels, i === 0 ? stride : 1, expansion)
  }
  x = net.convBn(x, 1280, { kernel: 1, activation: 'relu6' })
  return net.classifierHead(x, options.classes ?? 1000)
}
