/**
 * Where a model, predictions file or evaluation set comes from (docs/sources.md): a local path, or
 *
 * - `git:REV:PATH` — the file at a revision of the repository holding the working directory (the workspace in
 *   the action), PATH as `git show REV:PATH` reads it (from the repository's top; `./…` from the working dir);
 * - `hf://OWNER/REPO[@REV]/PATH` — a file of a Hugging Face model repo; `hf://datasets/OWNER/NAME[@REV]/PATH` a
 *   file or folder of a dataset repo. REV is a branch, tag, commit or `refs/pr/N`; one holding other slashes is
 *   written URL-encoded (`@release%2Fv2`), as huggingface_hub's HfFileSystem reads it;
 * - `https://…` with an optional `#sha256=HEX` pin.
 */
import { InputError } from '../errors.js'
import { quote } from '../data/text.js'

export type Reference =
  | { readonly kind: 'local'; readonly text: string }
  | { readonly kind: 'git'; readonly text: string; readonly rev: string; readonly path: string }
  | {
      readonly kind: 'hf'
      readonly text: string
      readonly repoType: 'model' | 'dataset'
      /** `OWNER/NAME`. */
      readonly repo: string
      /** null: the repo's default branch (`main`). */
      readonly rev: string | null
      readonly path: string
    }
  | {
      readonly kind: 'url'
      readonly text: string
      readonly url: URL
      readonly sha256: string | null
    }

/** True when the text names something classdiff must fetch rather than a local path. */
export function isRemoteReference(text: string): boolean {
  return /^(git:|hf:\/\/|https?:\/\/)/i.test(text)
}

/** Git revisions as we pass them to git: no option-like or whitespace text (they reach a command line). */
const REVISION = /^[A-Za-z0-9._/@{}^~+-]+$/
const REPO_PART = /^[A-Za-z0-9][A-Za-z0-9._-]*$/
const HEX64 = /^[0-9a-f]{64}$/

export function parseReference(text: string, role: string): Reference {
  const lower = text.toLowerCase()
  if (lower.startsWith('git:')) return parseGit(text, role)
  if (lower.startsWith('hf://')) return parseHub(text, role)
  if (lower.startsWith('https://') || lower.startsWith('http://')) return parseUrl(text, role)
  return { kind: 'local', text }
}

function parseGit(text: string, role: string): Reference {
  const rest = text.slice(4)
  const colon = rest.indexOf(':')
  const rev = colon < 0 ? '' : rest.slice(0, colon)
  const file = colon < 0 ? '' : rest.slice(colon + 1)
  if (rev === '' || file === '') {
    throw new InputError(
      `${role} ${quote(text)}: expected git:REV:PATH (e.g. git:main:models/model.onnx)`
    )
  }
  if (!REVISION.test(rev) || rev.startsWith('-') || rev.includes('..')) {
    throw new InputError(`${role} ${quote(text)}: ${quote(rev)} is not a git revision`)
  }
  if (file.includes('\0') || file.startsWith('/')) {
    throw new InputError(
      `${role} ${quote(text)}: PATH must be relative to the repository (no leading /)`
    )
  }
  return { kind: 'git', text, rev, path: file }
}

function parseHub(text: string, role: string): Reference {
  let rest = text.slice(5)
  let repoType: 'model' | 'dataset' = 'model'
  if (rest.startsWith('datasets/')) {
    repoType = 'dataset'
    rest = rest.slice('datasets/'.length)
  } else if (rest.startsWith('models/')) {
    rest = rest.slice('models/'.length)
  }
  const usage = `expected hf://${repoType === 'dataset' ? 'datasets/' : ''}OWNER/${repoType === 'dataset' ? 'NAME' : 'REPO'}[@REVISION]/PATH`
  const owner = rest.split('/')[0] ?? ''
  const afterOwner = rest.slice(owner.length + 1)
  const nameMatch =
    /^([^/@]+)(?:@(refs\/pr\/\d+|refs\/convert\/[A-Za-z0-9._-]+|[^/]+))?(?:\/(.*))?$/.exec(
      afterOwner
    )
  const name = nameMatch?.[1] ?? ''
  if (!REPO_PART.test(owner) || !REPO_PART.test(name))
    throw new InputError(`${role} ${quote(text)}: ${usage}`)
  let rev: string | null = null
  if (nameMatch?.[2] !== undefined) {
    try {
      rev = decodeURIComponent(nameMatch[2])
    } catch {
      throw new InputError(`${role} ${quote(text)}: the revision is not valid URL encoding`)
    }
    if (rev === '') throw new InputError(`${role} ${quote(text)}: empty revision after @`)
  }
  const file = (nameMatch?.[3] ?? '').replace(/\/+$/, '')
  if (file === '' && repoType === 'model')
    throw new InputError(`${role} ${quote(text)}: ${usage} (no PATH)`)
  if (file.split('/').some((part) => part === '..' || part === '.') || file.includes('\0')) {
    throw new InputError(`${role} ${quote(text)}: PATH must not hold "." or ".." parts`)
  }
  return { kind: 'hf', text, repoType, repo: `${owner}/${name}`, rev, path: file }
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

function parseUrl(text: string, role: string): Reference {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new InputError(`${role} ${quote(redactUrl(text))}: not a valid URL`)
  }
  // Plain http only to this machine (a local mirror); anything else could be altered on the way.
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    throw new InputError(`${role} ${redactUrl(text)}: use https:// (http:// only for localhost)`)
  }
  let sha256: string | null = null
  if (url.hash !== '') {
    const pin = /^#sha256=([0-9a-fA-F]{64})$/.exec(url.hash)
    if (!pin)
      throw new InputError(
        `${role} ${redactUrl(text)}: the fragment must be #sha256=<64 hex digits>`
      )
    sha256 = (pin[1] as string).toLowerCase()
    url.hash = ''
  }
  if (url.username !== '' || url.password !== '') {
    throw new InputError(
      `${role} ${redactUrl(text)}: credentials in the URL are refused (they would be logged)`
    )
  }
  return { kind: 'url', text: redactUrl(text), url, sha256 }
}

/** A URL as it may be printed: without credentials or query (signed URLs carry tokens there). */
export function redactUrl(text: string): string {
  try {
    const url = new URL(text)
    const pin = /#sha256=[0-9a-fA-F]{64}$/.exec(url.hash)?.[0] ?? ''
    return `${url.protocol}//${url.host}${url.pathname}${url.search === '' ? '' : '?…'}${pin}`
  } catch {
    return text.replace(/[?#].*$/, '').replace(/\/\/[^/@]*@/, '//')
  }
}

export function isSha256(text: string): boolean {
  return HEX64.test(text)
}
