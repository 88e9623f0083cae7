import { describe, expect, it } from "vitest";
import { extract } from "../../../src/extract/index.js";
import { events as ev, ids } from "../../support/extraction.js";

describe("crimes and whom unnamed doers act for", () => {
  it("reads thefts and bribes as CRIME with their victim", () => {
    const x = extract({ source: "x", language: "en", published: "2019-01-28", text: "Huawei stole robot technology from T-Mobile's laboratory in Washington state, U.S. prosecutors alleged on Monday." });
    expect(ev(x, "CRIME").map((e) => [ids(e.sources), e.mode])).toEqual([[["huawei"], "theft"]]);
    const y = extract({ source: "y", language: "en", published: "2022-05-24", text: "Glencore paid more than $100 million in bribes to officials in Nigeria, Cameroon and Ivory Coast to win access to oil, U.S. prosecutors said on Tuesday." });
    expect(ev(y, "CRIME").map((e) => e.mode)).toEqual(["corruption"]);
    expect(ev(y, "CRIME")[0]!.targets.map((r) => r.id)).toContain("CMR");
  });

  it("reads every state of a list of places where the bribed officials serve, the first one too", () => {
    const x = extract({ source: "x", language: "en", published: "2019-12-02", text: "Brazilian planemaker Embraer bribed officials in the Dominican Republic, Saudi Arabia, Mozambique and India to win aircraft contracts, U.S. prosecutors said on Monday." });
    expect(ev(x, "CRIME").map((e) => ids(e.targets).sort())).toEqual([["DOM", "IND", "MOZ", "SAU"]]);
    const y = extract({ source: "y", language: "en", published: "2016-03-18", text: "German software maker SAP bribed officials in South Africa, Indonesia and five other countries to win government business, U.S. authorities said on Wednesday." });
    expect(ev(y, "CRIME").map((e) => ids(e.targets).sort())).toEqual([["IDN", "ZAF"]]);
    // Officials as the text's last word have nothing after them.
    expect(() => extract({ source: "z", language: "en", published: "2019-12-07", text: "Ericsson paid bribes to officials" })).not.toThrow();
  });

  it("reads one unknown name that is the subject of a lede as a body, but not a surname the sentence gave nor a word after an article", () => {
    const x = extract({ source: "x", language: "en", published: "2012-04-21", text: "Walmart paid more than $24 million in bribes to officials across Mexico to speed up permits for new stores, the New York Times reported on Saturday." });
    expect(x.entities.find((e) => e.id === "walmart")?.label).toBe("Organization");
    expect(ev(x, "CRIME").map((e) => ids(e.sources))).toEqual([["walmart"]]);
    const y = extract({ source: "y", language: "en", published: "2017-11-16", text: "BEIRUT, Nov 16 - Saudi Arabia on Thursday rejected as baseless Lebanese President Michel Aoun's accusation that it is holding Prime Minister Saad al-Hariri against his will, and France said Hariri had accepted an invitation to travel to Paris." });
    expect(y.entities.some((e) => e.id === "hariri")).toBe(false);
    const z = extract({ source: "z", language: "pt", published: "2024-11-30", text: "Milhares de manifestantes protestaram no sábado em frente ao Parlamento da Geórgia, em Tbilissi, depois de o Governo ter suspendido as negociações de adesão à União Europeia." });
    expect(z.entities.some((e) => e.id === "governo")).toBe(false);
    // Past the lede a lone name is as often a surname or a weapon: it stays unread.
    const w = extract({ source: "w", language: "en", published: "2012-04-21", text: "Mexico opened an inquiry. Walmart paid bribes to officials across Mexico." });
    expect(w.entities.some((e) => e.id === "walmart")).toBe(false);
  });

  it("takes doers named by no actor as acting for whom the text says they work for", () => {
    const x = extract({ source: "x", language: "en", published: "2015-06-05", text: "Hackers working for China stole data from the United States." });
    expect(ev(x, "CRIME").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["CHN"], ["USA"]]]);
  });
});

describe("claims of responsibility", () => {
  it("reads an attack 'claimed by' a group as the group's, and the claim as no demand", () => {
    const x = extract({ source: "x", language: "pt", published: "2024-03-23", text: "O ataque, reivindicado pelo Estado Islâmico, matou 145 pessoas na região de Moscou." });
    expect(ev(x, "DEMAND")).toEqual([]);
    expect(ev(x, "ASSAULT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["islamic-state"], ["RUS"]]]);
  });
});
