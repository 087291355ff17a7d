/** The report stage: report.json, report.md, the PR comment and job summary. Pure string functions. */
export {
  buildReport,
  normalizeReport,
  parseUntrustedReport,
  REPORT_LIMITS,
  serializeReport
} from './json.js'
export { renderJobSummary, renderMarkdownReport } from './markdown.js'
export { isValidMarker, renderComment } from './comment.js'
export type { CommentContext, CommentOptions } from './comment.js'
export { escapeMarkdownText, safeLinkUrl } from './escape.js'
export {
  CHECK_RUN_SUMMARY_LIMIT,
  COMMENT_LIMIT,
  JOB_SUMMARY_LIMIT,
  fitsIn,
  sizeOf
} from './budget.js'
export type { ReportJson } from './types.js'
