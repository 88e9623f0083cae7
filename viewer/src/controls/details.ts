/**
 * The details panel of the selected node: its properties, its relationships by type (each a link
 * that selects the other end), and the sentences that mention it, the mention marked.
 */
import type { Actions } from "../actions";
import { api, type NodeDetails } from "../api";
import { labelOfKey } from "../../../src/model/keys";
import { byId, el, typing } from "../dom";
import { touched, type Store } from "../store";

function relationships(det: NodeDetails, actions: Actions): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const [type, rels] of Object.entries(det.relationships).sort()) {
    out.push(el("h3", `${type} (${rels.length})`));
    const ul = el("ul");
    for (const r of rels.slice(0, 40)) {
      const li = el("li");
      const a = el("a", r.name, "node-link");
      a.setAttribute("role", "button");
      a.tabIndex = 0;
      a.addEventListener("click", () => void actions.select(r.other));
      li.append(r.direction === "out" ? "→ " : "← ", a, el("small", ` ${r.label}${r.properties.role ? `, ${String(r.properties.role)}` : ""}`));
      ul.append(li);
    }
    out.push(ul);
  }
  return out;
}

function evidence(det: NodeDetails): HTMLElement[] {
  return [
    el("h3", `Evidence (${det.evidence.length})`),
    ...det.evidence.map((ev) => {
      const box = el("div", undefined, "evidence");
      const sentence = el("div");
      let at = 0;
      for (const [a, b] of [...ev.highlights].sort((x, y) => x[0] - y[0])) {
        if (a < at || a < 0 || b > ev.sentence.length) continue;
        sentence.append(ev.sentence.slice(at, a), el("mark", ev.sentence.slice(a, b)));
        at = b;
      }
      sentence.append(ev.sentence.slice(at));
      const src = el("div", undefined, "source");
      src.append(`${ev.title ?? "untitled"}${ev.published ? ` — ${ev.published}` : ""}${ev.language ? ` [${ev.language}]` : ""} `);
      if (ev.url) {
        const link = el("a", "article") as HTMLAnchorElement;
        link.href = ev.url;
        link.target = "_blank";
        link.rel = "noopener";
        src.append(link);
      }
      box.append(sentence, src);
      return box;
    }),
  ];
}

function render(key: string, det: NodeDetails, actions: Actions): HTMLElement[] {
  const p = det.properties;
  const expand = el("button", "Expand neighbourhood") as HTMLButtonElement;
  expand.type = "button";
  expand.setAttribute("aria-label", "Load this node's neighbours from the database");
  expand.addEventListener("click", () => void actions.expand(key));
  const table = el("table");
  for (const [k, v] of Object.entries(p)) {
    if (v === null || v === undefined || k === "name") continue;
    const tr = el("tr");
    tr.append(el("td", k), el("td", Array.isArray(v) ? v.join(", ") : String(v)));
    table.append(tr);
  }
  return [
    el("h2", String(p.name ?? p.label ?? p.id)),
    el("div", `${labelOfKey(key)} · ${String(p.id)}`, "muted"),
    expand,
    el("h3", "Properties"),
    table,
    ...relationships(det, actions),
    ...evidence(det),
  ];
}

export function mountDetails(store: Store, actions: Actions): void {
  const panel = byId("panel");
  const body = byId("panel-body");

  const load = async (key: string) => {
    panel.hidden = false;
    body.replaceChildren(el("p", "Loading…"));
    try {
      const det = await api.node(key);
      // Another node may have been selected while this one loaded.
      if (store.state.selected === key) body.replaceChildren(...render(key, det, actions));
    } catch (err) {
      body.replaceChildren(el("p", (err as Error).message, "error"));
    }
  };

  store.on((s, changed) => {
    if (!touched(changed, "selected")) return;
    if (s.selected) void load(s.selected);
    else panel.hidden = true;
  });
  byId("panel-close").addEventListener("click", () => actions.clearSelection());
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    actions.clearSelection();
    if (typing(e.target)) (e.target as HTMLElement).blur();
  });
}
