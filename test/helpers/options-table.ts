/** The README's CLI options table, generated from the one option schema so the two cannot drift. */
export { cliOptionsTable as optionsTable } from '../../scripts/docs.js'
