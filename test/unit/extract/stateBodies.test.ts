import { describe, expect, it } from "vitest";
import { extract } from "../../../src/extract/index.js";
import { events as ev, ids } from "../../support/extraction.js";

/** Bodies of a state (seats of government, ministries, legislatures, courts): in the graph with their PART_OF, acting for their state. */
describe("state bodies", () => {
  const partOf = (x: ReturnType<typeof extract>, from: string) => x.relations.filter((r) => r.type === "PART_OF" && r.from.id === from).map((r) => r.to.id);

  it("keeps a seat of government as a body of its state that acts and speaks for it", () => {
    const x = extract({ source: "x", language: "en", published: "2025-03-02", text: "The Kremlin condemned the sanctions imposed by Washington, Russian news agencies said. The White House said it was suspending the talks." });
    expect(x.entities.find((e) => e.id === "kremlin")?.label).toBe("Organization");
    expect(partOf(x, "kremlin")).toEqual(["RUS"]);
    expect(partOf(x, "white-house")).toEqual(["USA"]);
    expect(ev(x, "DISAPPROVE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["RUS"], ["USA"]]]);
  });

  it("reads a ministry named with its state, in each language, and the people who speak for it", () => {
    const en = extract({ source: "x", language: "en", published: "2024-08-06", text: "Chinese Foreign Ministry spokesman Wang Wenbin criticised the drills. Russia's Defence Ministry said its jets did not fire." });
    expect(partOf(en, "foreign-ministry-chn")).toEqual(["CHN"]);
    expect(partOf(en, "defence-ministry-rus")).toEqual(["RUS"]);
    expect(en.relations.some((r) => r.type === "PART_OF" && r.to.id === "foreign-ministry-chn" && r.from.label === "Person")).toBe(true);
    const pt = extract({ source: "y", language: "pt", published: "2024-08-06", text: "O Ministério dos Negócios Estrangeiros russo condenou o ataque ucraniano." });
    expect(partOf(pt, "foreign-ministry-rus")).toEqual(["RUS"]);
    expect(ev(pt, "DISAPPROVE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["RUS"], ["UKR"]]]);
    const es = extract({ source: "z", language: "es", published: "2024-08-06", text: "La cancillería argentina rechazó las declaraciones del presidente de Chile." });
    expect(partOf(es, "foreign-ministry-arg")).toEqual(["ARG"]);
  });

  it("makes a body named alone the body of the state the story was filed in, and tells a report by the body itself", () => {
    const x = extract({ source: "x", language: "es", published: "2022-12-08", text: "LIMA.- El Congreso destituyó a Pedro Castillo. La Fiscalía de la Nación abrió una investigación contra Castillo, informó la cancillería." });
    expect(partOf(x, "legislature-per")).toEqual(["PER"]);
    expect(partOf(x, "prosecution-per")).toEqual(["PER"]);
    expect(ev(x, "COERCE").map((e) => ids(e.sources))).toEqual([["PER"]]);
    expect(ev(x, "INVESTIGATE").map((e) => [ids(e.sources), ids(e.reportedBy)])).toEqual([[["PER"], ["foreign-ministry-per"]]]);
    // With no dateline, a capitalized body is still an organization of its own.
    const y = extract({ source: "y", language: "es", published: "2022-12-08", text: "La Fiscalía de la Nación abrió una investigación contra Pedro Castillo." });
    expect(y.entities.some((e) => e.label === "Organization" && e.name === "Fiscalía de la Nación")).toBe(true);
  });

  it("puts a spokesperson named after a body's office in that body, before or after the name", () => {
    const rel = (x: ReturnType<typeof extract>) => x.relations.filter((r) => r.from.label === "Person").map((r) => [r.type, r.from.id, r.to.id]);
    const es = extract({ source: "x", language: "es", published: "2023-03-18", text: "La portavoz de la cancillería china, Mao Ning, criticó la decisión." });
    expect(rel(es)).toEqual([["PART_OF", "mao-ning", "foreign-ministry-chn"]]);
    const pt = extract({ source: "y", language: "pt", published: "2023-03-18", text: "A porta-voz da diplomacia russa, Maria Zakharova, criticou a decisão." });
    expect(rel(pt).map((r) => r[2])).toEqual(["RUS"]);
    const en = extract({ source: "z", language: "en", published: "2023-03-18", text: "Oleg Nikolenko, a spokesman for Ukraine's foreign ministry, criticised the decision." });
    expect(rel(en)).toEqual([["PART_OF", "oleg-nikolenko", "foreign-ministry-ukr"]]);
  });

  it("reads deputy ministers in Spanish and Portuguese as members of their state", () => {
    const es = extract({ source: "x", language: "es", published: "2024-07-31", text: "El viceministro de Exteriores ruso, Mijaíl Bogdánov, se reunió con Haniyeh." });
    expect(es.relations.filter((r) => r.from.label === "Person").map((r) => [r.type, r.to.id, r.role])).toEqual([["PART_OF", "RUS", "Deputy Foreign Minister"]]);
    const pt = extract({ source: "y", language: "pt", published: "2024-07-31", text: "O vice-ministro dos Negócios Estrangeiros russo, Serguei Riabkov, disse que Moscovo vai responder." });
    expect(pt.relations.filter((r) => r.from.label === "Person").map((r) => r.to.id)).toEqual(["RUS"]);
  });
});

