#!/usr/bin/env node
// The installed entry point: the CLI compiled to JavaScript (npm run build), no TypeScript at run time.
try {
  await import("../dist/src/cli/main.js");
} catch (err) {
  if (err?.code === "ERR_MODULE_NOT_FOUND" && String(err.message).includes("dist/src/cli/main.js")) {
    process.stderr.write("actorgraph: the CLI is not built (dist/ is missing): run 'npm run build' in the repository\n");
    process.exit(3);
  }
  throw err;
}
