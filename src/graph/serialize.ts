/**
 * Graph files: graphology JSON, GEXF (graphology-gexf), GraphML, and CSV in the header format of
 * `neo4j-admin database import`, so a large corpus can be bulk-loaded into a fresh server.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { MultiDirectedGraph } from "graphology";
import { write as writeGexf } from "graphology-gexf";

type G = MultiDirectedGraph;
type Attrs = Record<string, unknown>;

export function toJson(g: G): string {
  return `${JSON.stringify(g.export(), null, 2)}\n`;
}

export function toGexf(g: G): string {
  // GEXF attributes are scalars: arrays become "a|b|c".
  const flat = (a: Attrs) => Object.fromEntries(Object.entries(a).map(([k, v]) => [k, Array.isArray(v) ? v.join("|") : v]));
  return writeGexf(g as never, { formatNode: (_k: string, a: Attrs) => ({ label: String(a.name ?? a.id ?? _k), attributes: flat(a) }), formatEdge: (_k: string, a: Attrs) => ({ label: String(a.type ?? ""), attributes: flat(a) }) } as never);
}

const xml = (s: unknown) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** graphology-graphml only parses GraphML, so this writes it: one <key> per attribute name and owner. */
export function toGraphml(g: G): string {
  const keys = new Map<string, { for: "node" | "edge"; name: string; type: string }>();
  const typeOf = (v: unknown) => (typeof v === "number" ? (Number.isInteger(v) ? "long" : "double") : typeof v === "boolean" ? "boolean" : "string");
  const keyId = (owner: "node" | "edge", name: string, v: unknown) => {
    const id = `${owner[0]}_${name}`;
    if (!keys.has(id)) keys.set(id, { for: owner, name, type: typeOf(v) });
    return id;
  };
  const data = (owner: "node" | "edge", a: Attrs) =>
    Object.entries(a)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => `<data key="${keyId(owner, k, Array.isArray(v) ? "" : v)}">${xml(Array.isArray(v) ? v.join("|") : v)}</data>`)
      .join("");
  const body: string[] = [];
  g.forEachNode((k, a) => body.push(`    <node id="${xml(k)}">${data("node", a)}</node>`));
  g.forEachEdge((k, a, s, t) => body.push(`    <edge id="${xml(k)}" source="${xml(s)}" target="${xml(t)}">${data("edge", a)}</edge>`));
  const head = [...keys.entries()].map(([id, k]) => `  <key id="${id}" for="${k.for}" attr.name="${xml(k.name)}" attr.type="${k.type}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${head.join("\n")}\n  <graph id="actorgraph" edgedefault="directed">\n${body.join("\n")}\n  </graph>\n</graphml>\n`;
}

const ARRAY_DELIMITER = "\u001f";

function csvCell(v: unknown): string {
  if (v === undefined || v === null) return "";
  const s = Array.isArray(v) ? v.join(ARRAY_DELIMITER) : String(v);
  return /[",\n\r]/.test(s) || s === "" ? `"${s.replace(/"/g, '""')}"` : s;
}

function columnType(values: unknown[]): string {
  const present = values.filter((v) => v !== undefined && v !== null);
  if (present.every((v) => Array.isArray(v))) {
    const items = present.flat();
    return items.length && items.every((x) => typeof x === "number") ? (items.every((x) => Number.isInteger(x)) ? "long[]" : "double[]") : "string[]";
  }
  if (present.every((v) => typeof v === "number")) return present.every((v) => Number.isInteger(v)) ? "long" : "double";
  if (present.every((v) => typeof v === "boolean")) return "boolean";
  return "string";
}

/**
 * One nodes file per label (`id:ID(Label)`, properties, `:LABEL`) and one relationships file per
 * type and end labels (`:START_ID(Label)`, `:END_ID(Label)`, `:TYPE`), plus the import command.
 */
export function writeCsv(g: G, dir: string): { files: string[]; command: string[] } {
  mkdirSync(dir, { recursive: true });
  const byLabel = new Map<string, string[]>();
  g.forEachNode((k, a) => {
    const label = (a.labels as string[])[0]!;
    byLabel.set(label, [...(byLabel.get(label) ?? []), k]);
  });
  const args: string[] = [];
  const files: string[] = [];
  for (const [label, keys] of byLabel) {
    const cols = [...new Set(keys.flatMap((k) => Object.keys(g.getNodeAttributes(k))))].filter((c) => c !== "labels" && c !== "id");
    const types = cols.map((c) => columnType(keys.map((k) => g.getNodeAttribute(k, c))));
    const head = [`id:ID(${label})`, ...cols.map((c, i) => `${c}:${types[i]}`), ":LABEL"];
    const rows = keys.map((k) => {
      const a = g.getNodeAttributes(k);
      return [csvCell(a.id), ...cols.map((c) => csvCell(a[c])), csvCell(a.labels as string[])].join(",");
    });
    const file = `nodes-${label}.csv`;
    writeFileSync(join(dir, file), `${head.join(",")}\n${rows.join("\n")}\n`);
    files.push(file);
    args.push(`--nodes=${join(dir, file)}`);
  }
  const byType = new Map<string, string[]>();
  g.forEachEdge((k, a, s, t) => {
    const key = `${a.type}|${(g.getNodeAttribute(s, "labels") as string[])[0]}|${(g.getNodeAttribute(t, "labels") as string[])[0]}`;
    byType.set(key, [...(byType.get(key) ?? []), k]);
  });
  for (const [key, edges] of byType) {
    const [type, from, to] = key.split("|") as [string, string, string];
    const cols = [...new Set(edges.flatMap((e) => Object.keys(g.getEdgeAttributes(e))))].filter((c) => c !== "type");
    const types = cols.map((c) => columnType(edges.map((e) => g.getEdgeAttribute(e, c))));
    const head = [`:START_ID(${from})`, `:END_ID(${to})`, ...cols.map((c, i) => `${c}:${types[i]}`), ":TYPE"];
    const rows = edges.map((e) => {
      const a = g.getEdgeAttributes(e);
      return [csvCell(g.getNodeAttribute(g.source(e), "id")), csvCell(g.getNodeAttribute(g.target(e), "id")), ...cols.map((c) => csvCell(a[c])), type].join(",");
    });
    const file = `rels-${type}-${from}-${to}.csv`;
    writeFileSync(join(dir, file), `${head.join(",")}\n${rows.join("\n")}\n`);
    files.push(file);
    args.push(`--relationships=${join(dir, file)}`);
  }
  // The database is the default one ("neo4j"); naming it as a trailing argument made 5.26 read it as a file path.
  const command = ["database", "import", "full", `--array-delimiter=U+001F`, "--multiline-fields=true", ...args];
  writeFileSync(join(dir, "import-command.txt"), `neo4j-admin ${command.map((a) => (/[\s]/.test(a) ? `'${a}'` : a)).join(" ")}\n`);
  return { files, command };
}
