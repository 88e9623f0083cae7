/** The view in the URL hash, so that a view can be shared: selection, filters, date range, mode, camera. */
export interface ViewState {
  selected?: string;
  hiddenLabels: string[];
  hiddenTypes: string[];
  hiddenStatuses: string[];
  dateFrom?: string;
  dateTo?: string;
  eventsAsEdges: boolean;
  documents: boolean;
  sizeBy: "degree" | "reports";
  camera?: { x: number; y: number; ratio: number };
}

/** The state the URL keeps: a change to any of these rewrites it. */
export const URL_KEYS = ["selected", "hiddenLabels", "hiddenTypes", "hiddenStatuses", "dateFrom", "dateTo", "eventsAsEdges", "documents", "sizeBy", "camera"] as const satisfies readonly (keyof ViewState)[];

export function readState(hash = location.hash): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const list = (k: string) => (p.get(k) ? p.get(k)!.split(",").filter(Boolean) : []);
  const cam = p.get("cam")?.split(",").map(Number);
  return {
    selected: p.get("sel") ?? undefined,
    hiddenLabels: list("hl"),
    hiddenTypes: list("ht"),
    hiddenStatuses: list("hs"),
    dateFrom: p.get("from") ?? undefined,
    dateTo: p.get("to") ?? undefined,
    eventsAsEdges: p.get("edges") === "1",
    documents: p.get("docs") === "1",
    sizeBy: p.get("size") === "reports" ? "reports" : "degree",
    camera: cam && cam.length === 3 && cam.every(Number.isFinite) ? { x: cam[0]!, y: cam[1]!, ratio: cam[2]! } : undefined,
  };
}

export function writeState(s: ViewState): void {
  const p = new URLSearchParams();
  if (s.selected) p.set("sel", s.selected);
  if (s.hiddenLabels.length) p.set("hl", s.hiddenLabels.join(","));
  if (s.hiddenTypes.length) p.set("ht", s.hiddenTypes.join(","));
  if (s.hiddenStatuses.length) p.set("hs", s.hiddenStatuses.join(","));
  if (s.dateFrom) p.set("from", s.dateFrom);
  if (s.dateTo) p.set("to", s.dateTo);
  if (s.eventsAsEdges) p.set("edges", "1");
  if (s.documents) p.set("docs", "1");
  if (s.sizeBy !== "degree") p.set("size", s.sizeBy);
  if (s.camera) p.set("cam", [s.camera.x, s.camera.y, s.camera.ratio].map((x) => x.toFixed(4)).join(","));
  history.replaceState(null, "", `#${p.toString()}`);
}
