// A progress bar for batch reviews on stderr: redrawn in place on a terminal, one line per file otherwise.
// Must not import Office, the DOM globals or fs.

export interface ProgressSink {
  readonly write: (text: string) => void;
  readonly isTTY: boolean;
}

export interface Progress {
  readonly step: (done: number, file: string) => void;
  readonly finish: () => void;
}

const WIDTH = 24;

export function progressBar(total: number, sink: ProgressSink): Progress {
  return {
    step: (done, file) => {
      const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
      const bar = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} ${file}`;
      if (sink.isTTY) sink.write(`\r\u001b[2K${bar}`);
      else sink.write(`${bar}\n`);
    },
    finish: () => {
      if (sink.isTTY) sink.write('\r\u001b[2K');
    },
  };
}
