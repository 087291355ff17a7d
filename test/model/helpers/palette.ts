import type { Rgb } from '../../helpers/onnx/colour-classifier.js'

/** Class colours of the test classifiers: class k is the image colour nearest PALETTE[k]. */
export const PALETTE: readonly Rgb[] = [
  [220, 30, 30], // 0 red
  [30, 200, 40], // 1 green
  [30, 40, 220], // 2 blue
  [230, 220, 40] // 3 yellow
]

/** Image colours near each class colour, but not equal, so the model has to rank rather than match. */
export const SAMPLES: readonly {
  readonly name: string
  readonly colour: Rgb
  readonly label: number
}[] = [
  { name: 'red', colour: [200, 50, 40], label: 0 },
  { name: 'green', colour: [60, 180, 70], label: 1 },
  { name: 'blue', colour: [50, 60, 190], label: 2 },
  { name: 'yellow', colour: [210, 200, 70], label: 3 },
  { name: 'crimson', colour: [180, 20, 60], label: 0 },
  { name: 'navy', colour: [20, 30, 150], label: 2 },
  { name: 'lime', colour: [100, 230, 60], label: 1 }
]
