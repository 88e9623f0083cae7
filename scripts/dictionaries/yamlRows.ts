/** Rows as YAML flow mappings, one a line, as the hand-written gazetteer files are. */
import { stringify } from "yaml";

export function yamlRows(rows: readonly object[]): string {
  return rows.map((r) => `- ${stringify(r, { collectionStyle: "flow", lineWidth: 0 }).trim()}\n`).join("");
}
