/**
 * report.html as a non-zipped artifact: the real `@actions/artifact` client (Twirp JSON, then the Azure
 * Blob SDK) against a loopback stand-in of the service, and the step going on without a link wherever the
 * service is missing or refuses.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { RunContext } from '../../src/github/context.js'
import { publishInJob } from '../../src/github/publish-in-job.js'
import type { ActionSettings } from '../../src/github/inputs.js'
import { pageArtifactName, uploadReportPage } from '../../src/github/page-artifact.js'
import {
  startArtifactService,
  runtimeToken,
  type ArtifactService
} from '../helpers/artifact-service.js'
import { RecordingIO, syntheticReport } from './fixtures.js'

const KEY = '0123456789abcdef'
const PAGE =
  '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>lost images</body></html>\n'

let service: ArtifactService
let dir: string
let file: string
const saved = new Map<string, string | undefined>()

/** The toolkit reads the runner's variables from process.env; set them for one test and put them back. */
function setEnv(values: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(values)) {
    if (!saved.has(name)) saved.set(name, process.env[name])
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
}

function context(overrides: Partial<RunContext> = {}): RunContext {
  return {
    eventName: 'push',
    repository: { owner: 'acme', repo: 'vision' },
    pullRequest: null,
    workflowRun: null,
    sha: 'a'.repeat(40),
    workflow: 'ci',
    job: 'evaluate',
    runId: 42,
    runUrl: 'https://github.com/acme/vision/actions/runs/42',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    workspace: dir,
    runnerTemp: dir,
    ...overrides
  }
}

beforeAll(async () => {
  service = await startArtifactService()
})
afterAll(async () => {
  await service.close()
})
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'classdiff-page-'))
  file = path.join(dir, 'report.html')
  writeFileSync(file, PAGE)
  service.calls.length = 0
  service.blobs.clear()
  service.failCreateWith = null
  setEnv({
    ACTIONS_RUNTIME_TOKEN: runtimeToken('run-backend-1', 'job-backend-2'),
    ACTIONS_RESULTS_URL: service.url,
    GITHUB_SERVER_URL: 'https://github.com'
  })
})
afterEach(() => {
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  saved.clear()
  rmSync(dir, { recursive: true, force: true })
})

describe('uploadReportPage', () => {
  it('uploads the page unzipped, named for the evaluation, and returns the artifact link', async () => {
    const io = new RecordingIO()
    const url = await uploadReportPage({
      file,
      commentKey: KEY,
      context: context(),
      env: process.env,
      io
    })

    const name = pageArtifactName(KEY)
    expect(name).toBe('classdiff-report-0123456789abcdef.html')
    expect(service.calls.map((c) => c.method)).toEqual(['CreateArtifact', 'FinalizeArtifact'])
    expect(service.calls[0]?.body).toMatchObject({
      workflow_run_backend_id: 'run-backend-1',
      workflow_job_run_backend_id: 'job-backend-2',
      name,
      mime_type: 'text/html',
      version: 7
    })
    // The very bytes of the page, not a zip holding them, served as HTML.
    const blob = service.blobs.get(name)
    expect(blob?.bytes.toString('utf8')).toBe(PAGE)
    expect(blob?.contentType).toBe('text/html')
    expect(service.calls[1]?.body).toMatchObject({
      name,
      size: String(Buffer.byteLength(PAGE)),
      hash: `sha256:${createHash('sha256').update(PAGE).digest('hex')}`
    })
    expect(url).toBe('https://github.com/acme/vision/actions/runs/42/artifacts/1000')
    expect(io.of('info')).toContain(`Uploaded report.html as artifact ${name}: ${url}`)
    // The scratch copy is gone; the page stays in the report directory.
    expect(readFileSync(file, 'utf8')).toBe(PAGE)
  })

  it('says so and goes on in a run without the artifact service (a local run)', async () => {
    setEnv({ ACTIONS_RUNTIME_TOKEN: undefined, ACTIONS_RESULTS_URL: undefined })
    const io = new RecordingIO()
    expect(
      await uploadReportPage({ file, commentKey: KEY, context: context(), env: process.env, io })
    ).toBeNull()
    expect(io.of('info')[0]).toMatch(/^report\.html not uploaded: this run has no artifact service/)
    expect(io.of('warning')).toEqual([])
    expect(service.calls).toEqual([])
  })

  it('says so and goes on on GitHub Enterprise Server', async () => {
    setEnv({ GITHUB_SERVER_URL: 'https://ghes.example.com' })
    const io = new RecordingIO()
    expect(
      await uploadReportPage({ file, commentKey: KEY, context: context(), env: process.env, io })
    ).toBeNull()
    expect(io.of('info')[0]).toMatch(/GitHub Enterprise Server does not support/)
    expect(service.calls).toEqual([])
  })

  it('warns and goes on when the service refuses the artifact', async () => {
    service.failCreateWith = 409
    const io = new RecordingIO()
    expect(
      await uploadReportPage({ file, commentKey: KEY, context: context(), env: process.env, io })
    ).toBeNull()
    expect(io.of('warning')).toHaveLength(1)
    expect(io.of('warning')[0]).toMatch(
      /^classdiff could not upload report\.html \(.*CreateArtifact/
    )
    expect(service.blobs.size).toBe(0)
  })
})

describe('publishInJob with report.html', () => {
  const settings = {
    mode: 'evaluate',
    comment: true,
    failOnDrop: false,
    title: undefined
  } as unknown as ActionSettings

  it('links the uploaded page from the job summary', async () => {
    const io = new RecordingIO()
    const report = syntheticReport({ classes: ['cat', 'dog', 'fox'], hurt: [1] })
    const reportJsonPath = path.join(dir, 'report.json')
    await publishInJob({
      report,
      reportJsonPath,
      reportHtmlPath: file,
      env: process.env,
      context: context(),
      settings,
      client: null,
      io
    })
    expect(io.summary.split('\n')[0]).toMatch(
      /^\*\*\[Lost images of the hurt and suspected classes \(report\.html\)\]\(https:\/\/github\.com\/acme\/vision\/actions\/runs\/42\/artifacts\/\d+\)\*\*$/
    )
    expect(io.of('group')).toContain('Uploading report.html')
  })

  it('writes the summary without the link when the page could not be uploaded', async () => {
    service.failCreateWith = 409
    const io = new RecordingIO()
    await publishInJob({
      report: syntheticReport({ classes: ['cat', 'dog', 'fox'], hurt: [1] }),
      reportJsonPath: path.join(dir, 'report.json'),
      reportHtmlPath: file,
      env: process.env,
      context: context(),
      settings,
      client: null,
      io
    })
    expect(io.summary).not.toContain('report.html')
    expect(io.summary.startsWith('# ')).toBe(true)
    expect(io.failure).toBeNull()
  })
})
