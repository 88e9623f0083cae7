/** Search: completion over names and aliases in any language; choosing a hit selects it ("/" focuses the box). */
import type { Actions } from "../actions";
import { api, type SearchHit } from "../api";
import { byId, el, typing } from "../dom";
import type { Store } from "../store";

/** Waits this long after the last key before asking the server. */
const DEBOUNCE_MS = 120;

export function mountSearch(store: Store, actions: Actions): void {
  const input = byId<HTMLInputElement>("search");
  const list = byId<HTMLUListElement>("search-results");
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: number | undefined;
  // Answers can come back out of order; only the one for the latest query is shown.
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.parentElement!.setAttribute("aria-expanded", "false");
    active = -1;
  };
  const choose = (h: SearchHit) => {
    close();
    input.value = h.name;
    void actions.select(h.key);
  };
  const render = () => {
    list.replaceChildren(
      ...hits.map((h, i) => {
        const li = el("li");
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", String(i === active));
        li.append(h.name, el("small", `${h.label}${h.matched !== h.name ? ` · ${h.matched}` : ""}`));
        li.addEventListener("mousedown", (e) => {
          e.preventDefault();
          choose(h);
        });
        return li;
      }),
    );
    list.hidden = hits.length === 0;
    input.parentElement!.setAttribute("aria-expanded", String(!list.hidden));
  };

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(async () => {
      const q = input.value.trim();
      const ticket = ++asked;
      if (!q) return close();
      try {
        const found = await api.search(q);
        if (ticket !== asked) return;
        hits = found;
        active = hits.length ? 0 : -1;
        render();
      } catch (err) {
        store.set({ banner: (err as Error).message });
      }
    }, DEBOUNCE_MS);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!hits.length) return;
      active = (active + (e.key === "ArrowDown" ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (e.key === "Enter" && hits[active]) {
      e.preventDefault();
      choose(hits[active]!);
    } else if (e.key === "Escape") close();
  });
  // The delay lets a click on a hit land first; a user back in the box by then keeps the list.
  input.addEventListener("blur", () =>
    window.setTimeout(() => {
      if (document.activeElement !== input) close();
    }, 150),
  );
  document.addEventListener("keydown", (e) => {
    if (e.key === "/" && !typing(e.target)) {
      e.preventDefault();
      input.focus();
    }
  });
}
