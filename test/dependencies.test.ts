/**
 * Every package the code imports is declared in package.json, so `npm ci` on a fresh clone installs it
 * (a package present only as another's dependency can vanish with an update of that one). What src/ imports
 * ships in dist/, so it must be a dependency; tests, benches and scripts may use devDependencies.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from './helpers/fronts.js'

const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`), or null for files and builtins. */
function packageOf(specifier: string): string | null {
  if (/^(\.|\/|node:|data:)/.test(specifier)) return null
  const parts = specifier.split('/')
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string)
  return builtinModules.includes(name) ? null : name
}

const CODE = /\.(ts|mts|mjs|js)$/

/** The code files under `folder` (test/.work's generated files left out), relative to the checkout. */
function codeFiles(folder: string): string[] {
  return readdirSync(path.join(REPO_ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => CODE.test(file) && !file.split(path.sep).includes('.work'))
    .map((file) => path.join(folder, file))
}

/** Packages the files import (statically, dynamically, by require or import.meta.resolve), each with a file. */
function importedPackages(files: readonly string[]): Map<string, string> {
  const found = new Map<string, string>()
  for (const file of files) {
    const text = readFileSync(path.join(REPO_ROOT, file), 'utf8')
    const specifiers = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName)
    for (const match of text.matchAll(/import\.meta\.resolve\(\s*'([^']+)'/g)) {
      specifiers.push(match[1] as string)
    }
    for (const specifier of specifiers) {
      const name = packageOf(specifier)
      if (name !== null && !found.has(name)) found.set(name, file)
    }
  }
  return found
}

const undeclared = (imported: Map<string, string>, declared: readonly string[]): string[] =>
  [...imported]
    .filter(([name]) => !declared.includes(name))
    .map(([name, file]) => `${name} (${file})`)

describe('package.json', () => {
  it('declares every package src/ imports as a dependency', () => {
    expect(
      undeclared(importedPackages(codeFiles('src')), Object.keys(manifest.dependencies))
    ).toEqual([])
  })

  it('declares every package the tests, benches, scripts and tool configurations import', () => {
    const declared = [
      ...Object.keys(manifest.dependencies),
      ...Object.keys(manifest.devDependencies)
    ]
    const configs = readdirSync(REPO_ROOT).filter((file) => CODE.test(file))
    expect(configs).toContain('vitest.config.ts')
    for (const files of [codeFiles('test'), codeFiles('bench'), codeFiles('scripts'), configs]) {
      expect(undeclared(importedPackages(files), declared)).toEqual([])
    }
  })
})
