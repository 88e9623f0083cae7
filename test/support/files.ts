/** Files written for a test into a folder of its own under the system's temp folder. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A writer of files into a fresh temp folder: `file(name, bytes)` writes one and returns its path. */
export function tempFiles(prefix = "actorgraph-inputs-"): (name: string, bytes: Buffer | string) => string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return (name, bytes) => {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    return p;
  };
}
