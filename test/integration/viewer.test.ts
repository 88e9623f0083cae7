/**
 * The viewer in a real browser (Debian chromium driven by playwright-core) against the real
 * server and the test Neo4j with the sample corpus ingested. Screenshots go to test-artifacts/.
 */
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import type { Driver } from "neo4j-driver";
import type { FastifyInstance } from "fastify";
import { applySchema } from "../../src/neo4j/schema.js";
import { writeGraphs } from "../../src/neo4j/write.js";
import { buildServer } from "../../src/server/server.js";
import { buildViewer } from "../../src/server/buildViewer.js";
import { createDriver } from "../../src/neo4j/driver.js";
import { freshDatabase, testConfig } from "../support/db.js";
import { ROOT, corpusGraph, seedGraph } from "../support/articles.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../src/config/chromium.js";

const ARTIFACTS = join(ROOT, "test-artifacts");

let driver: Driver;
let app: FastifyInstance;
let browser: Browser;
let page: Page;
let url: string;
const errors: string[] = [];
/** What the browser blocked under the content security policy: nothing, or the policy is wrong. */
const blocked: string[] = [];

/** Waits until no layout runs and sigma has not rendered for `quietMs`: the page is drawn and still, no fixed sleep. */
async function settled(p: Page, quietMs = 400, timeout = 20_000): Promise<void> {
  await p.waitForFunction(
    (q) => {
      const h = (window as any).__actorgraph;
      return h && h.renders > 0 && !h.store.state.layout && performance.now() - h.lastRender > q;
    },
    quietMs,
    { timeout, polling: 100 },
  );
}

async function shot(p: Page, name: string): Promise<void> {
  await p.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** Non-background pixels in the WebGL canvases: a blank canvas has none. */
async function drawnPixels(p: Page): Promise<number> {
  const png = await p.locator("#graph").screenshot();
  // Count bytes that differ from white in the raw PNG is not possible compressed; ask the page instead.
  void png;
  return p.evaluate(() => {
    const h = (window as any).__actorgraph;
    const canvas = document.createElement("canvas");
    const src = h.renderer.getCanvases();
    const w = src.nodes.width;
    const hh = src.nodes.height;
    canvas.width = w;
    canvas.height = hh;
    const ctx = canvas.getContext("2d")!;
    for (const c of [src.edges, src.nodes, src.labels]) ctx.drawImage(c, 0, 0);
    const d = ctx.getImageData(0, 0, w, hh).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
    return n;
  });
}

const visibleEvents = (p: Page) =>
  p.evaluate(() => {
    const h = (window as any).__actorgraph;
    return h.display.filterNodes((k: string, a: any) => a.primary === "Event" && !h.renderer.getNodeDisplayData(k)?.hidden).length;
  });

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  driver = await freshDatabase();
  await applySchema(driver, testConfig().database);
  const corpus = readdirSync(join(ROOT, "corpus")).filter((f) => f.endsWith(".md")).map(corpusGraph);
  await writeGraphs(driver, [seedGraph(), ...corpus], { database: testConfig().database });
  await buildViewer();
  app = buildServer({ driver, config: testConfig() });
  url = await app.listen({ host: "127.0.0.1", port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as any).__actorgraph?.display?.order > 0, null, { timeout: 30_000 });
  await settled(page, 500, 30_000);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await driver?.close();
});

describe("viewer in Chromium", () => {
  it("draws the graph: pixels on the canvas, and sigma holds the sample's nodes", async () => {
    await shot(page, "viewer-overview");
    expect(await drawnPixels(page)).toBeGreaterThan(5000);
    const keys: string[] = await page.evaluate(() => (window as any).__actorgraph.display.nodes());
    expect(keys).toEqual(expect.arrayContaining(["Person:Q7747", "State:RUS", "State:PRK", "Person:Q56226"]));
    expect(keys.some((k) => k.startsWith("Event:"))).toBe(true);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it("lays the first view out without a click: the layout stops by itself, settled or at its time limit", async () => {
    const runs: { layout?: string; at: number }[] = await page.evaluate(() => (window as any).__actorgraph.layoutLog);
    expect(runs.map((r) => r.layout ?? "stopped")).toEqual([expect.stringMatching(/^(sigma|preview)$/), "stopped"]);
    const seconds = (runs[1]!.at - runs[0]!.at) / 1000;
    const why: string = await page.evaluate(() => (window as any).__actorgraph.layout.lastEnd);
    console.log(`first layout: ${runs[0]!.layout}, ended (${why}) after ${seconds.toFixed(1)} s`);
    expect(why).toMatch(/^(settled|time)$/);
    expect(seconds).toBeLessThan(16);
    expect(await page.locator("#layout-toggle").textContent()).toBe("Start layout");
    // Laid out, not a disc: nodes that share a relationship lie much closer than nodes taken at random.
    const closeness: number = await page.evaluate(() => {
      const d = (window as any).__actorgraph.display;
      const at = (k: string) => [d.getNodeAttribute(k, "x"), d.getNodeAttribute(k, "y")];
      const dist = (a: string, b: string) => Math.hypot(at(a)[0] - at(b)[0], at(a)[1] - at(b)[1]);
      const edges: number[] = d.mapEdges((_e: string, _a: unknown, s: string, t: string) => dist(s, t));
      const nodes: string[] = d.nodes();
      let random = 0;
      for (let i = 0; i < nodes.length; i++) random += dist(nodes[i]!, nodes[(i * 7919 + 13) % nodes.length]!);
      return edges.reduce((x, y) => x + y, 0) / edges.length / (random / nodes.length);
    });
    expect(closeness).toBeLessThan(0.5);
  });

  it("labels the most important nodes, and no label overlaps another", async () => {
    const r = await page.evaluate(() => {
      const h = (window as any).__actorgraph;
      const renderer = h.renderer;
      const { labelSize, labelFont, labelWeight } = renderer.getSettings();
      const ctx = document.createElement("canvas").getContext("2d")!;
      ctx.font = `${labelWeight} ${labelSize}px ${labelFont}`;
      const shown: string[] = [...renderer.getNodeDisplayedLabels()].filter((k: string) => renderer.getNodeDisplayData(k)?.label);
      // Where sigma's label drawer puts the text: right of the node, on its centre line.
      const boxOf = (k: string) => {
        const d = renderer.getNodeDisplayData(k);
        const p = renderer.framedGraphToViewport(d);
        const x = p.x + renderer.scaleSize(d.size) + 3;
        return { k, x0: x, x1: x + ctx.measureText(String(h.display.getNodeAttribute(k, "label") ?? "")).width, y0: p.y - 0.5 * labelSize, y1: p.y + 0.6 * labelSize };
      };
      const boxes = shown.map(boxOf);
      const overlaps: string[] = [];
      for (const a of boxes) for (const b of boxes) if (a.k < b.k && a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) overlaps.push(`${a.k} / ${b.k}`);
      const { width, height } = renderer.getDimensions();
      const onScreen = h.display.filterNodes((k: string) => {
        const d = renderer.getNodeDisplayData(k);
        const p = renderer.framedGraphToViewport(d);
        return !d.hidden && p.x > 0 && p.y > 0 && p.x < width && p.y < height;
      });
      const size = (k: string) => h.display.getNodeAttribute(k, "size");
      const biggest = [...onScreen].sort((a: string, b: string) => size(b) - size(a)).slice(0, 3);
      // A big node goes unlabelled only where its label would cover the label of a bigger one, each
      // label with the 2 px of room the picker keeps around it.
      const pad = 2;
      const cross = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) =>
        a.x0 - pad < b.x1 + pad && b.x0 - pad < a.x1 + pad && a.y0 - pad < b.y1 + pad && b.y0 - pad < a.y1 + pad;
      const unexplained = biggest.filter((k: string) => !shown.includes(k) && !boxes.some((b) => size(b.k) >= size(k) && cross(b, boxOf(k))));
      return { shown: shown.length, overlaps, biggest, biggestShown: biggest.filter((k: string) => shown.includes(k)), unexplained };
    });
    expect(r.overlaps).toEqual([]);
    expect(r.shown).toBeGreaterThan(20);
    expect(r.biggestShown[0]).toBe(r.biggest[0]);
    expect(r.unexplained).toEqual([]);
  });

  it("searching 'Putin' selects him; searching 'Moscovo' finds Russia", async () => {
    await page.fill("#search", "Moscovo");
    await page.waitForSelector("#search-results:not([hidden]) li");
    expect(await page.locator("#search-results li").first().textContent()).toContain("Russia");
    // Leaving the box and coming back before the list's closing delay keeps the list open.
    await page.evaluate(() => {
      const box = document.getElementById("search")!;
      box.blur();
      box.focus();
    });
    await page.waitForTimeout(400);
    expect(await page.locator("#search-results").isHidden()).toBe(false);
    await page.fill("#search", "");
    await page.keyboard.press("Escape"); // leaves the search box
    await page.keyboard.press("/"); // and "/" brings the focus back to it
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search");
    await page.keyboard.type("Putin");
    await page.waitForFunction(() => document.querySelector("#search-results:not([hidden]) li")?.textContent?.includes("Vladimir Putin"));
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (window as any).__actorgraph.store.state.selected === "Person:Q7747");
    await page.waitForSelector("#panel:not([hidden]) h2");
    expect(await page.locator("#panel h2").textContent()).toBe("Vladimir Putin");
    expect(page.url()).toContain("sel=Person%3AQ7747");
    await settled(page);
    await shot(page, "viewer-search-putin");
  });

  it("clicking Putin shows an evidence sentence from the sample with the mention marked", async () => {
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => (window as any).__actorgraph.store.state.selected === undefined);
    await settled(page);
    // Close in on Putin first: in a dense layout another node's disc may overlap his at full view.
    await page.evaluate(() => {
      const h = (window as any).__actorgraph;
      const d = h.renderer.getNodeDisplayData("Person:Q7747");
      h.renderer.getCamera().setState({ x: d.x, y: d.y, ratio: 0.1 });
    });
    await settled(page);
    const pos = await page.evaluate(() => {
      const h = (window as any).__actorgraph;
      const d = h.renderer.getNodeDisplayData("Person:Q7747");
      const vp = h.renderer.framedGraphToViewport({ x: d.x, y: d.y });
      const r = document.getElementById("graph")!.getBoundingClientRect();
      return { x: r.left + vp.x, y: r.top + vp.y };
    });
    await page.mouse.click(pos.x, pos.y);
    await page.waitForFunction(() => (window as any).__actorgraph.store.state.selected === "Person:Q7747");
    await page.waitForSelector("#panel:not([hidden]) .evidence mark");
    const evidence = await page.locator("#panel .evidence").allTextContents();
    expect(evidence.some((t) => t.includes("presidente russo, Vladimir Putin"))).toBe(true);
    expect(await page.locator("#panel .evidence mark").first().textContent()).toMatch(/Putin/);
    await shot(page, "viewer-click-putin");
    await page.keyboard.press("Escape");
  });

  it("the event-type filter hides events", async () => {
    const before = await visibleEvents(page);
    await page.getByLabel("Show ASSAULT").uncheck();
    await settled(page);
    const after = await visibleEvents(page);
    const assaults: number = await page.evaluate(() => (window as any).__actorgraph.display.filterNodes((_k: string, a: any) => a.eventType === "ASSAULT").length);
    expect(assaults).toBeGreaterThan(0);
    expect(after).toBe(before - assaults);
    await shot(page, "viewer-no-assault");
    await page.getByLabel("Show ASSAULT").check();
  });

  it("the date slider narrows events", async () => {
    const before = await visibleEvents(page);
    const max = Number(await page.locator("#date-from").getAttribute("max"));
    await page.locator("#date-from").fill(String(max));
    await page.locator("#date-from").dispatchEvent("input");
    await settled(page);
    const after = await visibleEvents(page);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(await page.locator("#date-label").textContent()).toMatch(/^\d{4}-\d{2} to \d{4}-\d{2}$/);
    await shot(page, "viewer-dates");
    await page.locator("#date-from").fill("0");
    await page.locator("#date-from").dispatchEvent("input");
  });

  it("a write query is refused with a clear message; a read query is drawn", async () => {
    await page.fill("#cypher", "MATCH (s:State {id:'RUS'}) SET s.name = 'x' RETURN s");
    await page.click("#cypher-run");
    await page.waitForSelector("#cypher-message.error");
    expect(await page.locator("#cypher-message").textContent()).toMatch(/refused: this query (writes|reads and writes)/);
    const name = await driver.executeQuery("MATCH (s:State {id:'RUS'}) RETURN s.name AS n", {}, { database: testConfig().database });
    expect(name.records[0]!.get("n")).toBe("Russia");
    await page.fill("#cypher", "MATCH (e:Event {type:'AID'})-[r:SOURCE|TARGET]->(x) RETURN e, r, x");
    await page.click("#cypher-run");
    await page.waitForFunction(() => /drew \d+ nodes/.test(document.getElementById("cypher-message")!.textContent ?? ""));
    const labels: string[] = await page.evaluate(() => (window as any).__actorgraph.display.mapNodes((_k: string, a: any) => a.primary));
    expect(new Set(labels.filter((l) => l === "Event")).size).toBe(1);
    expect(labels.every((l) => ["Event", "State", "Person", "Organization"].includes(l))).toBe(true);
    await settled(page);
    await shot(page, "viewer-cypher");
  });

  it("draws events as labelled, curved parallel edges when asked", async () => {
    await page.getByLabel("Draw events as labelled edges between their actors").check();
    await settled(page);
    const r = await page.evaluate(() => {
      const d = (window as any).__actorgraph.display;
      return { events: d.filterNodes((_k: string, a: any) => a.primary === "Event").length, eventEdges: d.filterEdges((_k: string, a: any) => a.relType === "EVENT").length };
    });
    expect(r.events).toBe(0);
    expect(r.eventEdges).toBeGreaterThan(0);
    expect(page.url()).toContain("edges=1");
    await shot(page, "viewer-events-as-edges");
  });

  it("can run ForceAtlas2 as a 2D preview (large graphs without a GPU), then hands the positions to sigma", async () => {
    await settled(page);
    // This browser draws WebGL in software, but the sample is small enough for sigma to animate it;
    // the preview is what a large graph gets.
    expect(await page.evaluate(() => (window as any).__actorgraph.softwareWebGL())).toBe(true);
    await page.evaluate(() => (window as any).__actorgraph.layout.start({ preview: false }));
    expect(await page.evaluate(() => (window as any).__actorgraph.store.state.layout)).toBe("sigma");
    await page.getByLabel("Start or stop the ForceAtlas2 layout").click();
    await settled(page);
    const before = await page.evaluate(() => {
      const d = (window as any).__actorgraph.display;
      return d.mapNodes((k: string, a: any) => `${k}@${a.x},${a.y}`).join("|");
    });
    await page.evaluate(() => (window as any).__actorgraph.layout.start({ preview: true }));
    expect(await page.evaluate(() => (window as any).__actorgraph.store.state.layout)).toBe("preview");
    await page.waitForFunction(() => {
      const c = document.getElementById("layout-preview") as HTMLCanvasElement;
      if (c.hidden || !c.width) return false;
      const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
      let coloured = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] !== d[i + 1] || d[i + 1] !== d[i + 2]) coloured++;
      return coloured > 50;
    }, null, { timeout: 10_000 });
    // The preview moves: the layout runs while it is shown.
    const first = await page.evaluate(() => (document.getElementById("layout-preview") as HTMLCanvasElement).toDataURL());
    await page.waitForFunction((f) => (document.getElementById("layout-preview") as HTMLCanvasElement).toDataURL() !== f, first, { timeout: 10_000 });
    await shot(page, "viewer-layout-preview");
    await page.getByLabel("Start or stop the ForceAtlas2 layout").click();
    expect(await page.locator("#layout-preview").isHidden()).toBe(true);
    await settled(page);
    const after = await page.evaluate(() => {
      const d = (window as any).__actorgraph.display;
      return d.mapNodes((k: string, a: any) => `${k}@${a.x},${a.y}`).join("|");
    });
    expect(after).not.toBe(before);
    expect(await drawnPixels(page)).toBeGreaterThan(100);
    // The layout's worker is built from a blob: the policy lets it run.
    expect(blocked).toEqual([]);
  });

  it("with an access token: the first visit's ?token becomes a cookie, the page works, nothing answers without it", async () => {
    const token = "browser-token-0123456789abcdef";
    const guarded = buildServer({ driver, config: testConfig(), token });
    const base = await guarded.listen({ host: "127.0.0.1", port: 0 });
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    const p = await context.newPage();
    const pageErrors: string[] = [];
    p.on("pageerror", (e) => pageErrors.push(e.message));
    p.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) pageErrors.push(m.text());
    });
    try {
      const refused = await p.goto(`${base}/`);
      expect(refused!.status()).toBe(401);
      expect(await p.textContent("body")).toMatch(/needs its access token/);
      await shot(p, "viewer-token-refused");
      // The address the viewer printed: the token leaves the address bar, and the page draws the graph.
      await p.goto(`${base}/?token=${token}`);
      expect(p.url()).toBe(`${base}/`);
      await p.waitForFunction(() => (window as any).__actorgraph?.display?.order > 0, null, { timeout: 30_000 });
      const cookie = (await context.cookies()).find((c) => c.name === "actorgraph_token");
      expect(cookie).toMatchObject({ value: token, httpOnly: true, sameSite: "Lax" });
      expect(await p.evaluate(() => document.cookie)).not.toContain(token);
      // Later visits and the page's own API calls carry it.
      await p.reload();
      await p.waitForFunction(() => (window as any).__actorgraph?.display?.order > 0, null, { timeout: 30_000 });
      await p.fill("#search", "Putin");
      await p.waitForFunction(() => document.querySelector("#search-results li")?.textContent?.includes("Vladimir Putin"));
      await shot(p, "viewer-token-search");
      expect(pageErrors).toEqual([]);
      // Another browser, without the cookie, gets nothing from the API.
      const stranger = await browser.newContext();
      try {
        const r = await stranger.request.get(`${base}/api/search?q=Putin`);
        expect(r.status()).toBe(401);
        expect((await r.json()).error).toMatch(/needs its access token/);
      } finally {
        await stranger.close();
      }
    } finally {
      await context.close();
      await guarded.close();
    }
  });

  it("shows a clear message, not a blank page, when Neo4j is unreachable", async () => {
    const dead = createDriver({ ...testConfig(), uri: "bolt://127.0.0.1:1" });
    const down = buildServer({ driver: dead, config: { ...testConfig(), uri: "bolt://127.0.0.1:1" } });
    const u = await down.listen({ host: "127.0.0.1", port: 0 });
    const p = await browser.newPage();
    await p.goto(u);
    await p.waitForSelector("#banner:not([hidden])");
    expect(await p.locator("#banner").textContent()).toMatch(/not reachable at bolt:\/\/127\.0\.0\.1:1/);
    await shot(p, "viewer-neo4j-down");
    await p.close();
    await down.close();
    await dead.close();
  });
});
