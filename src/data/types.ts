/** One image of the evaluation set. */
export interface EvalImage {
  /**
   * The image's path relative to the data root, as the manifest writes it (ImageFolder: `class/file.jpg`).
   * Also the id in predictions files. With `--preset imagenet`, validation images are known by file name
   * alone (`ILSVRC2012_val_00000001.JPEG`), wherever they sit under the root.
   */
  readonly id: string
  /** Absolute path on disk; resolved inside the data root. Empty when the set comes from predictions alone. */
  readonly file: string
  /** Original (single) label, a class index. */
  readonly label: number
  /** Valid labels for multi-label scoring; `null` when unknown, `[]` when the image is left out of multi-label scoring. */
  readonly multiLabels: readonly number[] | null
}

/** A class hierarchy: an is-a DAG over named nodes; classes are some of its nodes. */
export interface Hierarchy {
  /** Node id of each class, by class index (WordNet id for ImageNet, the class name otherwise). */
  readonly classNodes: readonly string[]
  /** parent node ids of every node. */
  readonly parents: ReadonlyMap<string, readonly string[]>
  /** Display name of nodes, when known. */
  readonly names: ReadonlyMap<string, string>
}

/** A labelled evaluation set, everything in class-index order. */
export interface EvalSet {
  /** Folder image paths resolve against; empty when the set comes from predictions alone. */
  readonly root: string
  /** Class names by index. */
  readonly classNames: readonly string[]
  /** WordNet ids by class index, when the preset or a `wnid name` classes file carries them. */
  readonly classIds?: readonly string[]
  readonly images: readonly EvalImage[]
  /** True when at least one image carries a multi-label set. */
  readonly hasMultiLabels: boolean
  /** Class hierarchy when one was given (or built in by a preset). */
  readonly hierarchy: Hierarchy | null
  /** Where the set came from, for messages and the report (a path or `preset:imagenet`). */
  readonly source: string
}
