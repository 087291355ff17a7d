/**
 * The source stage: references (`git:`, `hf://`, `https://`) in the config become local files before the
 * data and model stages run, so those stages only ever read local paths (docs/sources.md).
 *
 * A model whose content hash is known before download (a Git LFS pointer's oid, a Hub LFS file's
 * X-Linked-Etag, an https URL's #sha256 pin) is fetched lazily: the model stage first asks the prediction
 * cache by that hash and calls `fetch` only on a miss. Its sidecars (`<model>.json`, `config.json`,
 * `preprocessor_config.json`, and those one folder up for a transformers `onnx/` layout) are small and come
 * at once, from the same commit.
 */
import path from 'node:path'
import type { Config, ModelSource } from '../config/types.js'
import { oneLine } from '../data/text.js'
import { InputError } from '../errors.js'
import type { Logger } from '../log.js'
import { downloadToStore } from './download.js'
import { GitRepository, parseLfsPointer } from './git.js'
import { HubClient, hubSettings, type HubRepo } from './hub.js'
import { parseReference, redactUrl, type Reference } from './reference.js'
import { SourceStore } from './store.js'

export interface SourceContext {
  /** Where `git:` references find their repository, and relative paths start: the cwd, or the workspace. */
  readonly baseDir: string
  /** The download cache's folder. */
  readonly cacheRoot: string
  readonly env?: NodeJS.ProcessEnv
}

/** Sidecar files that may configure a model, relative to the model's folder (see preprocess-config.ts). */
export function sidecarCandidates(modelRepoPath: string): string[] {
  const dir = path.posix.dirname(modelRepoPath)
  const stem = path.posix.parse(modelRepoPath).name
  const inDir = (name: string): string => (dir === '.' ? name : `${dir}/${name}`)
  const files = [inDir(`${stem}.json`), inDir('config.json'), inDir('preprocessor_config.json')]
  // transformers ONNX exports keep the model in onnx/ and the configs one folder up.
  if (path.posix.basename(dir) === 'onnx') {
    const parent = path.posix.dirname(dir)
    for (const name of ['config.json', 'preprocessor_config.json']) {
      files.push(parent === '.' ? name : `${parent}/${name}`)
    }
  }
  return [...new Set(files)].filter((file) => file !== modelRepoPath)
}

interface Materialised {
  /** The local path the stages read. */
  readonly path: string
  /** The reference pinned to the commit it was read at (`hf://…@SHA/…`), when it named a revision. */
  readonly pinned?: string
  readonly contentSha256?: string
  /** Brings the file to `path`; absent when it is there already. */
  readonly fetch?: () => Promise<void>
}

class SourceResolver {
  private readonly store: SourceStore
  private repository: GitRepository | null = null
  private hub: HubClient | null = null
  private readonly hubCommits = new Map<string, string>()

  constructor(
    private readonly context: SourceContext,
    private readonly log: Logger
  ) {
    this.store = new SourceStore(context.cacheRoot)
  }

  private async git(what: string): Promise<GitRepository> {
    this.repository ??= await GitRepository.open(this.context.baseDir, what)
    return this.repository
  }

  private hubClient(): HubClient {
    this.hub ??= new HubClient(hubSettings(this.context.env ?? process.env), this.log)
    return this.hub
  }

  /** `lazy`: a model the prediction cache may answer for; files that must be read now are fetched now. */
  async materialise(ref: Reference, what: string, lazy: boolean): Promise<Materialised> {
    switch (ref.kind) {
      case 'local':
        return { path: path.resolve(this.context.baseDir, ref.text) }
      case 'git':
        return this.fromGit(ref, what, lazy)
      case 'hf':
        return this.fromHub(ref, what, lazy, lazy)
      case 'url':
        return this.fromUrl(ref, what, lazy)
    }
  }

  private async fromGit(
    ref: Extract<Reference, { kind: 'git' }>,
    what: string,
    lazy: boolean
  ): Promise<Materialised> {
    const repo = await this.git(what)
    const commit = await repo.commit(ref.rev, what)
    const repoPath = repo.repoPath(ref.path, what)
    const snapshot = this.store.snapshotDir('git', commit)
    const place = async (file: string, required: boolean): Promise<Materialised | null> => {
      const blob = await repo.blob(commit, file)
      if (blob === null) {
        if (!required) return null
        throw new InputError(
          `${what}: no file ${file} at revision ${ref.rev} (commit ${commit.slice(0, 12)})`
        )
      }
      const target = path.join(snapshot, ...file.split('/'))
      const small = blob.size <= 1024 ? await repo.readBlob(blob.sha) : null
      const pointer = small === null ? null : parseLfsPointer(small)
      if (pointer !== null) {
        const fetch = async (): Promise<void> => {
          const stored = await repo.storeLfsObject(small as Buffer, pointer, file, this.store, what)
          await this.store.place(stored, target)
        }
        if (lazy && required) return { path: target, contentSha256: pointer.oid, fetch }
        await fetch()
        return { path: target, contentSha256: pointer.oid }
      }
      const stored = await repo.storeBlob(blob.sha, this.store)
      await this.store.place(stored.file, target)
      return { path: target, contentSha256: stored.sha256 }
    }
    const model = (await place(repoPath, true)) as Materialised
    if (lazy) for (const sidecar of sidecarCandidates(repoPath)) await place(sidecar, false)
    this.log.info(`${what}: ${repoPath} at commit ${commit.slice(0, 12)}`)
    return model
  }

  private async hubCommit(
    client: HubClient,
    repo: HubRepo,
    rev: string,
    file: string,
    what: string
  ): Promise<string> {
    const key = `${repo.type}:${repo.id}@${rev}`
    let commit = this.hubCommits.get(key)
    if (commit === undefined) {
      commit = await client.resolveRevision(repo, rev, file === '' ? null : file, what)
      this.hubCommits.set(key, commit)
    }
    return commit
  }

  /** A Hub file (with its configs when it is a model), or every file under a dataset folder. */
  private async fromHub(
    ref: Extract<Reference, { kind: 'hf' }>,
    what: string,
    lazy: boolean,
    withSidecars: boolean
  ): Promise<Materialised> {
    const client = this.hubClient()
    const repo: HubRepo = { type: ref.repoType, id: ref.repo }
    const rev = ref.rev ?? 'main'
    const commit = await this.hubCommit(client, repo, rev, ref.path, what)
    const [owner, name] = ref.repo.split('/') as [string, string]
    const snapshot = this.store.snapshotDir('hf', `${ref.repoType}s`, owner, name, commit)
    const targetOf = (file: string): string => path.join(snapshot, ...file.split('/'))
    const place = async (
      file: string,
      required: boolean,
      deferrable: boolean
    ): Promise<Materialised | null> => {
      const meta = await client.fileMetadata(repo, commit, file, what, rev)
      if (meta === null) {
        if (!required) return null
        throw new InputError(
          `${what}: no file ${file} in ${ref.repoType === 'dataset' ? 'dataset' : 'model repo'} ${ref.repo} at revision ${rev} (the Hub answered 404 EntryNotFound)`
        )
      }
      const target = targetOf(file)
      const fetch = async (): Promise<void> => {
        await this.store.place(
          await client.download(repo, commit, meta, this.store, what, rev),
          target
        )
      }
      if (deferrable && meta.sha256 !== null)
        return { path: target, contentSha256: meta.sha256, fetch }
      await fetch()
      return { path: target, ...(meta.sha256 === null ? {} : { contentSha256: meta.sha256 }) }
    }
    if (ref.repoType === 'dataset') {
      const single = ref.path === '' ? null : await place(ref.path, false, false)
      if (single !== null) return { ...single, pinned: pinnedAt(ref, commit) }
      const files = await client.listFolder(repo, commit, ref.path, what, rev)
      if (files.length === 0) {
        throw new InputError(
          `${what}: no file or folder ${ref.path || '/'} in dataset ${ref.repo} at revision ${rev}`
        )
      }
      for (const file of files) await place(file, true, false)
      this.log.info(`${what}: ${files.length} files at commit ${commit.slice(0, 12)}`)
      return {
        path: ref.path === '' ? snapshot : targetOf(ref.path),
        pinned: pinnedAt(ref, commit)
      }
    }
    const model = (await place(ref.path, true, lazy)) as Materialised
    if (withSidecars)
      for (const sidecar of sidecarCandidates(ref.path)) await place(sidecar, false, false)
    this.log.info(`${what}: ${ref.path} at commit ${commit.slice(0, 12)}`)
    return model
  }

  private async fromUrl(
    ref: Extract<Reference, { kind: 'url' }>,
    what: string,
    lazy: boolean
  ): Promise<Materialised> {
    const name = path.posix.basename(ref.url.pathname) || 'download'
    const download = async (): Promise<{ file: string; sha256: string }> =>
      downloadToStore(
        { url: ref.url.href },
        { algo: ref.sha256 === null ? null : 'sha256', hex: ref.sha256, size: null },
        this.store,
        what,
        this.log,
        (status) => `the server answered ${status} for ${redactUrl(ref.url.href)}`
      )
    if (ref.sha256 !== null) {
      const sha256 = ref.sha256
      const target = path.join(this.store.snapshotDir('url', sha256), name)
      const fetch = async (): Promise<void> => {
        const blob = (await this.store.hasBlob('sha256', sha256))
          ? this.store.blobPath('sha256', sha256)
          : (await download()).file
        await this.store.place(blob, target)
      }
      if (lazy) return { path: target, contentSha256: sha256, fetch }
      await fetch()
      return { path: target, contentSha256: sha256 }
    }
    // Unpinned: what the URL serves now, every run.
    const { file, sha256 } = await download()
    const target = path.join(this.store.snapshotDir('url', sha256), name)
    await this.store.place(file, target)
    return { path: target, contentSha256: sha256 }
  }
}

/** `hf://[datasets/]OWNER/NAME@COMMIT/PATH`: the reference at the commit its revision named when it was read. */
function pinnedAt(ref: Extract<Reference, { kind: 'hf' }>, commit: string): string {
  const repo = ref.repoType === 'dataset' ? `datasets/${ref.repo}` : ref.repo
  return `hf://${repo}@${commit}${ref.path === '' ? '' : `/${ref.path}`}`
}

function flagOf(source: ModelSource, isCandidate: boolean): string {
  const side = isCandidate ? 'candidate' : 'baseline'
  return source.kind === 'predictions' ? `--${side}-predictions` : `--${side}`
}

/** Resolves every reference of the config to local files; a config without references comes back as it was. */
export async function resolveSources(
  config: Config,
  log: Logger,
  context: SourceContext
): Promise<Config> {
  const sources = [...config.baselines, config.candidate]
  const hasReference =
    sources.some((source) => source.reference !== undefined) || config.dataReference !== undefined
  if (!hasReference) return config
  const resolver = new SourceResolver(context, log)
  const resolved: ModelSource[] = []
  for (const [i, source] of sources.entries()) {
    if (source.reference === undefined) {
      resolved.push(source)
      continue
    }
    const flag = flagOf(source, i === sources.length - 1)
    const ref = parseReference(source.reference, flag)
    // References are user text: one line, so a crafted one cannot start a workflow command in the log; a URL
    // without its query (signed URLs carry credentials there).
    const written = oneLine(ref.text, 300)
    const what =
      source.label !== undefined
        ? `${flag} ${oneLine(source.label)} (${written})`
        : `${flag} ${written}`
    const local = await resolver.materialise(ref, what, source.kind === 'onnx')
    resolved.push(
      source.kind === 'onnx'
        ? {
            ...source,
            path: local.path,
            label: source.label ?? written,
            ...(local.contentSha256 === undefined ? {} : { contentSha256: local.contentSha256 }),
            ...(local.fetch === undefined ? {} : { fetch: local.fetch })
          }
        : { ...source, path: local.path, label: source.label ?? written }
    )
  }
  let data: { path: string | null; pinned?: string } = { path: config.data }
  if (config.dataReference !== undefined) {
    const ref = parseReference(config.dataReference, '--data')
    data = await resolver.materialise(ref, `--data ${oneLine(config.dataReference, 300)}`, false)
  }
  return {
    ...config,
    baselines: resolved.slice(0, -1),
    candidate: resolved[resolved.length - 1] as ModelSource,
    data: data.path,
    ...(data.pinned === undefined ? {} : { dataPinned: data.pinned })
  }
}

/**
 * Fetches an evaluation set a shard recorded by its pinned reference (`classdiff report` on another runner):
 * the same files the shards read, whatever the revision names now. Returns the local path.
 */
export async function fetchPinnedData(
  pinned: string,
  log: Logger,
  context: SourceContext
): Promise<string> {
  const ref = parseReference(pinned, 'shard manifest data')
  if (ref.kind !== 'hf' || ref.repoType !== 'dataset') {
    throw new InputError(
      `shard manifest: data reference ${oneLine(pinned, 300)} is not an hf://datasets/ reference`
    )
  }
  const resolver = new SourceResolver(context, log)
  return (await resolver.materialise(ref, oneLine(pinned, 300), false)).path
}
