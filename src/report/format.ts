/**
 * Number formatting, written once for every rendering: report.md, the PR comment, report.html, the CLI's
 * stdout summary and the action's annotations. Written by hand instead of `toLocaleString` so the output
 * does not depend on the ICU data a Node build ships with.
 */

/** U+2212, the typographic minus: `−12.0 pt` reads better than `-12.0 pt` and is never a list marker. */
export const MINUS = '\u2212'
/** Shown where a value does not exist (no images for that metric, class not tested). */
export const MISSING = '—'

/** A fraction as a percentage with one decimal: `0.8243` → `82.4%`; `missing` where there is none. */
export function formatPercent(fraction: number | null, missing: string = MISSING): string {
  if (fraction === null) return missing
  return `${(fraction * 100).toFixed(1)}%`
}

/** A signed change in percentage points: `−12.0`, `+3.5`, `0.0` (no sign when it rounds to zero). */
export function formatSignedPoints(fraction: number): string {
  const text = Math.abs(fraction * 100).toFixed(1)
  if (Number(text) === 0) return '0.0'
  return `${fraction < 0 ? MINUS : '+'}${text}`
}

/** A change with its unit: `−12.0 pt`. */
export function formatDelta(fraction: number): string {
  return `${formatSignedPoints(fraction)} pt`
}

/** A 95% interval in points: `[−18.0, −6.0]`. */
export function formatInterval(interval: readonly [number, number]): string {
  return `[${formatSignedPoints(interval[0])}, ${formatSignedPoints(interval[1])}]`
}

/** A change with its interval: `−12.0 pt [−18.0, −6.0]`. */
export function formatDeltaWithInterval(
  fraction: number,
  interval: readonly [number, number]
): string {
  return `${formatDelta(fraction)} ${formatInterval(interval)}`
}

/** A p- or q-value with two significant digits, `<0.0001` below that, `—` when not tested. */
export function formatProbability(p: number | null): string {
  if (p === null) return MISSING
  if (p < 0.0001) return '<0.0001'
  if (p >= 0.1) return p.toFixed(2)
  return p.toPrecision(2)
}

/** A count with thousands separators: `50000` → `50,000`. */
export function formatCount(n: number): string {
  const [whole, fraction] = String(n).split('.')
  const grouped = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction === undefined ? grouped : `${grouped}.${fraction}`
}

/** A plain number with up to `digits` decimals and no trailing zeros: `0.3` → `0.3`, `4` → `4`. */
export function formatNumber(n: number, digits = 2): string {
  return String(Number(n.toFixed(digits)))
}

/** `1 class`, `3 classes`. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`
}

/** A number of percentage points in prose: `1 point`, `2.5 points`. */
export function formatPointsText(points: number, digits = 2): string {
  const text = formatNumber(points, digits)
  return `${text} ${text === '1' ? 'point' : 'points'}`
}

// Plain text (the terminal, annotations): ASCII signs and the digits as JavaScript writes them, so a line can
// be copied into a shell or a search box as it reads.

/** A change in percentage points with one decimal and an ASCII sign: `-12.0`, `3.5`. */
export function formatPlainPoints(fraction: number): string {
  return (fraction * 100).toFixed(1)
}

/** A p- or q-value with two significant digits as JavaScript writes them: `0.0011`, `3.2e-7`. */
export function formatPlainProbability(p: number): string {
  return p.toPrecision(2)
}
