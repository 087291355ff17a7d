/**
 * Opens a page in the installed headless Chromium (Debian's `chromium`; CHROMIUM names another binary) the
 * way a reader would open report.html from disk, driven by playwright-core over CDP, and records what
 * the page did: console errors, uncaught exceptions, and every request it made.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type BrowserContext, type Page } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'

/** Chromium quiet and offline: no sandbox (CI runs as root), no GPU, none of its own network chatter. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export interface OpenedPage {
  readonly page: Page
  /** Console messages of type error, and uncaught exceptions. */
  readonly errors: string[]
  /** Every URL the page requested. */
  readonly requests: string[]
  /** Milliseconds from navigation until the load event. */
  readonly loadMs: number
  close(): Promise<void>
}

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM)
}

/** Opens `file` (a path) in a fresh browser profile. */
export async function openInChromium(
  file: string,
  viewport = { width: 1200, height: 900 }
): Promise<OpenedPage> {
  const profile = await mkdtemp(path.join(tmpdir(), 'classdiff-chromium-'))
  let context: BrowserContext | null = null
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport
    })
    const page = context.pages()[0] ?? (await context.newPage())
    const errors: string[] = []
    const requests: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
    page.on('request', (request) => requests.push(request.url()))
    const started = performance.now()
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 60_000 })
    const loadMs = performance.now() - started
    const opened = context
    return {
      page,
      errors,
      requests,
      loadMs,
      close: async () => {
        await opened.close()
        await rm(profile, { recursive: true, force: true })
      }
    }
  } catch (error) {
    await context?.close()
    await rm(profile, { recursive: true, force: true })
    throw error
  }
}
