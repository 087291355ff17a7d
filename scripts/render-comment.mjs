#!/usr/bin/env node
// Renders classdiff's PR comment (comment.md in a report folder) the way GitHub shows it, and screenshots it with
// headless Chromium: the README's picture.
//
//   npm run demo && node scripts/render-comment.mjs [--in classdiff-report/demo-1/comment.md]
//     [--out docs/demo-comment.png] [--width 860] [--scale 2] [--chromium /usr/bin/chromium]
//
// Markdown: marked (GitHub-flavoured); styles: github-markdown-css (light); the Mermaid chart drawn by mermaid, as
// GitHub draws it. All devDependencies; Chromium comes from Debian's `chromium` package. Network access is not
// needed: the page is a local file with inline styles and scripts.

import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { marked } from 'marked'

const require = createRequire(import.meta.url)

const { values } = parseArgs({
  options: {
    in: { type: 'string', default: 'classdiff-report/demo-1/comment.md' },
    out: { type: 'string', default: 'docs/demo-comment.png' },
    width: { type: 'string', default: '860' },
    scale: { type: 'string', default: '2' },
    chromium: { type: 'string', default: process.env.CHROMIUM ?? 'chromium' },
    html: { type: 'string' }
  }
})

const input = resolve(values.in)
if (!existsSync(input)) {
  console.error(`render-comment: ${values.in} not found (run \`npm run demo\` first)`)
  process.exit(1)
}
const width = Number(values.width)
const scale = Number(values.scale)
const markdown = readFileSync(input, 'utf8')
const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8')
// GitHub draws ```mermaid blocks; here mermaid (inlined below) draws them the same way.
const body = marked
  .parse(markdown, { gfm: true, async: false })
  .replace(
    /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
    '<pre class="mermaid">$1</pre>'
  )
const mermaidLibrary = readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8')

// A PR-comment card: header line, then the body at GitHub's markdown styles.
const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>classdiff comment</title>
<style>
${css}
html, body { margin: 0; background: #ffffff; }
body { padding: 16px; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.card { border: 1px solid #d1d9e0; border-radius: 6px; overflow: hidden; }
.head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; font-size: 14px; color: #59636e; display: flex; align-items: center; gap: 8px; }
.head b { color: #1f2328; }
.avatar { width: 20px; height: 20px; border-radius: 4px; background: #1f6feb; color: #fff; font-size: 12px; font-weight: 600; display: inline-flex; align-items: center; justify-content: center; }
.badge { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 7px; font-size: 12px; line-height: 18px; }
.markdown-body { padding: 16px; font-size: 14px; }
</style></head>
<body><div class="card" id="card">
<div class="head"><span class="avatar">cd</span><b>github-actions</b><span class="badge">bot</span><span>commented</span></div>
<div class="markdown-body">
${body}
</div></div>
<script>${mermaidLibrary}</script>
<script>
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' })
  mermaid.run({ querySelector: '.mermaid' }).finally(() => {
    // Read back by the first Chromium pass (--dump-dom) to size the screenshot to the card.
    const r = document.getElementById('card').getBoundingClientRect()
    document.body.setAttribute('data-height', String(Math.ceil(r.bottom + 16)))
  })
</script>
</body></html>
`

const work = mkdtempSync(join(tmpdir(), 'classdiff-render-'))
try {
  const htmlPath = join(work, 'comment.html')
  writeFileSync(htmlPath, page)
  if (values.html) writeFileSync(resolve(values.html), page)
  const url = pathToFileURL(htmlPath).href
  const flags = (profile) => [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--hide-scrollbars',
    `--user-data-dir=${join(work, profile)}`,
    `--force-device-scale-factor=${scale}`
  ]
  const dom = execFileSync(
    values.chromium,
    [
      ...flags('p1'),
      `--window-size=${width},2000`,
      '--virtual-time-budget=10000',
      '--dump-dom',
      url
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 }
  )
  const match = /data-height="(\d+)"/.exec(dom)
  if (!match) throw new Error('could not measure the rendered comment')
  const height = Number(match[1])
  const out = resolve(values.out)
  mkdirSync(dirname(out), { recursive: true })
  execFileSync(
    values.chromium,
    [
      ...flags('p2'),
      `--window-size=${width},${height}`,
      '--virtual-time-budget=10000',
      `--screenshot=${out}`,
      url
    ],
    { stdio: ['ignore', 'ignore', 'ignore'] }
  )
  if (!existsSync(out)) throw new Error('Chromium wrote no screenshot')
  console.log(`render-comment: ${values.out} (${width}×${height} CSS px at scale ${scale})`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
