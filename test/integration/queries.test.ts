import { readdirSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { applySchema } from "../../src/neo4j/schema.js";
import { writeGraphs } from "../../src/neo4j/write.js";
import { bindParams, loadLibrary, resolveEntity, runReadOnly, type LibraryQuery } from "../../src/neo4j/queries.js";
import { AmbiguousNameError } from "../../src/errors.js";
import { refreshActivity } from "../../src/neo4j/activity.js";
import { freshDatabase, testConfig } from "../support/db.js";
import { ROOT, corpusGraph, seedGraph, textGraph } from "../support/articles.js";

let driver: Driver;
const db = () => testConfig().database;
const library = loadLibrary();
const lib = (name: string): LibraryQuery => library.find((q) => q.name === name)!;
async function run(name: string, params: Record<string, string> = {}) {
  const q = lib(name);
  return (await runReadOnly(driver, q.cypher, await bindParams(driver, db(), q, params), { database: db() })).rows;
}

beforeAll(async () => {
  driver = await freshDatabase();
  await applySchema(driver, db());
  const corpus = readdirSync(join(ROOT, "corpus")).filter((f) => f.endsWith(".md")).map(corpusGraph);
  const r = await writeGraphs(driver, [seedGraph(), ...corpus, textGraph("Kim Yo Jong, the sister of Kim Jong Un, criticized South Korea on Monday.")], { database: db() });
  expect(r.failures).toEqual([]);
}, 180_000);
afterAll(() => driver.close());

describe("the query library", () => {
  it("actor-profile: Putin leads Russia and consults, praises and is praised", async () => {
    const rows = await run("actor-profile", { actor: "Putin" });
    expect(rows[0]).toMatchObject({ name: "Vladimir Putin", id: "Q7747", label: "Person" });
    expect(rows[0]!.roles).toEqual(expect.arrayContaining([expect.stringMatching(/^LEADS Russia/)]));
    expect(rows.find((r) => r.type === "CONSULT" && r.side === "SOURCE")).toBeTruthy();
  });

  it("aid-flows: North Korea -> Russia with the 15,000 troops and its evidence sentence", async () => {
    const rows = await run("aid-flows", { recipient: "Rússia" });
    expect(rows[0]).toMatchObject({ donor: "North Korea", recipient: "Russia", quantity: 15000, reportedBy: ["South Korea"] });
    expect(rows[0]!.evidence).toContain("15.000 soldados");
  });

  it("alliances: North Korea supports and aids Russia", async () => {
    const rows = await run("alliances");
    const nk = rows.find((r) => r.source === "North Korea" && r.target === "Russia");
    expect(nk!.types).toEqual(expect.arrayContaining(["AID", "SUPPORT"]));
    expect(nk!.largestQuantity).toBe(15000);
  });

  it("conflict-dyads: Russia attacks Ukraine, India strikes Pakistan in Kashmir", async () => {
    const rows = await run("conflict-dyads");
    expect(rows.find((r) => r.source === "Russia" && r.target === "Ukraine")!.events).toBeGreaterThanOrEqual(2);
    expect(rows.find((r) => r.source === "India" && r.target === "Pakistan")!.places).toContain("Kashmir");
  });

  it("agreements: the ceasefire has both parties and two reports of agreeing to it", async () => {
    const rows = await run("agreements", { status: "signed" });
    const cf = rows.find((r) => r.id === "ceasefire-khm-tha")!;
    expect(cf.parties).toEqual(expect.arrayContaining(["Cambodia", "Thailand"]));
    expect(cf.documents).toBe(2);
    expect(rows.find((r) => r.id === "strategic_partnership-prk-rus")!.parties).toEqual(expect.arrayContaining(["Russia", "North Korea"]));
  });

  it("timeline: North Korea and Russia, dated, oldest first", async () => {
    const rows = await run("timeline", { a: "Pyongyang", b: "Moscovo" });
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const dates = rows.map((r) => String(r.date));
    expect([...dates].sort()).toEqual(dates);
    expect(rows.some((r) => r.type === "AID" && r.quantity === 15000)).toBe(true);
  });

  it("connections: Kim Jong Un reaches Trump through the 2019 summit", async () => {
    const rows = await run("connections", { a: "Kim Jong Un", b: "Trump" });
    expect(rows[0]!.events).toBe(1);
    expect(rows[0]!.steps).toEqual(["Kim Jong Un", "[CONSULT 2019]", "Donald Trump"]);
  });

  it("reported-by: what KCNA reported, with what another source confirms", async () => {
    const rows = await run("reported-by", { source: "KCNA" });
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const call = rows.find((r) => r.type === "CONSULT")!;
    expect(call.confirmed).toBe(true);
    // "citando o Kremlin": the Kremlin itself, a body of Russia.
    expect(call.alsoReportedBy).toContain("Kremlin");
  });

  it("event-evidence: the sentences and article of one event", async () => {
    const [aid] = await run("aid-flows", { recipient: "RUS" });
    const rows = await run("event-evidence", { event: String(aid!.event) });
    expect(rows[0]!.sentence).toContain("15.000 soldados");
    expect(rows[0]!.published).toBe("2025-08-13");
    // The words that triggered it, whether the sentence names it once (no list stored) or more.
    for (const r of rows) for (const w of r.trigger as string[]) expect(String(r.sentence)).toContain(w);
    expect((rows[0]!.trigger as string[]).length).toBeGreaterThan(0);
  });

  it("relationship-evidence: why Putin LEADS Russia, from every article and language that says so", async () => {
    const rows = await run("relationship-evidence", { from: "Vladimir Putin", to: "RUS" });
    const leads = rows.filter((r) => r.relationship === "LEADS").map((r) => String(r.sentence));
    expect(leads).toEqual(expect.arrayContaining([expect.stringContaining("presidente russo, Vladimir Putin"), expect.stringContaining("Russian President Vladimir Putin")]));
  });

  it("most-connected: the actor in the most 2025 events comes first, as a plain count of the events says", async () => {
    const rows = await run("most-connected", { from: "2025-01-01", to: "2025-12-31" });
    // The same ranking written plainly over the events, with the library's tie-break (reports, then name).
    const plain = (await driver.executeQuery(
      `MATCH (e:Event)-[side:SOURCE|TARGET]->(a:Actor) WHERE e.when >= '2025-01-01' AND e.when <= '2025-12-31'
       WITH a, count(side) AS events, sum(coalesce(e.reports, 1)) AS reports
       RETURN a.name AS actor, events ORDER BY events DESC, reports DESC, a.name, a.id LIMIT 3`,
      {}, { database: db() })).records.map((r) => r.toObject());
    expect(rows.slice(0, 3).map((r) => [r.actor, Number(r.asSource) + Number(r.asTarget)])).toEqual(plain.map((r) => [r.actor, Number(r.events)]));
  });

  it("merged-entities: Russia was named in three languages", async () => {
    const rows = await run("merged-entities");
    const rus = rows.find((r) => r.id === "RUS")!;
    expect(rus.aliases).toEqual(expect.arrayContaining(["Russia", "Rússia", "Rusia", "Moscovo"]));
    expect([...(rus.languages as string[])].sort()).toEqual(["en", "es", "pt"]);
  });
});

describe("the activity summary behind most-connected", () => {
  const query = async (cypher: string) => (await driver.executeQuery(cypher, {}, { database: db() })).records.map((r) => r.toObject());
  const ranges: Record<string, string>[] = [{ from: "2025-01-01", to: "2025-12-31" }, { from: "2025-08-01", to: "2025-08-20" }, { from: "2025-07-15", to: "2025-09-30" }, {}];
  const all = () => Promise.all(ranges.map((p) => run("most-connected", p)));

  it("answers the same from the events and from the summary, and reads the summary for clean months", async () => {
    // writeGraphs marks the months it wrote dirty: until a refresh, every answer comes from the events.
    const dirty = await query("MATCH (m:ActivityMonth) WHERE m.dirty RETURN collect(m.id) AS ids");
    expect((dirty[0]!.ids as string[]).length).toBeGreaterThan(0);
    const fromEvents = await all();
    expect(fromEvents[0]!.length).toBeGreaterThan(3);
    expect(await refreshActivity(driver, db())).toBe((dirty[0]!.ids as string[]).length);
    expect(await query("MATCH (m:ActivityMonth) WHERE m.dirty RETURN count(m) AS c")).toEqual([{ c: 0 }]);
    expect(await all()).toEqual(fromEvents);
    // Bend the summary of Russia's August: a range holding all of August now reads it, one holding part of it does not.
    await query("MATCH (:ActivityMonth {id: '2025-08'})-[r:ACTIVE]->(:State {id: 'RUS'}) SET r.asSource = r.asSource + 100");
    const bent = await all();
    expect(bent[0]!.find((r) => r.actor === "Russia")!.asSource).toBe((fromEvents[0]!.find((r) => r.actor === "Russia")!.asSource as number) + 100);
    expect(bent[1]).toEqual(fromEvents[1]);
    // A write marks the month dirty: the events are read again, and the next refresh rebuilds it.
    await query("MATCH (m:ActivityMonth {id: '2025-08'}) SET m.dirty = true");
    expect(await all()).toEqual(fromEvents);
    expect(await refreshActivity(driver, db())).toBe(1);
    expect(await all()).toEqual(fromEvents);
  });
});

describe("names users type", () => {
  it.each([["Putin", "Q7747"], ["Vladimir Putin", "Q7747"], ["Rússia", "RUS"], ["Russia", "RUS"], ["RUS", "RUS"], ["Moscovo", "RUS"], ["kcna", "kcna"]])(
    "%s resolves to %s",
    async (text, id) => {
      expect((await resolveEntity(driver, db(), text, "Actor")).id).toBe(id);
    },
  );

  it("an ambiguous name lists the candidates", async () => {
    const err = await resolveEntity(driver, db(), "Kim Jong", "Actor").catch((e) => e);
    expect(err).toBeInstanceOf(AmbiguousNameError);
    expect(err.message).toMatch(/ambiguous/);
    expect(err.message).toContain("Kim Jong Un (Person Q56226)");
    expect(err.message).toContain("Kim Yo Jong");
  });
});

describe("read-only", () => {
  it.each(["CREATE (n:State {id:'XXX'}) RETURN n", "MATCH (n:State {id:'RUS'}) SET n.name = 'x'", "MATCH (n) DETACH DELETE n", "CREATE INDEX x IF NOT EXISTS FOR (n:Foo) ON (n.bar)"])(
    "refuses %s",
    async (cypher) => {
      await expect(runReadOnly(driver, cypher, {}, { database: db() })).rejects.toThrow(/refused: this query/);
      const [n] = (await driver.executeQuery("MATCH (n:State {id:'RUS'}) RETURN n.name AS name", {}, { database: db() })).records;
      expect(n!.get("name")).toBe("Russia");
    },
  );

  it("the command refuses a write with one clear line and passes parameters as parameters", () => {
    const cfg = testConfig();
    const env = { ...process.env, NEO4J_URI: cfg.uri, NEO4J_USER: cfg.user, NEO4J_PASSWORD: cfg.password };
    const w = spawnSync("npx", ["tsx", "src/cli/main.ts", "query", "--cypher", "MERGE (x:State {id:'ZZZ'}) RETURN x"], { cwd: ROOT, encoding: "utf8", env });
    expect(w.status).toBe(1);
    expect(w.stderr.trim()).toBe("actorgraph: refused: this query reads and writes (query type 'rw'); only read-only queries run here.");
    const inj = spawnSync("npx", ["tsx", "src/cli/main.ts", "query", "actor-profile", "--param", "actor=RUS'}) DETACH DELETE (n) //", "--format", "json"], { cwd: ROOT, encoding: "utf8", env });
    expect(inj.status).toBe(1);
    expect(inj.stderr).toMatch(/no entity matches|ambiguous/);
  });
});
