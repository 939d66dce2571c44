import type { InputProblem } from '../types.js'
import type { ArticleAnalysis } from '../analyze.js'
import { analyzeArticle } from '../article.js'
import { sourceFromText } from '../sources/read.js'

/** One file to read and analyse: its text is already read (and hashed for the cache). */
export interface ArticleTask {
  file: string
  /** The source's id (sourceIdsOf: unique among the files read together). */
  id: string
  text: string
  /** Cache key of the file; absent when the cache is off. */
  key?: string
}

/** What became of a task: the article's analysis, or why the file cannot be used. */
export type ArticleOutcome = { article: ArticleAnalysis } | { problem: InputProblem }

/** The per-article stages for one file: the reader, then analyzeArticle. */
export async function runArticleTask(task: Readonly<ArticleTask>): Promise<ArticleOutcome> {
  const source = await sourceFromText(task.file, task.text, task.id)
  return 'reason' in source ? { problem: source } : { article: analyzeArticle(source) }
}
