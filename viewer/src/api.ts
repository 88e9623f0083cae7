/** The server's JSON API, with errors as thrown messages the page can show. */
import type { CypherResult, Health, NodeDetails, SearchHit, ViewGraph } from "../../src/server/api";

export type { NodeDetails, SearchHit, ViewGraph };

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    throw new Error("the actorgraph server does not answer: is 'npm run viewer' still running?");
  }
  const body = await res.json().catch(() => ({ error: `${res.status} ${res.statusText}` }));
  if (!res.ok) throw new Error((body as { error?: string }).error ?? `${res.status}`);
  return body as T;
}

export const api = {
  health: () => call<Health>("/api/health"),
  graph: (events: number, documents: boolean) => call<ViewGraph>(`/api/graph?events=${events}&documents=${documents ? 1 : 0}`),
  expand: (key: string, documents: boolean) => call<ViewGraph>(`/api/expand?key=${encodeURIComponent(key)}&documents=${documents ? 1 : 0}`),
  node: (key: string) => call<NodeDetails>(`/api/node?key=${encodeURIComponent(key)}`),
  search: (q: string) => call<SearchHit[]>(`/api/search?q=${encodeURIComponent(q)}`),
  cypher: (query: string) =>
    call<CypherResult>("/api/cypher", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    }),
};
