/**
 * `hf://` references, talking to the Hub as huggingface_hub does (file_download.py): the revision is resolved
 * to a commit once (`/api/{models|datasets}/{repo}/revision/{rev}`), so the model and its configs come from
 * the same commit; each file's metadata comes from a HEAD on `/{repo}/resolve/{commit}/{path}` (`X-Repo-Commit`,
 * `X-Linked-Etag` = the sha256 of an LFS file or else `ETag` = the git blob id, `X-Linked-Size`), and the GET
 * follows the 302 to the file store. `HF_ENDPOINT` and `HF_TOKEN` are honoured; the token is sent to the Hub
 * only, never printed.
 */
import { InputError } from '../errors.js'
import type { Logger } from '../log.js'
import { downloadToStore, request } from './download.js'
import { isSha256 } from './reference.js'
import type { BlobAlgo, SourceStore } from './store.js'

export interface HubSettings {
  readonly endpoint: string
  readonly token: string | null
}

export function hubSettings(env: NodeJS.ProcessEnv = process.env): HubSettings {
  const endpoint = (env.HF_ENDPOINT || 'https://huggingface.co').replace(/\/+$/, '')
  const token = (env.HF_TOKEN || env.HUGGING_FACE_HUB_TOKEN || '').trim()
  return { endpoint, token: token === '' ? null : token }
}

export interface HubRepo {
  readonly type: 'model' | 'dataset'
  /** `owner/name`. */
  readonly id: string
}

/** What the Hub says about one file at a commit. */
export interface HubFile {
  readonly path: string
  readonly algo: BlobAlgo
  readonly hex: string
  readonly size: number
  /** The sha256 of the content, when the Hub publishes it (LFS files). */
  readonly sha256: string | null
}

/** Path segments URL-encoded, slashes kept (huggingface_hub's `quote(filename)`). */
function encodePath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/')
}

/** Strips `W/` and quotes from an ETag, as huggingface_hub's _normalize_etag does. */
function normalizeEtag(etag: string | null): string | null {
  return etag === null ? null : etag.replace(/^W\//, '').replace(/^"|"$/g, '')
}

export class HubClient {
  constructor(
    readonly settings: HubSettings,
    private readonly log: Logger
  ) {}

  private get authorization(): string | undefined {
    return this.settings.token === null ? undefined : `Bearer ${this.settings.token}`
  }

  private repoUrl(repo: HubRepo): string {
    return `${this.settings.endpoint}/${repo.type === 'dataset' ? 'datasets/' : ''}${repo.id}`
  }

  /**
   * One line for a refused request: what was asked (repo, revision, file), what the Hub answered, and
   * whether a token was sent — the two usual causes of a 401 are "no token" and "a token without access".
   */
  describe(
    repo: HubRepo,
    rev: string,
    file: string | null,
    status: number,
    response: Response
  ): string {
    const code = response.headers.get('x-error-code')
    const kind = repo.type === 'dataset' ? 'dataset' : 'model repo'
    const target = `${file === null ? '' : `file ${file} of `}${kind} ${repo.id} at revision ${rev}`
    const token =
      this.settings.token === null
        ? 'no token was sent (set HF_TOKEN)'
        : 'a token was sent (HF_TOKEN)'
    if (status === 401 || status === 403) {
      const what =
        code === 'GatedRepo'
          ? 'is gated: accept its conditions on the Hub'
          : status === 401
            ? 'needs authorisation (a private repo, or none by that name)'
            : 'is not accessible with this token'
      return `the Hub answered ${status} for ${target}: it ${what}; ${token}`
    }
    if (status === 404) {
      if (code === 'RevisionNotFound')
        return `revision ${rev} not found in ${kind} ${repo.id} (the Hub answered 404 RevisionNotFound)`
      if (code === 'EntryNotFound')
        return `no file ${file ?? ''} in ${kind} ${repo.id} at revision ${rev} (the Hub answered 404 EntryNotFound)`
      return `${kind} ${repo.id} not found (the Hub answered 404${code ? ` ${code}` : ''}; ${token})`
    }
    return `the Hub answered ${status} for ${target}`
  }

  /**
   * A GET on the Hub's API: a refusal is an input error saying what was asked (`asked`) and what the Hub
   * answered, and an answer that is not JSON one naming `subject` ("the Hub's <subject> is not JSON").
   */
  private async apiJson(
    url: string,
    asked: { repo: HubRepo; rev: string; file: string | null; what: string },
    subject: string
  ): Promise<{ body: unknown; response: Response }> {
    const { response } = await request({
      url,
      authorization: this.authorization,
      sameHostRedirectsOnly: true
    })
    if (response.status !== 200) {
      await response.body?.cancel()
      const { repo, rev, file, what } = asked
      throw new InputError(`${what}: ${this.describe(repo, rev, file, response.status, response)}`)
    }
    try {
      return { body: await response.json(), response }
    } catch {
      throw new InputError(`${asked.what}: the Hub's ${subject} is not JSON`)
    }
  }

  /** The commit a revision names; `file` is what the caller is after, for messages. */
  async resolveRevision(
    repo: HubRepo,
    rev: string,
    file: string | null,
    what: string
  ): Promise<string> {
    const url = `${this.settings.endpoint}/api/${repo.type}s/${repo.id}/revision/${encodeURIComponent(rev)}`
    const { body } = await this.apiJson(
      url,
      { repo, rev, file, what },
      `answer for revision ${rev}`
    )
    const sha = (body as { sha?: unknown } | null)?.sha
    if (typeof sha !== 'string' || !/^[0-9a-f]{40}$/.test(sha)) {
      throw new InputError(`${what}: the Hub's answer for revision ${rev} names no commit`)
    }
    return sha
  }

  /** Metadata of a file at a commit; null when the Hub says the file does not exist. */
  async fileMetadata(
    repo: HubRepo,
    commit: string,
    file: string,
    what: string,
    rev: string
  ): Promise<HubFile | null> {
    const url = `${this.repoUrl(repo)}/resolve/${commit}/${encodePath(file)}`
    const { response } = await request({
      url,
      method: 'HEAD',
      authorization: this.authorization,
      headers: { 'accept-encoding': 'identity' },
      sameHostRedirectsOnly: true
    })
    if (response.status === 404 && response.headers.get('x-error-code') === 'EntryNotFound')
      return null
    if (response.status >= 400) {
      throw new InputError(`${what}: ${this.describe(repo, rev, file, response.status, response)}`)
    }
    const linked = normalizeEtag(response.headers.get('x-linked-etag'))
    const etag = linked ?? normalizeEtag(response.headers.get('etag'))
    const sizeText = response.headers.get('x-linked-size') ?? response.headers.get('content-length')
    if (etag === null || sizeText === null || !/^\d+$/.test(sizeText)) {
      throw new InputError(
        `${what}: the Hub gave no ETag or size for ${file}, so the download cannot be verified`
      )
    }
    if (isSha256(etag))
      return { path: file, algo: 'sha256', hex: etag, size: Number(sizeText), sha256: etag }
    if (/^[0-9a-f]{40}$/.test(etag))
      return { path: file, algo: 'git-sha1', hex: etag, size: Number(sizeText), sha256: null }
    throw new InputError(
      `${what}: the Hub's ETag for ${file} is neither a sha256 nor a git blob id`
    )
  }

  /** The stored file, downloading it unless the store has it. */
  async download(
    repo: HubRepo,
    commit: string,
    meta: HubFile,
    store: SourceStore,
    what: string,
    rev: string
  ): Promise<string> {
    if (await store.hasBlob(meta.algo, meta.hex)) return store.blobPath(meta.algo, meta.hex)
    const url = `${this.repoUrl(repo)}/resolve/${commit}/${encodePath(meta.path)}`
    const { file } = await downloadToStore(
      { url, authorization: this.authorization },
      { algo: meta.algo, hex: meta.hex, size: meta.size },
      store,
      what,
      this.log,
      (status, response) => this.describe(repo, rev, meta.path, status, response)
    )
    return file
  }

  /** Every file under a folder of the repo at a commit (the tree API, following its pages). */
  async listFolder(
    repo: HubRepo,
    commit: string,
    folder: string,
    what: string,
    rev: string
  ): Promise<string[]> {
    const files: string[] = []
    let url: string | null =
      `${this.settings.endpoint}/api/${repo.type}s/${repo.id}/tree/${commit}${folder === '' ? '' : `/${encodePath(folder)}`}?recursive=true`
    while (url !== null) {
      const asked = { repo, rev, file: folder, what }
      const { body, response } = await this.apiJson(url, asked, 'folder listing')
      const entries = body as { type?: unknown; path?: unknown }[]
      if (!Array.isArray(entries))
        throw new InputError(`${what}: the Hub's folder listing is not a list`)
      for (const entry of entries) {
        if (entry?.type === 'file' && typeof entry.path === 'string') files.push(entry.path)
      }
      const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1]
      url = next === undefined ? null : new URL(next, this.settings.endpoint).href
    }
    return files.sort()
  }
}
