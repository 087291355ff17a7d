import { OPTION_SPECS } from '../../src/config/parse.js'

/** The README's CLI options table, generated from the one option schema so the two cannot drift. */
export function optionsTable(): string {
  const rows = OPTION_SPECS.map((spec) => {
    const flag = `\`--${spec.name}${spec.value ? ` ${spec.value}` : ''}\``
    const fallback = spec.default !== undefined ? `\`${spec.default}\`` : ''
    return `| ${flag} | ${spec.description.replaceAll('|', '\\|')} | ${fallback} |`
  })
  return ['| flag | meaning | default |', '| --- | --- | --- |', ...rows].join('\n')
}
