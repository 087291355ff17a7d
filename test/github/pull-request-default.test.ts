import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { withPullRequestBaseline } from '../../src/github/action.js'
import type { RunContext } from '../../src/github/context.js'
import { silentLogger } from '../../src/log.js'

const BASE = 'b'.repeat(40)
const WORKSPACE = '/home/runner/work/vision/vision'

function context(eventName: string, baseSha: string | null = BASE): RunContext {
  return {
    eventName,
    repository: { owner: 'acme', repo: 'vision' },
    pullRequest: { number: 3, headSha: 'h'.repeat(40), baseSha },
    workflowRun: null,
    sha: 'm'.repeat(40),
    workflow: 'CI',
    job: 'classdiff',
    runId: 1,
    runUrl: null,
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    workspace: WORKSPACE,
    runnerTemp: '/tmp'
  }
}

describe('the pull-request default baseline', () => {
  it('is the candidate’s path at the PR’s base commit, from the workspace', () => {
    const { raw, label } = withPullRequestBaseline(
      { candidate: 'models/model.onnx', data: 'eval' },
      context('pull_request'),
      silentLogger
    )
    expect(raw.baseline).toEqual([`git:${BASE}:./models/model.onnx`])
    expect(label).toBe('models/model.onnx (PR base)')
    const absolute = withPullRequestBaseline(
      { candidate: path.join(WORKSPACE, 'm', 'x.onnx') },
      context('pull_request'),
      silentLogger
    )
    expect(absolute.raw.baseline).toEqual([`git:${BASE}:./m/x.onnx`])
  })

  it.each([
    ['a baseline is given', { candidate: 'm.onnx', baseline: ['other.onnx'] }, 'pull_request'],
    [
      'baseline predictions are given',
      { candidate: 'm.onnx', 'baseline-predictions': ['p.jsonl'] },
      'pull_request'
    ],
    ['the candidate is a reference', { candidate: 'hf://acme/net/m.onnx' }, 'pull_request'],
    ['the candidate is predictions', { 'candidate-predictions': 'p.jsonl' }, 'pull_request'],
    ['the run is a push', { candidate: 'm.onnx' }, 'push'],
    [
      'the run is pull_request_target (its checkout is the base)',
      { candidate: 'm.onnx' },
      'pull_request_target'
    ]
  ])('does not apply when %s', (_why, raw, event) => {
    const result = withPullRequestBaseline(raw, context(event), silentLogger)
    expect(result.raw).toBe(raw)
    expect(result.label).toBeNull()
  })

  it('does not apply when the event names no base commit', () => {
    const raw = { candidate: 'm.onnx' }
    expect(withPullRequestBaseline(raw, context('pull_request', null), silentLogger).raw).toBe(raw)
  })
})
