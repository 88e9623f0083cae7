/**
 * The conversion of the field's dictionaries (scripts/convert-dictionaries.ts) on small excerpts
 * written for these tests in the sources' formats, and the data it produced as the loaders read it.
 */
import { describe, expect, it } from "vitest";
import { buildEventDictionary, ploverMap } from "../../../scripts/convert-dictionaries.js";
import { convertPhoenix, parseCodes, phoenixDate, properName, readActors } from "../../../scripts/dictionaries/phoenix.js";
import { checkEventDictionary, eventDictionary, type DictEntry, type EventDictionary } from "../../../src/extract/eventDictionary.js";
import { buildGazetteer, lookup } from "../../../src/extract/gazetteer.js";
import { extract } from "../../../src/extract/index.js";
import { tokenize } from "../../../src/extract/text.js";

// PLOVER's two tables, in their formats, a few codes each.
const TABLE_2018 = `CAMEO    PLOV event    PLOV mode             PLOV context       Description
036       AGREE             ---               diplomatic        Express intent to meet or negotiate
041       CONSULT           phone             ---               Discuss by telephone
057       SUPPORT           ---               diplomatic        Sign formal agreement
100       DEMAND            ---               ---               Demand
106       DEMAND            ---               diplomatic        Demand meeting, negotiation
160       SANCTION          ---               ---               Reduce relations
190       ASSAULT           ---               military          Use conventional military force
195       ASSAULT           heavy-weapons     military          Employ aerial weapons
`;
const TABLE_2021 = `036: AGREE,  , diplomatic # Express intent to meet or negotiate
041: CONSULT, phone,   # Discuss by telephone
106: REQUEST, meet, diplomatic # Demand meeting, negotiation
160: SANCTION,   ,  # Reduce relations
190: ASSAULT, , military # Use conventional military force
195: ASSAULT, heavy-weapons, military # Employ aerial weapons
`;
const OVERRIDES = `
"02": { type: DEMAND, like: "10", reason: "appeals are demands here" }
"036": { type: CONSULT, mode: meeting, status: planned, reason: "an intent to meet is a planned meeting" }
"057": { type: AGREE, mode: sign, reason: "signing is AGREE" }
`;

const EN_VERBS = `# a test dictionary
####### SYNONYM SETS #######

&MILITARY
+TROOP
+SOLDIER

####### VERB PATTERNS #######

---  STRIKE   [190]  ---
STRIKE {STRIKES STRUCK STRIKING }
HIT
SMITE {SMOTE SMITTEN}
SMOOT {SMOTE}
- * DEAL                                   [057]    # STRIKE
- * (AT +)                                 [195]    # STRIKE
- * BALANCE                                [---]    # STRIKE
- WILL NOT *                               [190]    # STRIKE

---  CALL   [041:041]  ---
CALL
+CALL_OFF [160]
- * (FOR TALKS)                            [036]    # CALL
- * (UPON)                                 [020]    # CALL
- * &MILITARY (TO BORDER)                  [190]    # CALL
`;

const ES_VERBS = `####### SYNONYM SETS #######
&MILITAR
+TROPAS
+SOLDADOS

####### VERB PATTERNS #######

--- ATTACK   [190]  ---
ATACAR
TELEFONO
- * CUARTEL MILITAR        [195]        # ATTACK
- * CONTRA +        [190]        # ATTACK
- NO * NADA        [---]        # ATTACK
`;

const plover = () => ploverMap(TABLE_2018, TABLE_2021, OVERRIDES);
const source = { name: "test", repository: "test/test", path: "test.txt", commit: "0".repeat(40), license: "MIT" };

function build(language: "en" | "es" | "pt", text: string | undefined, hand = "verbs: {}"): EventDictionary {
  return buildEventDictionary({ language, verbDictionary: text ? { text, source } : undefined, plover: plover(), ploverSources: [], handYaml: hand }).dict;
}

const blockEntries = (d: EventDictionary, lemma: string): DictEntry[] => (d.verbs[lemma]?.blocks ?? []).flatMap((b) => d.blocks[b]!);

describe("CAMEO codes -> PLOVER", () => {
  it("takes the type of the 2018 table, the mode of the 2021 one, and the overrides", () => {
    const p = plover();
    expect(p.code("195")).toMatchObject({ type: "ASSAULT", mode: "heavy-weapons", context: ["military"] });
    expect(p.code("057")).toMatchObject({ type: "AGREE", mode: "sign" });
    expect(p.code("0256")).toMatchObject({ type: "DEMAND" });
    // An appeal for a meeting (026) reads as a demand for one (106): REQUEST's mode "meet".
    expect(p.code("026")).toMatchObject({ type: "DEMAND", mode: "meet" });
    expect(p.code("036")).toMatchObject({ type: "CONSULT", mode: "meeting", status: "planned" });
    expect(p.code("---")).toMatchObject({ type: null });
  });
});

describe("the English verb dictionary", () => {
  const d = build("en", EN_VERBS);

  it("keys verbs by lemma, with their block's code alone", () => {
    expect(d.verbs.strike!.entries[0]).toMatchObject({ type: "ASSAULT", cameo: "190", pattern: "STRIKE" });
    expect(d.verbs.hit!.entries[0]).toMatchObject({ type: "ASSAULT", cameo: "190" });
    expect(d.verbs.call!.entries).toContainEqual(expect.objectContaining({ type: "CONSULT", mode: "phone", symmetric: true }));
  });

  it("lists the irregular forms of its verb lines under their lemma, leaving out a form two verbs share", () => {
    expect(d.forms).toMatchObject({ struck: "strike", strikes: "strike", smitten: "smite" });
    expect(d.forms?.smote).toBeUndefined();
    expect(d.forms?.strike).toBeUndefined();
  });

  it("reads a multi-word verb as its lemma and a particle", () => {
    expect(d.verbs.call!.entries).toContainEqual(expect.objectContaining({ prt: "off", type: "SANCTION", cameo: "160", pattern: "CALL_OFF" }));
  });

  it("turns patterns into constraints on the verb's dependents: the object decides", () => {
    const strike = blockEntries(d, "strike");
    expect(strike).toContainEqual(expect.objectContaining({ obj: ["deal"], type: "AGREE", mode: "sign", verb: "strike", pattern: "* DEAL" }));
    expect(strike).toContainEqual(expect.objectContaining({ obj: ["balance"], type: null }));
    // "+" inside a prepositional phrase: the target is that oblique.
    expect(strike).toContainEqual(expect.objectContaining({ obl: [{ case: "at" }], target: ["obl:at"], type: "ASSAULT", mode: "heavy-weapons" }));
    // Modality before the verb is the parse's business: the pattern is left out.
    expect(strike.some((e) => e.pattern === "WILL NOT *")).toBe(false);
  });

  it("reads prepositions with and without a noun, and synonym sets as classes", () => {
    const call = blockEntries(d, "call");
    expect(call).toContainEqual(expect.objectContaining({ obl: [{ case: "for", noun: ["talk"] }], type: "CONSULT", status: "planned" }));
    expect(call).toContainEqual(expect.objectContaining({ obl: [{ case: "upon" }], target: ["obl:upon"], type: "DEMAND" }));
    expect(call).toContainEqual(expect.objectContaining({ obj: ["&military"], obl: [{ case: "to", noun: ["border"] }] }));
    expect(d.classes.military).toEqual(["soldier", "troop"]);
  });

  it("puts hand entries first, so that they win a tie", () => {
    const h = build("en", EN_VERBS, `verbs:\n  strike:\n    - { obj: [deal, pact], cameo: "057", target: ["obl:with"], note: "a deal" }\n`);
    expect(h.verbs.strike!.entries[0]).toMatchObject({ obj: ["deal", "pact"], type: "AGREE", from: "hand", note: "a deal" });
    expect(h.verbs.strike!.entries[1]).toMatchObject({ from: "petrarch2", cameo: "190" });
  });

  it("is the same bytes for the same inputs, and passes its own schema", () => {
    expect(JSON.stringify(build("en", EN_VERBS))).toBe(JSON.stringify(build("en", EN_VERBS)));
    expect(() => checkEventDictionary(d)).not.toThrow();
    expect(() => checkEventDictionary({ ...d, extra: 1 } as unknown as EventDictionary)).toThrow(/unknown key extra/);
    expect(() => checkEventDictionary({ ...d, verbs: { x: { entries: [{ type: "ATTACK", mode: null, from: "hand" } as unknown as DictEntry] } } })).toThrow(/unknown type/);
  });
});

describe("the Spanish verb patterns", () => {
  const d = build("es", ES_VERBS);
  it("keeps infinitives, reads noun phrases head first, and targets a preposition's object", () => {
    expect(d.verbs.atacar!.entries[0]).toMatchObject({ type: "ASSAULT", from: "universal-petrarch" });
    expect(d.verbs.telefono).toBeUndefined();
    const e = blockEntries(d, "atacar");
    expect(e).toContainEqual(expect.objectContaining({ obj: ["cuartel"], objMods: ["militar"], cameo: "195" }));
    expect(e).toContainEqual(expect.objectContaining({ obl: [{ case: "contra" }], target: ["obl:contra"], cameo: "190" }));
    expect(e.some((x) => x.pattern?.startsWith("NO"))).toBe(false);
    expect(d.classes.militar).toEqual(["soldado", "tropa"]);
  });
});

describe("Portuguese, by hand", () => {
  it("builds from the hand file alone, with lemmas folded", () => {
    const d = build("pt", undefined, `verbs:\n  impor:\n    - { obj: [sanção], cameo: "160", target: ["obl:a"] }\nnouns:\n  visita:\n    - { cameo: "041" }\n`);
    expect(d.verbs.impor!.entries[0]).toMatchObject({ obj: ["sancao"], type: "SANCTION", from: "hand" });
    expect(d.nouns.visita!.entries[0]).toMatchObject({ type: "CONSULT", mode: "phone" });
  });
});

describe("the event dictionaries in data/", () => {
  it("load and pass the schema in every language", () => {
    for (const l of ["en", "es", "pt"] as const) {
      const d = eventDictionary(l);
      expect(d.language).toBe(l);
      expect(Object.keys(d.verbs).length).toBeGreaterThan(150);
      expect(Object.keys(d.nouns).length).toBeGreaterThan(50);
    }
  });
  it("settle the triggers whose object decides the type", () => {
    const en = eventDictionary("en");
    expect(en.verbs.call!.entries.find((e) => e.prt === "off" && e.obj?.includes("strike"))).toMatchObject({ type: "CONCEDE" });
    expect(en.verbs.strike!.entries.find((e) => e.obj?.includes("deal"))).toMatchObject({ type: "AGREE" });
    expect(en.verbs.impose!.entries.find((e) => e.obj?.includes("sanction"))).toMatchObject({ type: "SANCTION", target: expect.arrayContaining(["obl:on"]) });
    const pt = eventDictionary("pt");
    expect(pt.verbs.acusar!.entries.find((e) => e.obl?.[0]?.noun?.includes("espionagem"))).toMatchObject({ type: "DISAPPROVE", cameo: "1125", target: ["obj"] });
  });
});

describe("the Phoenix actor dictionaries", () => {
  it("reads dates as PETRARCH does", () => {
    expect(phoenixDate("090120")).toBe("2009-01-20");
    expect(phoenixDate("510724")).toBe("1951-07-24");
    expect(phoenixDate("20090631")).toBe("2009-06-30");
    expect(parseCodes("[USAGOV >090120] [USAELI]")).toEqual([{ code: "USAGOV", from: "2009-01-20", open: true }, { code: "USAELI" }]);
    expect(parseCodes("[EGYGOV 811007-820102]")).toEqual([{ code: "EGYGOV", from: "1981-10-07", to: "1982-01-02" }]);
    expect(properName("ABDEL_FATTAH_EL-SISI_")).toBe("Abdel Fattah el-Sisi");
    expect(properName("GEORGE_W._BUSH")).toBe("George W. Bush");
  });

  const COUNTRIES = `# a test file
FREEDONIA_  [FRE]
+FREEDONIAN_

RUFUS_FIREFLY_  # CountryInfo.txt
+PRESIDENT_FIREFLY_
+FIREFLY_
	[ESPELI 500101-800301]
	[ESPGOV 800301-900301]
	[ESPELI]
HARPO_MARKS_  # CountryInfo.txt
	[ESPELI 600101-900301]
	[ESPGOV 900301-950101]
	[ESPELI]
GROUCHO_MARKS_  # CountryInfo.txt
	[ESPGOVBUS 880101-920101]
	[ESPGOV >120101]
GUMMO_MARKS_  # CountryInfo.txt
	[ESPGOVJUD >100101]
CHICO_MARKS_  # CountryInfo.txt
	[ESPELI 600101-950101]
ZEPPO_MARKS_  # CountryInfo.txt
	[DDRGOV 700101-750101]
KARL_OLD_  # CountryInfo.txt
KARL_M._OLD
PRESIDENT_KARL_OLD
	[CZEELI 500101-800101]
	[CZEGOV 800101-900101]
	[CZEELI]
OTTO_LATE_  # CountryInfo.txt
	[CZEELI 500101-880101]
	[CZEGOV 880101-950101]
	[CZEELI]
NATIONAL_GUARD_OF_SPAIN_
+NGS
	[ESPMIL]
`;
  const INTERNATIONAL = `UNITED_NATIONS_	[IGOUNO]# test
JOHN_DOE_PLACEHOLDER_	[IGOUNO 970101-061231] [ELI]# IGOrulers.txt
`;
  const run = () =>
    convertPhoenix({
      countries: { text: COUNTRIES, source },
      international: { text: INTERNATIONAL, source },
      milNonState: { text: "HOLY_TEST_FRONT_ [ESPREB]\n", source },
      people: [{ id: "Q1", name: "Groucho Marks", aliases: [], offices: [{ from: "2011-06-01" }] }],
      organizations: [{ id: "un", name: "United Nations", aliases: ["UN"] }],
      historical: { DDDE: { name: "East Germany", phoenix: ["DDR"] }, CSHH: { name: "Czechoslovakia", dissolved: "1992-12-31", continuator: "CZE" } },
    });

  it("reads records as PETRARCH2 does", () => {
    const r = readActors(COUNTRIES, "countries");
    expect(r.map((x) => x.names[0])).toEqual(["FREEDONIA_", "RUFUS_FIREFLY_", "HARPO_MARKS_", "GROUCHO_MARKS_", "GUMMO_MARKS_", "CHICO_MARKS_", "ZEPPO_MARKS_", "KARL_OLD_", "OTTO_LATE_", "NATIONAL_GUARD_OF_SPAIN_"]);
    // CountryInfo's other names on lines of their own share the codes under them.
    expect(r.find((x) => x.names[0] === "KARL_OLD_")!.names).toEqual(["KARL_OLD_", "KARL_M._OLD", "PRESIDENT_KARL_OLD"]);
  });

  it("ties an office a continuing state's code gives, ended by the dissolution, to the dissolved state", () => {
    const { people } = run();
    const karl = people.find((p) => p.id === "karl-old")!;
    expect(karl.offices?.map((o) => [o.leads, o.from, o.to])).toEqual([["CSHH", "1980-01-01", "1990-01-01"]]);
    expect(karl.aliases).toContain("Karl M. Old");
    // One that runs past the date stays the continuing state's.
    expect(people.find((p) => p.id === "otto-late")!.offices?.map((o) => o.leads)).toEqual(["CZE"]);
  });

  it("makes people with offices, heads of state where the record says so", () => {
    const { people } = run();
    const rufus = people.find((p) => p.id === "rufus-firefly")!;
    expect(rufus.name).toBe("Rufus Firefly");
    // A title among his names, and one government range: that is the office.
    expect(rufus.offices).toEqual([{ role: "President of Spain", leads: "ESP", from: "1980-03-01", to: "1990-03-01" }]);
    // Elite until the day he took office, government while in it, elite after: CountryInfo's leaders.
    expect(people.find((p) => p.id === "harpo-marks")!.offices).toEqual([{ role: "Head of state or government of Spain", leads: "ESP", from: "1990-03-01", to: "1995-01-01" }]);
    // The surname the dictionary lists, which nobody else has; no title alias.
    expect(rufus.aliases).toEqual(["Firefly"]);
    // Open at its end in the source: it ends on the last date the source mentions (Groucho's 2012-01-01).
    expect(people.find((p) => p.id === "gummo-marks")!.offices).toEqual([{ role: "Government official of Spain (justice)", partOf: "ESP", from: "2010-01-01", to: "2012-01-01" }]);
    // Elites hold no office: no row.
    expect(people.find((p) => p.id === "chico-marks")).toBeUndefined();
    // A former state's code ties to the historical state.
    expect(people.find((p) => p.id === "zeppo-marks")!.offices).toEqual([{ role: "Government official of East Germany", partOf: "DDDE", from: "1970-01-01", to: "1975-01-01" }]);
    // An IGO's official: part of the body the gazetteer already has.
    expect(people.find((p) => p.id === "john-doe-placeholder")!.offices).toEqual([{ role: "Official of United Nations", partOf: "un", from: "1997-01-01", to: "2006-12-31" }]);
  });

  it("keeps the gazetteer's ids and offices, and ends open ranges where the source's knowledge does", () => {
    const { people } = run();
    // Its own offices stand; the dictionaries add the years they do not cover.
    expect(people.find((p) => p.id === "Q1")?.offices?.map((o) => [o.partOf ?? o.leads, o.from, o.to])).toEqual([["ESP", "1988-01-01", "1992-01-01"]]);
    expect(people.some((p) => p.name === "Groucho Marks" && p.id !== "Q1")).toBe(false);
  });

  it("makes a state's bodies and armed groups organizations, and the UN's code points at the gazetteer's UN", () => {
    const { organizations } = run();
    expect(organizations).toContainEqual({ id: "national-guard-of-spain", name: "National Guard of Spain", kind: "military", state: "ESP", aliases: ["NGS"] });
    expect(organizations).toContainEqual(expect.objectContaining({ id: "holy-test-front", kind: "other", state: "ESP" }));
    expect(organizations.find((o) => o.id === "un")).toEqual({ id: "un", name: "United Nations", kind: "igo", aliases: [] });
  });
});

describe("the gazetteer with the converted data", () => {
  const g = buildGazetteer();
  const find = (text: string) => {
    const toks = tokenize(text, 0);
    return lookup(g, toks, 0).map((h) => `${h.hit.entry.ref.label}:${h.hit.entry.ref.id}`);
  };

  it("has historical states with their successors, and keeps the hand-written entries", () => {
    const su = g.entries.get("State:SUHH")!;
    expect(su).toMatchObject({ name: "Soviet Union", wikidata: "Q15180", dissolved: "1991-12-26" });
    expect(su.successors).toContain("RUS");
    expect(find("União Soviética")).toContain("State:SUHH");
    expect(find("Checoslovaquia")).toContain("State:CSHH");
    expect(g.entries.get("State:DEU")!.name).toBe("Germany");
    expect(g.stateByIso2.get("DE")!.ref.id).toBe("DEU");
    const putin = g.entries.get("Person:Q7747")!;
    expect(putin.name).toBe("Vladimir Putin");
    // The hand-written office stands; the dictionaries add only years it does not cover.
    expect(putin.offices![0]).toEqual({ role: "President of Russia", leads: "RUS", from: "2012-05-07" });
    expect(putin.offices!.slice(1).every((o) => !!o.to && o.to <= "2012-05-07")).toBe(true);
    expect(putin.offices!.length).toBeGreaterThan(1);
  });

  it("ties a Phoenix person to the state they served on the article's date, and not outside their range", () => {
    expect(find("Hu Jintao")).toContain("Person:hu-jintao");
    const text = "Hu Jintao met the visiting delegation in Beijing on Monday.";
    const tie = (published: string) =>
      extract({ source: "test", text, published, language: "en" }, { gazetteer: g }).relations.filter((r) => r.from.id === "hu-jintao").map((r) => `${r.type}>${r.to.id}`);
    expect(tie("2010-05-03")).toEqual(["LEADS>CHN"]);
    expect(tie("2020-05-04")).toEqual([]);
  });
});
