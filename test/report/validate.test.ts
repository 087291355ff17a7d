import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { REPORT_LIMITS, parseUntrustedReport, serializeReport } from '../../src/report/json.js'
import { sampleReport } from './fixtures.js'

const SOURCE = 'artifact classdiff-report/report.json'

/** report.json as parsed JSON: whatever a tamperer makes of it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawReport = any

/** A genuine report as plain JSON, for tampering. */
function genuine(): RawReport {
  return JSON.parse(serializeReport(sampleReport()))
}

function rejection(text: string): string {
  try {
    parseUntrustedReport(text, SOURCE)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    const message = (error as Error).message
    expect(message.split('\n')).toHaveLength(1)
    return message
  }
  throw new Error('the report was accepted')
}

function tamper(edit: (report: RawReport) => void): string {
  const report = genuine()
  edit(report)
  return rejection(JSON.stringify(report))
}

describe('parseUntrustedReport', () => {
  it('accepts a genuine report and returns the same content', () => {
    const text = serializeReport(sampleReport())
    expect(parseUntrustedReport(text, SOURCE)).toEqual(JSON.parse(text))
  })

  it.each([
    [
      'a string where a number belongs',
      (r) => (r.summary.hurt = '3'),
      '$.summary.hurt must be a non-negative integer'
    ],
    [
      'a fraction above 1',
      (r) => (r.classes[2].baseline.accuracy = 1.5),
      '$.classes[2].baseline.accuracy is 1.5, outside [0, 1]'
    ],
    [
      'a delta below −1',
      (r) => (r.classes[1].delta = -2),
      '$.classes[1].delta is -2, outside [-1, 1]'
    ],
    [
      'a negative count',
      (r) => (r.classes[0].lost = -1),
      '$.classes[0].lost must be a non-negative integer'
    ],
    [
      'a fractional count',
      (r) => (r.classes[0].gained = 1.5),
      '$.classes[0].gained must be a non-negative integer'
    ],
    [
      'a p-value above 1',
      (r) => (r.classes[3].pValue = 7),
      '$.classes[3].pValue is 7, outside [0, 1]'
    ],
    [
      'a q-value that is a string',
      (r) => (r.classes[3].qValue = '0.01'),
      '$.classes[3].qValue must be a number'
    ],
    [
      'an interval upside down',
      (r) => (r.classes[1].ci95 = [0.1, -0.1]),
      '$.classes[1].ci95 is [0.1, -0.1], low above high'
    ],
    [
      'an interval of three numbers',
      (r) => (r.summary.ci95 = [0, 0, 0]),
      '$.summary.ci95 has 3 entries, more than the 2 allowed'
    ],
    [
      'an unknown status',
      (r) => (r.classes[1].status = 'fine'),
      '$.classes[1].status must be one of "hurt", "suspected", "helped", "unchanged"'
    ],
    ['an unknown kind', (r) => (r.classes[1].kind = '<b>'), '$.classes[1].kind must be one of'],
    [
      'an unknown verdict',
      (r) => (r.verdict = 'approved'),
      '$.verdict must be one of "pass", "fail"'
    ],
    ['another schema version', (r) => (r.schemaVersion = 2), '$.schemaVersion must be 1'],
    ['another tool', (r) => (r.tool.name = 'other'), '$.tool.name must be "classdiff"'],
    ['a missing field', (r) => delete r.classes[0].support, '$.classes[0].support is missing'],
    [
      'an extra field',
      (r) => (r.classes[0].html = '<img>'),
      '$.classes[0].html is not a field of report.json'
    ],
    [
      'an odd extra key',
      (r) => (r.summary['a b'] = 1),
      '$.summary["a b"] is not a field of report.json'
    ],
    [
      'extra nesting in a name',
      (r) => (r.classes[1].name = { nested: [[['x']]] }),
      '$.classes[1].name must be a string'
    ],
    [
      'extra nesting in an absorber',
      (r) => (r.classes[1].absorbedBy[0].count = [9]),
      '$.classes[1].absorbedBy[0].count must be a non-negative integer'
    ],
    ['an array where an object belongs', (r) => (r.policy = []), '$.policy must be an object'],
    ['a null summary', (r) => (r.summary = null), '$.summary must be an object'],
    [
      'a boolean that is a string',
      (r) => (r.classes[4].explainedByMultiLabels = 'yes'),
      '$.classes[4].explainedByMultiLabels must be true or false'
    ],
    ['a policy alpha above 1', (r) => (r.policy.alpha = 5), '$.policy.alpha is 5, outside [0, 1]'],
    [
      'a pair-shift q-value above 1',
      (r) => (r.classes[3].shiftQValue = 2),
      '$.classes[3].shiftQValue is 2, outside [0, 1]'
    ],
    [
      'a pair-shift partner that is not a class index',
      (r) => (r.classes[3].shiftPartner = 1.5),
      '$.classes[3].shiftPartner must be a non-negative integer'
    ],
    [
      'a seed-noise size group without its upper size',
      (r) => (r.calibration.bySize = [{ fromImages: 50, dispersion: 1.2, cells: 40 }]),
      '$.calibration.bySize[0].toImages is missing'
    ],
    [
      'a one-partner power figure that is negative',
      (r) => (r.power.minimumLostToOnePartner = -3),
      '$.power.minimumLostToOnePartner must be a non-negative integer'
    ]
  ] as [string, (r: RawReport) => void, string][])(
    'rejects %s, naming the JSON path',
    (_, edit, expected) => {
      expect(tamper(edit)).toContain(`${SOURCE}: ${expected}`)
    }
  )

  it('accepts the pair-shift fields, the size groups of the calibration and the one-partner power figure', () => {
    const report = genuine()
    report.classes[1].shiftPValue = 2e-9
    report.classes[1].shiftQValue = 1e-6
    report.classes[1].shiftPartner = 2
    report.classes[0].shiftPartner = null
    report.calibration.bySize = [
      { fromImages: 50, toImages: 60, dispersion: 1.4, cells: 300 },
      { fromImages: 400, toImages: 400, dispersion: 4.1, cells: 50 }
    ]
    report.power.minimumLostToOnePartner = 9
    const text = JSON.stringify(report)
    expect(parseUntrustedReport(text, SOURCE)).toEqual(JSON.parse(text))
  })

  it('names the first offending path when several are wrong', () => {
    const message = tamper((r) => {
      r.classes[5].delta = 9
      r.classes[2].lost = -1
    })
    expect(message).toContain('$.classes[2].lost')
  })

  it('rejects a name longer than 1,000 characters', () => {
    expect(tamper((r) => (r.classes[1].absorbedBy[0].name = 'x'.repeat(1001)))).toContain(
      '$.classes[1].absorbedBy[0].name is 1001 characters, more than the 1000 allowed'
    )
  })

  it('rejects a report with more classes than allowed before reading them', () => {
    const report = genuine()
    report.classes = new Array(REPORT_LIMITS.maxClasses + 1).fill(0)
    expect(rejection(JSON.stringify(report))).toContain(
      '$.classes has 100001 entries, more than the 100000 allowed'
    )
  })

  it('rejects a text larger than the limit without parsing it', () => {
    const huge = ' '.repeat(REPORT_LIMITS.maxTextLength + 1)
    expect(rejection(huge)).toMatch(/report is 16777217 characters, more than the 16777216 allowed/)
  })

  it('rejects text that is not JSON, and deeply nested JSON, with one line', () => {
    expect(rejection('{"schemaVersion": 1,')).toContain(`${SOURCE}: not valid JSON`)
    expect(rejection('[]')).toContain('$ must be an object')
    const deep = '['.repeat(200_000) + ']'.repeat(200_000)
    expect(rejection(deep)).toContain(SOURCE)
  })

  it('does not let a __proto__ key through', () => {
    const text = serializeReport(sampleReport()).replace(
      '"verdict"',
      '"__proto__": {"polluted": true},\n  "verdict"'
    )
    expect(rejection(text)).toContain('$.__proto__ is not a field of report.json')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('returns only validated fields, as a fresh object', () => {
    const text = serializeReport(sampleReport())
    const parsed = parseUntrustedReport(text, SOURCE)
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype)
    expect(parsed.classes[1].name).toBe('laptop')
  })
})
