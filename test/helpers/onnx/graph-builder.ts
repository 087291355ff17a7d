import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import protobuf from 'protobufjs'
import { float32ToFloat16 } from '../../../src/model/float16.js'

/** Element types the builder writes, named as onnxruntime names them. */
export type ElementType = 'float32' | 'float16' | 'int64' | 'int32' | 'uint8'
/** A tensor dimension: a fixed size or a symbolic (dynamic) name such as `batch`. */
export type Dim = number | string

/** TensorProto.DataType numbers from onnx.proto. */
export const DATA_TYPE: Record<ElementType, number> = {
  float32: 1,
  uint8: 2,
  int32: 6,
  int64: 7,
  float16: 10
}

const ATTRIBUTE_TYPE = { FLOAT: 1, INT: 2, STRING: 3, FLOATS: 6, INTS: 7 } as const

/** Marks a number as a FLOAT attribute (integral numbers are INT attributes otherwise). */
export class FloatAttribute {
  constructor(readonly values: number | readonly number[]) {}
}
export const float = (values: number | readonly number[]): FloatAttribute =>
  new FloatAttribute(values)

export type AttributeValue = number | readonly number[] | string | FloatAttribute

let onnxRoot: protobuf.Root | null = null
function modelType(): protobuf.Type {
  // keepCase: the field names stay as onnx.proto spells them (ir_version, not irVersion).
  onnxRoot ??= new protobuf.Root().loadSync(
    fileURLToPath(new URL('./onnx-subset.proto', import.meta.url)),
    { keepCase: true }
  )
  return onnxRoot.lookupType('onnx.ModelProto')
}

function attributeOf(name: string, value: AttributeValue): Record<string, unknown> {
  if (value instanceof FloatAttribute) {
    return Array.isArray(value.values)
      ? { name, type: ATTRIBUTE_TYPE.FLOATS, floats: value.values }
      : { name, type: ATTRIBUTE_TYPE.FLOAT, f: value.values }
  }
  if (typeof value === 'string') {
    return { name, type: ATTRIBUTE_TYPE.STRING, s: Buffer.from(value, 'utf8') }
  }
  if (typeof value === 'number') {
    return Number.isInteger(value)
      ? { name, type: ATTRIBUTE_TYPE.INT, i: value }
      : { name, type: ATTRIBUTE_TYPE.FLOAT, f: value }
  }
  return value.every((v) => Number.isInteger(v))
    ? { name, type: ATTRIBUTE_TYPE.INTS, ints: value }
    : { name, type: ATTRIBUTE_TYPE.FLOATS, floats: value }
}

function valueInfo(
  name: string,
  type: ElementType,
  shape: readonly Dim[] | null
): Record<string, unknown> {
  const tensorType: Record<string, unknown> = { elem_type: DATA_TYPE[type] }
  if (shape) {
    tensorType.shape = {
      dim: shape.map((d) => (typeof d === 'number' ? { dim_value: d } : { dim_param: d }))
    }
  }
  return { name, type: { tensor_type: tensorType } }
}

/** Tensor data: float32 values are stored as the initializer's type (float16 converted). */
export type TensorData = Float32Array | Int32Array | BigInt64Array | Uint8Array

function rawBytes(data: TensorData, type: ElementType): Uint8Array {
  if (type === 'float16') {
    if (!(data instanceof Float32Array))
      throw new Error('float16 initializers take Float32Array values')
    const half = float32ToFloat16(data)
    return new Uint8Array(half.buffer, half.byteOffset, half.byteLength)
  }
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}

function elementTypeOf(data: TensorData): ElementType {
  if (data instanceof Float32Array) return 'float32'
  if (data instanceof Int32Array) return 'int32'
  if (data instanceof BigInt64Array) return 'int64'
  return 'uint8'
}

export interface ModelOptions {
  /** Default opset 17 (onnxruntime 1.30 supports well beyond it). */
  readonly opset?: number
  readonly irVersion?: number
  readonly producer?: string
}

/**
 * Builds an ONNX graph node by node and serialises it with protobufjs. Values are referred to by name;
 * every op method returns the name of its output, so graphs read like the code that computes them.
 */
export class GraphBuilder {
  private readonly nodes: Record<string, unknown>[] = []
  private readonly initializers: Record<string, unknown>[] = []
  private readonly inputs: Record<string, unknown>[] = []
  private readonly outputs: Record<string, unknown>[] = []
  private readonly names = new Set<string>()
  private counter = 0
  private parameters = 0

  constructor(readonly name = 'classdiff_test_graph') {}

  /** A fresh value name with a readable prefix. */
  fresh(prefix: string): string {
    let name: string
    do name = `${prefix}_${this.counter++}`
    while (this.names.has(name))
    this.names.add(name)
    return name
  }

  input(name: string, type: ElementType, shape: readonly Dim[]): string {
    this.names.add(name)
    this.inputs.push(valueInfo(name, type, shape))
    return name
  }

  /** Declares `value` as a graph output called `name` (an Identity renames it when they differ). */
  output(value: string, name: string, type: ElementType, shape: readonly Dim[] | null): void {
    if (value !== name) {
      this.names.add(name)
      this.nodes.push({
        op_type: 'Identity',
        input: [value],
        output: [name],
        name: `${name}_identity`
      })
    }
    this.outputs.push(valueInfo(name, type, shape))
  }

  /** A constant tensor (an initializer); float32 data may be stored as float16. */
  constant(
    data: TensorData,
    dims: readonly number[],
    options: { name?: string; type?: ElementType } = {}
  ): string {
    const type = options.type ?? elementTypeOf(data)
    const count = dims.reduce((a, b) => a * b, 1)
    if (count !== data.length)
      throw new Error(`constant: ${data.length} values for shape [${dims.join(',')}]`)
    const name = options.name ?? this.fresh('const')
    this.names.add(name)
    this.initializers.push({
      name,
      dims,
      data_type: DATA_TYPE[type],
      raw_data: rawBytes(data, type)
    })
    this.parameters += count
    return name
  }

  /**
   * A float32 constant whose bytes live in another file (ONNX external data), `location` relative to the
   * model's folder; the caller writes that file. Used to check that paths leaving the folder are refused.
   */
  externalConstant(dims: readonly number[], location: string): string {
    const name = this.fresh('external')
    const length = dims.reduce((a, b) => a * b, 1) * 4
    this.initializers.push({
      name,
      dims,
      data_type: DATA_TYPE.float32,
      data_location: 1,
      external_data: [
        { key: 'location', value: location },
        { key: 'offset', value: '0' },
        { key: 'length', value: String(length) }
      ]
    })
    return name
  }

  /** Shorthand for an int64 vector constant (shapes, axes, perms). */
  int64s(values: readonly number[]): string {
    return this.constant(
      BigInt64Array.from(values, (v) => BigInt(v)),
      [values.length]
    )
  }

  /** Any operator; returns its output names. */
  node(
    opType: string,
    inputs: readonly string[],
    attributes: Record<string, AttributeValue> = {},
    outputCount = 1
  ): string[] {
    const outputs = Array.from({ length: outputCount }, () => this.fresh(opType.toLowerCase()))
    this.nodes.push({
      op_type: opType,
      name: `${outputs[0]}_node`,
      input: inputs,
      output: outputs,
      attribute: Object.entries(attributes).map(([key, value]) => attributeOf(key, value))
    })
    return outputs
  }

  /** A single-output operator. */
  op(
    opType: string,
    inputs: readonly string[],
    attributes: Record<string, AttributeValue> = {}
  ): string {
    return this.node(opType, inputs, attributes)[0] as string
  }

  add(a: string, b: string): string {
    return this.op('Add', [a, b])
  }
  mul(a: string, b: string): string {
    return this.op('Mul', [a, b])
  }
  matMul(a: string, b: string): string {
    return this.op('MatMul', [a, b])
  }
  relu(x: string): string {
    return this.op('Relu', [x])
  }
  /** ReLU6 as MobileNets use it (Clip takes its bounds as inputs since opset 11). */
  relu6(x: string): string {
    return this.op('Clip', [
      x,
      this.constant(Float32Array.of(0), []),
      this.constant(Float32Array.of(6), [])
    ])
  }
  globalAveragePool(x: string): string {
    return this.op('GlobalAveragePool', [x])
  }
  flatten(x: string, axis = 1): string {
    return this.op('Flatten', [x], { axis })
  }
  reshape(x: string, shape: readonly number[]): string {
    return this.op('Reshape', [x, this.int64s(shape)])
  }
  transpose(x: string, perm: readonly number[]): string {
    return this.op('Transpose', [x], { perm })
  }
  softmax(x: string, axis = 1): string {
    return this.op('Softmax', [x], { axis })
  }
  cast(x: string, to: ElementType): string {
    return this.op('Cast', [x], { to: DATA_TYPE[to] })
  }
  maxPool(x: string, kernel: number, stride: number, pad: number): string {
    return this.op('MaxPool', [x], {
      kernel_shape: [kernel, kernel],
      strides: [stride, stride],
      pads: [pad, pad, pad, pad]
    })
  }
  /** y = x·Bᵀ + c with B stored [out, in], as PyTorch's Linear stores it. */
  gemm(x: string, weight: string, bias: string): string {
    return this.op('Gemm', [x, weight, bias], { transB: 1 })
  }
  conv(
    x: string,
    weight: string,
    bias: string | null,
    options: { kernel: number; stride?: number; pad?: number; group?: number }
  ): string {
    const { kernel, stride = 1, pad = 0, group = 1 } = options
    return this.op('Conv', bias ? [x, weight, bias] : [x, weight], {
      kernel_shape: [kernel, kernel],
      strides: [stride, stride],
      pads: [pad, pad, pad, pad],
      group
    })
  }

  /** Values held in constants (weights, biases, shapes): a network's parameter count. */
  get parameterCount(): number {
    return this.parameters
  }

  /** The serialised ModelProto. */
  toBytes(options: ModelOptions = {}): Uint8Array {
    const type = modelType()
    const model = type.fromObject({
      ir_version: options.irVersion ?? 8,
      producer_name: options.producer ?? 'classdiff-test-builder',
      opset_import: [{ domain: '', version: options.opset ?? 17 }],
      graph: {
        name: this.name,
        node: this.nodes,
        initializer: this.initializers,
        input: this.inputs,
        output: this.outputs
      }
    })
    return type.encode(model).finish()
  }

  async save(path: string, options: ModelOptions = {}): Promise<string> {
    await writeFile(path, this.toBytes(options))
    return path
  }
}
