// Preloaded into a process the bench does not control (the bundled CLI): on exit, writes the process's peak
// RSS and its lifetime to the file named by BENCH_RSS_FILE. `node --import ./bench/rss-preload.mjs dist/cli.js …`
import { writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

const target = process.env.BENCH_RSS_FILE
if (target) {
  process.on('exit', () => {
    writeFileSync(
      target,
      JSON.stringify({
        maxRssMB: process.resourceUsage().maxRSS / 1024,
        // performance.now() counts from process start, so this includes Node's own start-up.
        seconds: performance.now() / 1000
      })
    )
  })
}
