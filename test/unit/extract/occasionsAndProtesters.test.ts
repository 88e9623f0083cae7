import { describe, expect, it } from "vitest";
import { extract } from "../../../src/extract/index.js";
import { events as ev, ids } from "../../support/extraction.js";

/** The sides, as sorted ids, of each protest a text gives. */
const protestSides = (language: string, published: string, text: string) => ev(extract({ source: "x", language, published, text }), "PROTEST").map((e) => [ids(e.sources), ids(e.targets)]);

describe("names of occasions, and protesters' acts", () => {
  it("reads the name of a war, a prize or games as no actor", () => {
    const x = extract({ source: "x", language: "en", published: "2022-09-21", text: "Putin ordered the country's first mobilisation since World War Two on Wednesday. Pakistan put forward Donald Trump for the Nobel Peace Prize." });
    expect(x.entities.map((e) => e.name)).not.toContain("World War Two");
    expect(x.entities.map((e) => e.name)).not.toContain("Nobel Peace Prize");
    const y = extract({ source: "y", language: "pt", published: "2024-07-26", text: "Os Jogos Olímpicos de Paris abriram na sexta-feira." });
    expect(y.entities.some((e) => /Jogos/.test(e.name))).toBe(false);
  });

  it("reads a price war as no fighting and drafting a text as no event", () => {
    const x = extract({ source: "x", language: "en", published: "2022-10-05", text: "OPEC+ last cut output on this scale in April 2020, after a price war between Saudi Arabia and Russia. Drafted by the United States and Britain, the text expressed concern." });
    expect(ev(x, "ASSAULT")).toEqual([]);
    expect(ev(x, "AID")).toEqual([]);
  });

  it("reads a venue named by its own words as a place, not as someone who acts", () => {
    const x = extract({ source: "x", language: "pt", published: "2024-03-23", text: "Homens armados atacaram a casa de shows Crocus City Hall, na região de Moscou, na sexta-feira." });
    expect(x.entities.find((e) => e.name === "Crocus City Hall")?.label).toBe("Place");
  });

  it("reads strikes, looting and fights with the police by crowds as protest against their own state", () => {
    expect(protestSides("en", "1992-04-30", "LOS ANGELES (AP) -- Rioters set fires and looted stores across South Central Los Angeles on Wednesday night after a jury acquitted four Los Angeles police officers.")).toEqual([[["USA"], ["USA"]]]);
    expect(protestSides("en", "1981-04-12", "LONDON - Hundreds of black youths fought police in the south London district of Brixton on Saturday night.")).toEqual([[["GBR"], ["GBR"]]]);
    expect(protestSides("en", "1980-08-14", "GDANSK, Poland - Thousands of workers at the Lenin shipyard in Gdansk went on strike on Thursday.")).toEqual([[["POL"], ["POL"]]]);
    expect(protestSides("pt", "1980-08-14", "Milhares de operários entraram em greve na quinta-feira em Gdansk, na Polónia.")).toEqual([[["POL"], ["POL"]]]);
    expect(protestSides("es", "1989-02-28", "Centenares de jóvenes saquearon tiendas en Caracas el lunes.")).toEqual([[["VEN"], ["VEN"]]]);
    // Talks that go on are no strike.
    expect(protestSides("en", "1992-04-30", "The ministers went on talking in Geneva.")).toEqual([]);
  });

  it("reads protesters who attack or storm a building as protesting, whoever they are", () => {
    const x = extract({ source: "x", language: "en", published: "2025-01-28", text: "Congolese protesters attacked the embassies of Rwanda and France in Kinshasa on Tuesday. Protesters stormed Kenya's parliament." });
    expect(ev(x, "PROTEST").map((e) => [ids(e.sources), ids(e.targets), e.mode])).toEqual([[["COD"], ["FRA", "RWA"], "protest"], [["KEN"], ["KEN"], "protest"]]);
    expect(ev(x, "ASSAULT")).toEqual([]);
    // Troops who attack still assault.
    const y = extract({ source: "y", language: "en", published: "2025-01-28", text: "Rwandan troops attacked the Congolese town of Goma." });
    expect(ev(y, "ASSAULT").length).toBe(1);
  });
});

describe("whom protesters protest against", () => {
  const protests = (language: string, text: string) => ev(extract({ source: "x", language, published: "2024-11-30", text }), "PROTEST").map((e) => [ids(e.sources), ids(e.targets)]);

  it("takes whom the marchers denounce or make demands of, and the state of the place they march in", () => {
    expect(protests("en", "Tens of thousands of Moroccans marched through Rabat on Sunday to denounce Israel's bombardment of Gaza.")).toEqual([[["MAR"], ["ISR"]]]);
    expect(protests("en", "Thousands of people marched through Niger's capital Niamey on Saturday to demand the departure of U.S. troops.")).toEqual([[["NER"], ["us-armed-forces"]]]);
  });

  it("takes their own state where they name their government, and no one where they name a foreign side", () => {
    expect(protests("en", "Thousands of Georgians rallied outside parliament in Tbilisi on Friday, denouncing the government's decision.")).toEqual([[["GEO"], ["GEO"]]]);
    expect(protests("es", "Miles de peruanos marcharon este miércoles en Lima para exigir la renuncia del Gobierno.")).toEqual([[["PER"], ["PER"]]]);
    expect(protests("en", "Tens of thousands of Palestinians massed along the border on Friday at the start of a six-week protest, and Israeli troops opened fire, Gaza medical officials said.")).toEqual([[["PSE"], []]]);
  });
});

describe("condolences and solidarity", () => {
  it("reads condolences sent or expressed as SUPPORT of whom they go to, in each language, and troops sent still as AID", () => {
    const en = extract({ source: "x", language: "en", published: "2024-03-23", text: "Chinese President Xi Jinping sent condolences to Putin on Saturday. Russia sent troops to Syria." });
    expect(ev(en, "SUPPORT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["Q15031"], ["Q7747"]]]);
    expect(ev(en, "AID").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["RUS"], ["SYR"]]]);
    const pt = extract({ source: "y", language: "pt", published: "2024-03-23", text: "O presidente chinês, Xi Jinping, enviou condolências a Putin neste sábado." });
    expect(ev(pt, "SUPPORT").map((e) => ids(e.targets))).toEqual([["Q7747"]]);
    const es = extract({ source: "z", language: "es", published: "2024-03-23", text: "El Gobierno de México expresó sus condolencias a Rusia." });
    expect(ev(es, "SUPPORT").length).toBe(1);
  });
});

describe("protests whose sentence names one state", () => {
  it("gives a protest with no doers named the state every place and actor of the sentence lies in, and against its rulers", () => {
    const x = extract({ source: "x", language: "en", published: "2022-01-29", text: "Thousands of truckers and their supporters converged on Ottawa on Saturday to protest against COVID-19 vaccine mandates, honking horns outside parliament and clogging the streets of the Canadian capital." });
    expect(ev(x, "PROTEST").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["CAN"], ["CAN"]]]);
    const y = extract({ source: "y", language: "en", published: "2019-10-18", text: "Tens of thousands of Lebanese blocked roads in Beirut on Friday, in the biggest protests in years against a ruling elite they blame for the country's economic crisis." });
    expect(ev(y, "PROTEST").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["LBN"], ["LBN"]]]);
    const z = extract({ source: "z", language: "en", published: "2020-10-30", text: "Poles poured into the streets of Warsaw on Friday for the biggest rally yet against the government." });
    expect(ev(z, "PROTEST").map((e) => ids(e.sources))).toEqual([["POL"]]);
  });

  it("gives a protest aimed at its own state, with no doers named, that state's people for doers", () => {
    const x = extract({ source: "x", language: "en", published: "2023-01-20", text: "More than a million people marched across France on Thursday against President Emmanuel Macron's plan to raise the retirement age to 64." });
    expect(ev(x, "PROTEST").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["FRA"], ["FRA"]]]);
    // Where they march says whose people they are, not whom they march against.
    const y = extract({ source: "y", language: "en", published: "2019-12-31", text: "Protesters stormed the U.S. embassy in Baghdad on Tuesday." });
    expect(ev(y, "PROTEST").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["IRQ"], ["USA"]]]);
  });

  it("aims a people's protest at its own state where the sentence names no other state or body, and at no one where it does", () => {
    expect(protestSides("en", "2019-11-16", "Iranians blocked roads and set banks on fire in cities across the country on Saturday in protest against a sudden rise in gasoline prices.")).toEqual([[["IRN"], ["IRN"]]]);
    expect(protestSides("pt", "2013-06-17", "Mais de 200 mil brasileiros marcharam no Rio de Janeiro e em São Paulo na segunda-feira contra os gastos com o Mundial.")).toEqual([[["BRA"], ["BRA"]]]);
    expect(protestSides("en", "2012-09-15", "Tens of thousands of Chinese took to the streets of dozens of cities on Saturday to vent their anger at Japan over a group of disputed islands.").map(([, targets]) => targets)).not.toContainEqual(["CHN"]);
  });

  it("aims a coup that names no one at its doers' own state, and martial law at no one", () => {
    const x = extract({ source: "x", language: "en", published: "1999-12-24", text: "Ivory Coast's army seized power on Friday, and former army chief General Robert Guei announced on state television that he had dissolved the government." });
    expect(ev(x, "COERCE").map((e) => ids(e.targets))).toContainEqual(["CIV"]);
    const y = extract({ source: "y", language: "en", published: "1981-12-13", text: "Polish leader Wojciech Jaruzelski declared martial law on Sunday." });
    expect(ev(y, "COERCE").map((e) => ids(e.targets))).toEqual([[]]);
  });

  it("reads going out into the streets to celebrate as no protest", () => {
    const x = extract({ source: "x", language: "pt", published: "2023-08-30", text: "Em Libreville, a capital do Gabão, moradores saíram às ruas para comemorar." });
    expect(ev(x, "PROTEST")).toEqual([]);
  });

  it("reads troops marching or parading as no protest, in any of the three languages, and a crowd marching as one", () => {
    const types = (language: string, text: string) => extract({ source: "x", language, published: "2003-02-16", text }).events.map((e) => e.type);
    expect(types("en", "Troops marched in the Victory Day parade in Moscow.")).toEqual([]);
    expect(types("pt", "As tropas marcharam na parada militar em Moscovo.")).toEqual([]);
    expect(types("es", "Los soldados desfilaron en Moscú.")).toEqual([]);
    expect(types("en", "In Rome, about three million Italians marched against the war.")).toEqual(["PROTEST"]);
  });
});

