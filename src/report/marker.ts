/**
 * The first line of every report, unseen when rendered: a folder of articles
 * that holds a report (`crosscheck report .` writes `reports/` under it) does
 * not read it as one more article (sources/read.ts).
 */
export const reportMarker = '<!-- crosscheck report: not an article -->'
