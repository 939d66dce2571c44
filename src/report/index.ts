export { buildReport, renderReport, type ReportOptions } from './build.js'
export { writeReport, reportName, ReportWriteError, reportsFolder, type WriteReportOptions } from './write.js'
export { eventTitle, type EventTitleOptions } from './event-title.js'
