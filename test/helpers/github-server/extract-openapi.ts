/**
 * Regenerates `openapi-subset.json`: the operations classdiff calls, cut from GitHub's published OpenAPI
 * description (npm `@octokit/openapi`, ~30 MB packed, so only the subset is committed).
 *
 *   node --import tsx test/helpers/github-server/extract-openapi.ts [version]
 *
 * Keeps every `$ref` the operations reach (schemas, parameters, responses, headers) and drops examples and
 * prose, so the file stays small and reviewable. Deterministic: keys are written in the source's order.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'

/** Method and path template of every GitHub REST call classdiff makes (keep in sync with src/github/). */
export const USED_OPERATIONS: readonly (readonly [string, string])[] = [
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['delete', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['post', '/repos/{owner}/{repo}/check-runs'],
  ['get', '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts'],
  ['get', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}'],
  ['get', '/user']
]

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

const DROPPED_KEYS = new Set([
  'examples',
  'example',
  'description',
  'summary',
  'externalDocs',
  'tags'
])

/** Copies a node without prose and examples, noting every local `$ref` it meets. */
function strip(node: Json, refs: Set<string>): Json {
  if (Array.isArray(node)) return node.map((item) => strip(item, refs))
  if (node === null || typeof node !== 'object') return node
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(node)) {
    // Inside `properties` a key is a field name (a field may be called `description`), not a keyword.
    const isFieldMap = key === 'properties'
    if (DROPPED_KEYS.has(key)) continue
    if (key === '$ref' && typeof value === 'string') refs.add(value)
    if (isFieldMap && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const fields: JsonObject = {}
      for (const [field, schema] of Object.entries(value)) fields[field] = strip(schema, refs)
      out[key] = fields
    } else {
      out[key] = strip(value, refs)
    }
  }
  return out
}

function resolvePointer(document: JsonObject, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`only local refs are supported: ${ref}`)
  let node: Json = document
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !(key in node)) {
      throw new Error(`dangling ref ${ref}`)
    }
    node = node[key]
  }
  return node
}

export function extractSubset(full: JsonObject, source: string): JsonObject {
  const refs = new Set<string>()
  const paths: JsonObject = {}
  for (const [method, path] of USED_OPERATIONS) {
    const item = (full.paths as JsonObject)[path] as JsonObject | undefined
    const operation = item?.[method]
    if (!operation) throw new Error(`${method.toUpperCase()} ${path} is not in ${source}`)
    const kept = (paths[path] ?? {}) as JsonObject
    kept[method] = strip(operation, refs)
    paths[path] = kept
  }
  // Follow refs transitively; components are copied whole (minus prose) under their original names.
  const components: Record<string, JsonObject> = {}
  const done = new Set<string>()
  const pending = [...refs]
  while (pending.length > 0) {
    const ref = pending.pop() as string
    if (done.has(ref)) continue
    done.add(ref)
    const [, section, name] = ref.split('/').slice(1)
    if (section === undefined || name === undefined) throw new Error(`unexpected ref ${ref}`)
    const found = new Set<string>()
    const value = strip(resolvePointer(full, ref), found)
    components[section] ??= {}
    components[section][name] = value
    for (const next of found) if (!done.has(next)) pending.push(next)
  }
  const sortedComponents: JsonObject = {}
  for (const section of Object.keys(components).sort()) {
    const entries = Object.keys(components[section]).sort()
    sortedComponents[section] = Object.fromEntries(entries.map((k) => [k, components[section][k]]))
  }
  const info = full.info as JsonObject
  return {
    openapi: full.openapi,
    info: { title: info.title, version: info.version, 'x-extracted-from': source },
    paths,
    components: sortedComponents
  }
}

async function main(): Promise<void> {
  const version = process.argv[2] ?? 'latest'
  const work = mkdtempSync(join(tmpdir(), 'classdiff-openapi-'))
  try {
    execFileSync('npm', ['pack', `@octokit/openapi@${version}`, '--silent'], {
      cwd: work,
      stdio: ['ignore', 'pipe', 'inherit']
    })
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))
    if (!tarball) throw new Error('npm pack produced no tarball')
    execFileSync(
      'tar',
      ['xzf', tarball, 'package/package.json', 'package/generated/api.github.com.json'],
      {
        cwd: work
      }
    )
    const pkg = JSON.parse(readFileSync(join(work, 'package/package.json'), 'utf8')) as JsonObject
    const full = JSON.parse(
      readFileSync(join(work, 'package/generated/api.github.com.json'), 'utf8')
    ) as JsonObject
    const subset = extractSubset(
      full,
      `@octokit/openapi@${String(pkg.version)} generated/api.github.com.json`
    )
    const out = fileURLToPath(new URL('./openapi-subset.json', import.meta.url))
    // Formatted as the repository's prettier would, so `prettier --check` and a regeneration agree.
    const options = (await prettier.resolveConfig(out)) ?? {}
    writeFileSync(out, await prettier.format(JSON.stringify(subset), { ...options, filepath: out }))
    console.log(`wrote ${out} from @octokit/openapi@${String(pkg.version)}`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
