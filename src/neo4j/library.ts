/** The Cypher library (cypher/queries/*.cypher): each file's header comments name, describe and type its parameters. */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { QUERY_DIR } from "../paths.js";

export type ParamType = "actor" | "entity" | "string" | "date" | "int";

export interface LibraryQuery {
  name: string;
  description: string;
  params: { name: string; type: ParamType; example: string }[];
  row: string;
  cypher: string;
}

export function parseQuery(name: string, text: string): LibraryQuery {
  const header = text.split("\n").filter((l) => l.startsWith("//")).map((l) => l.replace(/^\/\/\s?/, ""));
  const description = header.find((l) => !l.startsWith("@")) ?? "";
  const params = header
    .filter((l) => l.startsWith("@param "))
    .map((l) => {
      const m = /^@param (\w+) (\w+) (.*)$/.exec(l);
      if (!m) throw new Error(`${name}.cypher: malformed @param line '${l}'`);
      return { name: m[1]!, type: m[2] as ParamType, example: m[3]!.replace(/^"|"$/g, "") };
    });
  const row = header.find((l) => l.startsWith("@row "))?.slice(5) ?? "";
  return { name, description, params, row, cypher: text };
}

export function loadLibrary(dir = QUERY_DIR): LibraryQuery[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".cypher"))
    .sort()
    .map((f) => parseQuery(basename(f, ".cypher"), readFileSync(join(dir, f), "utf8")));
}
