import type { Extraction } from "./types.js";

/** A readable account of an extraction: entities, relations and events, each with its evidence. */
export function summarize(x: Extraction): string {
  const name = new Map(x.entities.map((e) => [`${e.label}:${e.id}`, e.name]));
  const n = (r: { label: string; id: string }) => name.get(`${r.label}:${r.id}`) ?? r.id;
  const quote = (i: number) => `      “${x.sentences[i]?.text}”`;
  const lines: string[] = [];
  lines.push(`${x.document.title ?? x.document.source}  [${x.document.language}${x.document.published ? `, ${x.document.published}` : ""}]`, "");
  lines.push(`Entities (${x.entities.length})`);
  for (const e of x.entities) {
    const ids = [e.wikidata, e.iso2].filter(Boolean).join(", ");
    lines.push(`  ${e.label.padEnd(12)} ${e.name}${ids ? ` (${ids})` : ""}${e.kind ? ` [${e.kind}]` : ""}${e.status ? ` status=${e.status}` : ""}  — ${e.aliases.join(" | ")}`);
  }
  lines.push("", `Relations (${x.relations.length})`);
  for (const r of x.relations) {
    lines.push(`  ${r.type.padEnd(10)} ${n(r.from)} -> ${n(r.to)}${r.role ? ` (${r.role})` : ""}  [${r.basis}, ${r.confidence.toFixed(2)}]`);
    if (r.basis === "text") lines.push(quote(r.evidence[0]!));
  }
  lines.push("", `Events (${x.events.length})`);
  for (const e of x.events) {
    const attrs = [
      e.status,
      e.date && `date=${e.date}${e.dateText ? ` (“${e.dateText}”)` : ""}`,
      e.quantity !== undefined && `quantity=${e.quantity}`,
      e.at.length && `at=${e.at.map(n).join(", ")}`,
      e.about.length && `about=${e.about.map(n).join(", ")}`,
      e.reportedBy.length && `reported by ${e.reportedBy.map(n).join(", ")}`,
    ].filter(Boolean);
    lines.push(`  ${e.type}${e.mode ? `/${e.mode}` : ""}: ${e.sources.map(n).join(" & ") || "?"} -> ${e.targets.map(n).join(" & ") || "-"}  ${attrs.join("; ")}`);
    for (const s of [...new Set(e.mentions.map((m) => m.sentence))]) lines.push(quote(s));
  }
  return lines.join("\n");
}
