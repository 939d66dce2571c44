import type { InputProblem } from '../types.js'

// Reasons read.ts gives for files it passes over that leave no article out.
export const sameFileReason = 'same file as '
export const reportFileReason = 'a crosscheck report, not an article: left out'

/**
 * The files a report names as left out of the comparison or read only in
 * part: every problem but a file read already under another path and a
 * report of an earlier run in the folder, then the notices. (A module of its
 * own: the report command and the UI ask it without loading the readers.)
 */
export function leftOutFiles({ problems, notices }: { problems: readonly InputProblem[]; notices: readonly InputProblem[] }): InputProblem[] {
  const leavesOutArticle = (problem: InputProblem) => !problem.reason.startsWith(sameFileReason) && problem.reason !== reportFileReason
  return [...problems.filter(leavesOutArticle), ...notices]
}
