/** The banner: what went wrong (the server or Neo4j unreachable, a failed request), never a blank page. */
import { byId } from "../dom";
import { touched, type Store } from "../store";

export function mountBanner(store: Store): void {
  const banner = byId("banner");
  store.on((s, changed) => {
    if (!touched(changed, "banner")) return;
    banner.hidden = !s.banner;
    banner.textContent = s.banner ?? "";
  });
}
