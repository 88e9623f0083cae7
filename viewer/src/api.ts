/** The server's JSON API, with errors as thrown messages the page can show. */
export interface ViewGraph {
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}

export interface NodeDetails {
  key: string;
  properties: Record<string, unknown>;
  relationships: Record<string, { direction: "out" | "in"; other: string; name: string; label: string; properties: Record<string, unknown> }[]>;
  evidence: { sentence: string; highlights: [number, number][]; title?: string; published?: string; url?: string; language?: string }[];
}

export interface SearchHit {
  key: string;
  name: string;
  label: string;
  matched: string;
}

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
  health: () => call<{ ok: boolean; uri: string; nodes: number }>("/api/health"),
  graph: (events: number, documents: boolean) => call<ViewGraph>(`/api/graph?events=${events}&documents=${documents ? 1 : 0}`),
  expand: (key: string, documents: boolean) => call<ViewGraph>(`/api/expand?key=${encodeURIComponent(key)}&documents=${documents ? 1 : 0}`),
  node: (key: string) => call<NodeDetails>(`/api/node?key=${encodeURIComponent(key)}`),
  search: (q: string) => call<SearchHit[]>(`/api/search?q=${encodeURIComponent(q)}`),
  cypher: (query: string) =>
    call<{ columns: string[]; rows: Record<string, unknown>[]; truncated: boolean; graph: ViewGraph }>("/api/cypher", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    }),
};
