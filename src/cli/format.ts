/** Query results as a terminal table, JSON or CSV. */
const cell = (v: unknown): string => (v === null || v === undefined ? "" : Array.isArray(v) ? v.map(cell).join(", ") : typeof v === "object" ? JSON.stringify(v) : String(v));

export function formatTable(columns: string[], rows: Record<string, unknown>[], width = process.stdout.columns || 160): string {
  if (!columns.length) return "(no rows)";
  const max = Math.max(12, Math.floor(width / columns.length) - 3);
  const text = rows.map((r) => columns.map((c) => cell(r[c]).replace(/\s+/g, " ")));
  const widths = columns.map((c, i) => Math.min(max, Math.max(c.length, ...text.map((t) => t[i]!.length))));
  const clip = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const line = (xs: string[]) => xs.map((x, i) => clip(x, widths[i]!)).join(" │ ");
  return [line(columns), widths.map((w) => "─".repeat(w)).join("─┼─"), ...text.map(line)].join("\n");
}

export function formatCsv(columns: string[], rows: Record<string, unknown>[]): string {
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [columns.map(q).join(","), ...rows.map((r) => columns.map((c) => q(cell(r[c]))).join(","))].join("\n");
}
