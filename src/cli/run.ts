import { UserError } from "../neo4j/driver.js";

/** Runs a command body; user errors become one line on stderr and their exit code. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<number | void>) {
  return async (...args: A): Promise<void> => {
    try {
      const code = await fn(...args);
      process.exitCode = code ?? 0;
    } catch (err) {
      if (err instanceof UserError) {
        process.stderr.write(`actorgraph: ${err.message}\n`);
        process.exitCode = err.exitCode;
      } else {
        process.stderr.write(`actorgraph: ${(err as Error).stack ?? err}\n`);
        process.exitCode = 3;
      }
    }
  };
}
