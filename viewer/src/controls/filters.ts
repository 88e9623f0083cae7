/**
 * Filters: which labels, event types and statuses are shown (with the legend's colours and the
 * loaded counts), and the range of months events are shown for.
 */
import { byId } from "../dom";
import { countBy, eventMonths, type Graphs } from "../graphs";
import { touched, type Store, type ViewerState } from "../store";
import { EVENT_COLOR, LABEL_STYLE, type LabelStyle } from "../style";

type HiddenList = "hiddenLabels" | "hiddenTypes" | "hiddenStatuses";

function checkbox(store: Store, list: HiddenList, value: string, count: number, swatch?: LabelStyle): HTMLLabelElement {
  const label = document.createElement("label");
  const input = document.createElement("input");
  input.type = "checkbox";
  input.checked = !store.state[list].includes(value);
  input.value = value;
  input.setAttribute("aria-label", `Show ${value}`);
  input.addEventListener("change", () => {
    const others = store.state[list].filter((v) => v !== value);
    store.set({ [list]: input.checked ? others : [...others, value] } as Partial<ViewerState>);
  });
  label.append(input);
  if (swatch) {
    const s = document.createElement("span");
    s.className = `swatch ${swatch.shape}`;
    s.style.background = swatch.color;
    label.append(s);
  }
  label.append(` ${value} (${count})`);
  return label;
}

export function mountFilters(store: Store, { data }: Graphs): void {
  const from = byId<HTMLInputElement>("date-from");
  const to = byId<HTMLInputElement>("date-to");
  let months: string[] = [];

  const showRange = () => {
    const [a, b] = [Number(from.value), Number(to.value)];
    byId("date-label").textContent = months.length ? `${months[Math.min(a, b)]} to ${months[Math.max(a, b)]}` : "no dated events";
  };

  const render = () => {
    byId("label-filters").replaceChildren(...countBy(data, "label").map(([l, n]) => checkbox(store, "hiddenLabels", l, n, LABEL_STYLE[l])));
    byId("type-filters").replaceChildren(...countBy(data, "type", true).map(([t, n]) => checkbox(store, "hiddenTypes", t, n, { color: EVENT_COLOR[t] ?? "#777", shape: "square" })));
    byId("status-filters").replaceChildren(...countBy(data, "status", true).map(([s, n]) => checkbox(store, "hiddenStatuses", s, n)));
    months = eventMonths(data);
    const { dateFrom, dateTo } = store.state;
    from.max = to.max = String(Math.max(0, months.length - 1));
    from.value = String(Math.max(0, dateFrom ? months.findIndex((m) => m >= dateFrom) : 0));
    to.value = String(dateTo ? Math.max(0, months.length - 1 - [...months].reverse().findIndex((m) => m <= dateTo)) : months.length - 1);
    showRange();
  };

  const onRange = () => {
    const [a, b] = [Number(from.value), Number(to.value)].sort((x, y) => x - y) as [number, number];
    store.set({ dateFrom: a > 0 ? months[a] : undefined, dateTo: b < months.length - 1 ? months[b] : undefined });
    showRange();
  };
  from.addEventListener("input", onRange);
  to.addEventListener("input", onRange);
  store.on((_s, changed) => {
    if (touched(changed, "graphVersion")) render();
  });
}
