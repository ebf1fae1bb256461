import { importReportFile, type ReportFileTask } from './import-report-file.ts';

// A pool child: imports each task its parent sends and sends back the result, one at a time.
process.on('message', (task: ReportFileTask) => {
  void importReportFile(task).then((result) => process.send?.(result));
});
