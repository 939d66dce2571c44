import type { InputProblem } from '../types.js'

// Reasons read.ts gives for files it passes over that leave no article out.
export const sameFileReason = 'same file as '
export const reportFileReason = 'a crosscheck report, not an article: left out'

/**
 * Whether a problem leaves an article out of the comparison: not a file read
 * already under another path, nor a report of an earlier run in the folder.
 * (A module of its own: the report command and the UI ask it without
 * loading the readers.)
 */
export function leavesOutArticle(problem: InputProblem): boolean {
  return !problem.reason.startsWith(sameFileReason) && problem.reason !== reportFileReason
}
