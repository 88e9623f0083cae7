import { UserError } from "../errors.js";

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
      } else if (String((err as { code?: string }).code ?? "").startsWith("Neo.")) {
        // A database error is the user's to read, not a stack trace.
        process.stderr.write(`actorgraph: Neo4j ${(err as { code: string }).code}: ${(err as Error).message.split("\n")[0]}\n`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`actorgraph: ${(err as Error).stack ?? err}\n`);
        process.exitCode = 3;
      }
    }
  };
}

/**
 * The day, in UTC, that undated articles are read on: the one place the clock is read for
 * extraction, so that the extractor itself stays a function of its input.
 */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
