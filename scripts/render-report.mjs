#!/usr/bin/env node
// Screenshots report.html (a report folder's page, written by `npm run demo`) in headless Chromium: the README's
// picture of the page.
//
//   npm run demo && node scripts/render-report.mjs [--in classdiff-report/demo-1/report.html]
//     [--out docs/demo-report.png] [--width 1000] [--height 2100] [--scale 1] [--chromium /usr/bin/chromium]
//
// Drives Chromium with playwright-core (a devDependency) from a fresh profile, offline; the picture is the top
// `--height` CSS pixels of the page: the header, the overview of every class, the first hurt class's images.

import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'

const { values } = parseArgs({
  options: {
    in: { type: 'string', default: 'classdiff-report/demo-1/report.html' },
    out: { type: 'string', default: 'docs/demo-report.png' },
    width: { type: 'string', default: '1000' },
    height: { type: 'string', default: '2100' },
    scale: { type: 'string', default: '1' },
    chromium: { type: 'string', default: process.env.CHROMIUM ?? '/usr/bin/chromium' }
  }
})

const input = resolve(values.in)
if (!existsSync(input)) {
  console.error(`render-report: ${values.in} not found (run \`npm run demo\` first)`)
  process.exit(1)
}
const width = Number(values.width)
const height = Number(values.height)
const profile = mkdtempSync(join(tmpdir(), 'classdiff-render-report-'))
try {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: values.chromium,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars'
    ],
    viewport: { width, height },
    deviceScaleFactor: Number(values.scale),
    colorScheme: 'light'
  })
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(pathToFileURL(input).href, { waitUntil: 'load' })
  await page.screenshot({ path: resolve(values.out), clip: { x: 0, y: 0, width, height } })
  await context.close()
  console.log(`render-report: ${values.out} (${width}×${height} CSS px at scale ${values.scale})`)
} finally {
  rmSync(profile, { recursive: true, force: true })
}
