/** Runs a command-line entry point: known errors print their message, not a stack trace. */

/**
 * When whoever reads stdout goes away (`npm run ingest … | head -1`), output stops quietly: no
 * EPIPE stack trace. The command's work goes on (a batch still loads, its summary is lost with
 * the pipe); `outputClosed()` lets a command whose work is its output stop early.
 */
let closed = false;
export const outputClosed = () => closed;

function quietOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
    process.stdout.write = (() => true) as typeof process.stdout.write;
    // A writer waiting for 'drain' would wait for ever on a closed pipe.
    process.stdout.emit('drain');
  });
}

export function runCli(main: () => Promise<number | void>): void {
  quietOnClosedPipe();
  main().then(
    (code) => {
      if (typeof code === 'number' && code !== 0) process.exitCode = code;
    },
    (error: Error) => {
      console.error(`armsgraph: ${error.message}`);
      if (process.env.DEBUG) console.error(error.stack);
      process.exitCode = 1;
    },
  );
}
