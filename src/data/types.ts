/** One image of the evaluation set. */
export interface EvalImage {
  /**
   * The image's path relative to the data root, as the manifest writes it (ImageFolder: `class/file.jpg`).
   * Also the id in predictions files. With `--preset imagenet`, validation images are known by file name
   * alone (`ILSVRC2012_val_00000001.JPEG`), wherever they sit under the root.
   */
  readonly id: string
  /**
   * Absolute path on disk; resolved inside the data root. Empty when the set comes from predictions alone, or
   * when the image is a cell of a parquet file (`parquet`).
   */
  readonly file: string
  /** Where the encoded image sits when it is a cell of a parquet file (docs/parquet.md). */
  readonly parquet?: ParquetImage
  /** Original (single) label, a class index. */
  readonly label: number
  /** Valid labels for multi-label scoring; `null` when unknown, `[]` when the image is left out of multi-label scoring. */
  readonly multiLabels: readonly number[] | null
}

/** An image stored in a parquet file: which file, row group and row; its bytes are read when a batch needs them. */
export interface ParquetImage {
  /** Absolute path of the parquet file. */
  readonly file: string
  /** How messages name the file (relative to the working directory when inside it). */
  readonly name: string
  /** The image column (a `{bytes, path}` struct). */
  readonly column: string
  readonly rowGroup: number
  /** Row within the row group. */
  readonly indexInGroup: number
  /** Row within the file, counted from 0. */
  readonly row: number
  /** Encoded size in bytes (for the prediction cache's dataset fingerprint). */
  readonly size: number
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
