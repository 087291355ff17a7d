import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { optionsTable } from './helpers/options-table.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

describe('README', () => {
  it('documents every CLI option exactly as the option schema defines it', () => {
    expect(readme).toContain(optionsTable())
  })

  it('gives the setup-and-run and test commands that .ci/run uses', () => {
    const ci = readFileSync(new URL('../.ci/run', import.meta.url), 'utf8')
    expect(readme).toContain('npm ci && npm run demo')
    expect(readme).toContain('npm ci && npm test')
    expect(ci).toMatch(/^npm ci && npm test$/m)
  })

  it('has no unfilled section', () => {
    expect(readme).not.toMatch(/<!-- [a-z-]+ -->/)
  })
})
