// The test ONNX builder: protobufjs over a subset of onnx.proto (onnx-subset.proto, real field numbers).
// - GraphBuilder: any graph, op by op (Conv, Gemm, MatMul, Softmax, Cast, Transpose, Reshape, …).
// - colourClassifier: models whose predictions tests control (top-1 = nearest class colour), in every input
//   and output variant classdiff reads.
// - NetworkBuilder, resnet18, resnet50, mobileNetV2: real-shaped networks with seeded random weights (benchmarks).
export * from './colour-classifier.js'
export * from './graph-builder.js'
export * from './networks.js'
