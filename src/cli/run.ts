/** Runs a command-line entry point: known errors print their message, not a stack trace. */
export function runCli(main: () => Promise<number | void>): void {
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
