/** Folders and files written for a test under the system's temp folder, removed when the test (or the file) that asked for them ends. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, onTestFinished, TestRunner } from "vitest";

/** A fresh temp folder: asked for inside a test it goes when the test ends, outside one when its file's tests end (whole suites used to leave hundreds behind). */
export function tempDir(prefix = "actorgraph-test-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  if (TestRunner.getCurrentTest()) onTestFinished(remove);
  else afterAll(remove);
  return dir;
}

/** A writer of files into a fresh temp folder: `file(name, bytes)` writes one and returns its path. */
export function tempFiles(prefix = "actorgraph-inputs-"): (name: string, bytes: Buffer | string) => string {
  const dir = tempDir(prefix);
  return (name, bytes) => {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    return p;
  };
}
