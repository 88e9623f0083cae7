import { describe, expect, it } from "vitest";
import { extract } from "../../../src/extract/index.js";
import { events as ev, ids } from "../../support/extraction.js";

/** What is said of an event besides its sides: date, status (planned, claimed, denied), quantity, place, who reports it. */
describe("event attributes: date, status, quantity, place, reporter", () => {
  it("reads a day with its month in 'a 16 de junho', '5 de março de 2022', '5 March 2022', and dates a verb joined to a dated one", () => {
    const dated = (language: "pt" | "en" | "es", text: string) => extract({ source: "x", language, published: "2023-06-30", text }).events.map((e) => [e.type, e.date]);
    expect(dated("pt", "A 16 de junho, o ministro Pedro Ruiz Calvo pediu a retirada da missão e denunciou o seu fracasso.")).toEqual([["DEMAND", "2023-06-16"], ["DISAPPROVE", "2023-06-16"]]);
    expect(dated("es", "El ministro Pedro Ruiz Calvo visitó Brasil el 5 de marzo de 2022.")).toEqual([["CONSULT", "2022-03-05"]]);
    expect(dated("en", "Minister Peter Roe visited Brazil on 5 March 2022.")).toEqual([["CONSULT", "2022-03-05"]]);
  });

  it("ends no sentence at a title or a month cut short, so the date stays with its act ('Sen. John McCain', 'on Sept. 21')", () => {
    const x = extract({ source: "x", language: "en", published: "2017-02-23", text: "Lt. Gen. Michael Flynn met Russian Ambassador Sergey Kislyak on Dec. 29. On Sept. 21 Putin ordered a partial mobilisation of reservists. Sen. John McCain called on Russia to withdraw." });
    expect(ev(x, "CONSULT").map((e) => [ids(e.sources), e.date])).toEqual([[["michael-flynn"], "2016-12-29"]]);
    expect(ev(x, "MOBILIZE").map((e) => e.date)).toEqual(["2016-09-21"]);
    expect(ev(x, "DEMAND").map((e) => ids(e.sources))).toEqual([["john-mccain"]]);
  });

  it("gives an act ordered by name the order's date ('On Wednesday Putin ordered a partial mobilisation')", () => {
    const x = extract({ source: "x", language: "en", published: "2022-09-22", text: "On Wednesday Putin ordered a partial mobilisation of reservists." });
    expect(ev(x, "MOBILIZE").map((e) => e.date)).toEqual(["2022-09-21"]);
  });

  it("dates an act told in the past with no time of its own by the one day the sentence before it fixed, in the same paragraph", () => {
    const dated = (text: string) => extract({ source: "x", language: "en", published: "2024-03-27", text }).events.map((e) => [e.type, e.date ?? null]);
    const story = "Britain summoned the Chinese envoy on Tuesday. Foreign Secretary David Cameron accused China of a cyber campaign. He had warned Beijing of it.";
    expect(dated(story)).toEqual([["DISAPPROVE", "2024-03-26"], ["DISAPPROVE", "2024-03-26"], ["THREATEN", null]]);
    // Not across a paragraph, nor where the sentence moves its own time.
    expect(dated(story.replace(" Foreign", "\n\nForeign"))).toContainEqual(["DISAPPROVE", null]);
    expect(dated("Britain summoned the Chinese envoy on Tuesday. Two days later Foreign Secretary David Cameron accused China of a cyber campaign.")).toContainEqual(["DISAPPROVE", null]);
  });

  it("takes no date from a dateline, and dates what is announced ahead by the day it was said", () => {
    const dated = (text: string, published: string) => extract({ source: "x", language: "en", published, text }).events.map((e) => [e.type, e.date]);
    expect(dated("WASHINGTON/JERUSALEM, Sept 16 - Israel signed agreements with Bahrain at the White House on Tuesday.", "2020-09-16")).toContainEqual(["AGREE", "2020-09-15"]);
    expect(dated("Britain said on Wednesday it would send no government officials to the Games in China.", "2021-12-08")).toEqual([["REJECT", "2021-12-08"]]);
  });

  it("dates an agreement, not the verb before it, by a date that ends the agreement's own clause", () => {
    const x = extract({ source: "x", language: "en", published: "2024-11-04", text: "Lebanon's prime minister, Najib Mikati, accused Israel of violating the ceasefire brokered by the United States and France last year. Israel and Hamas signed a truce on Friday." });
    const accusation = ev(x, "DISAPPROVE")[0]!;
    expect(accusation.date).toBeUndefined();
    expect(x.entities.find((e) => e.label === "Agreement" && e.name.includes("France"))?.date).toBe("2023");
    expect(ev(x, "AGREE").map((e) => e.date)).toEqual(["2024-11-01"]);
  });

  it("reads no modality cue inside a name: 'Irão' is Iran, not 'irão' (they will go)", () => {
    const x = extract({ source: "x", language: "pt", published: "2025-03-12", text: "O Irão e a Arábia Saudita acordaram na sexta-feira restabelecer relações diplomáticas." });
    const agree = ev(x, "AGREE")[0]!;
    expect(agree.status).toBe("occurred");
    expect(agree.date).toBe("2025-03-07");
  });

  it("reads an offer to host as a planned meeting", () => {
    const x = extract({ source: "x", language: "pt", published: "2025-05-16", text: "O Presidente turco disse estar pronto para acolher um encontro entre Vladimir Putin e Volodymyr Zelensky." });
    expect(ev(x, "CONSULT").map((e) => [ids(e.sources.concat(e.targets)), e.status])).toEqual([[["Q3874799", "Q7747"], "planned"]]);
  });

  it("reads what someone would have done as hypothetical, on the verb or on its object noun", () => {
    const x = extract({ source: "x", language: "en", published: "1981-06-08", text: "Menachem Begin said that President Saddam Hussein of Iraq would not have hesitated to drop atomic bombs on Israeli cities." });
    expect(ev(x, "ASSAULT").map((e) => e.status)).toEqual(["hypothetical"]);
    const y = extract({ source: "y", language: "en", published: "1981-06-08", text: "Saddam Hussein dropped atomic bombs on Israeli cities." });
    expect(ev(y, "ASSAULT").map((e) => e.status)).toEqual(["occurred"]);
  });

  it("makes a denial the status of what is denied, dated by 'last week'", () => {
    for (const [language, text] of [["pt", "Na semana passada, o Ruanda negou ter enviado tropas para o leste do Congo."], ["en", "Last week, Rwanda denied sending troops to eastern Congo."]] as const) {
      const x = extract({ source: "x", language, published: "2025-07-03", text });
      expect(x.events.map((e) => [e.type, e.status, ids(e.sources), ids(e.targets), e.date])).toEqual([["AID", "denied", ["RWA"], ["COD"], "2025-06"]]);
    }
  });

  it("gives aid named as the object of a light verb to the subject, with its amount in full", () => {
    const x = extract({ source: "x", language: "pt", published: "2024-11-05", text: "Portugal vai conceder uma linha de crédito de 50 milhões de euros a Cabo Verde." });
    expect(ev(x, "AID").map((e) => [ids(e.sources), ids(e.targets), e.status, e.quantity])).toEqual([[["PRT"], ["CPV"], "planned", 50_000_000]]);
  });

  it("dates 'esta terça-feira' in the publication's week, even for what is planned", () => {
    const x = extract({ source: "x", language: "pt", published: "2025-02-11", text: "O Ruanda vai enviar mais 2.000 soldados para Moçambique, anunciou esta terça-feira o Governo de Kigali." });
    expect(ev(x, "AID").map((e) => [e.status, e.date, e.quantity])).toEqual([["planned", "2025-02-11", 2000]]);
    const y = extract({ source: "y", language: "en", published: "2025-02-11", text: "Rwanda will send 2,000 soldiers to Mozambique this Friday." });
    expect(ev(y, "AID").map((e) => e.date)).toEqual(["2025-02-14"]);
  });

  it("reads what 'acusaram Kigali de' says Kigali did as the accuser's claim, reported by them", () => {
    const x = extract({ source: "x", language: "pt", published: "2025-03-18", text: "Especialistas das Nações Unidas acusaram Kigali de enviar milhares de soldados para o território congolês." });
    expect(ev(x, "DISAPPROVE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["un"], ["RWA"]]]);
    expect(ev(x, "AID").map((e) => [ids(e.sources), ids(e.targets), e.status, ids(e.reportedBy)])).toEqual([[["RWA"], ["COD"], "claimed", ["un"]]]);
  });

  it("reads a name that closes the sentence after a comma with 'said' as who tells it, and joining a bloc as cooperation", () => {
    const x = extract({ source: "x", language: "en", published: "2025-08-24", text: "Germany will send 2 Patriot batteries to Ukraine, German Defence Minister Boris Pistorius said." });
    expect(ev(x, "AID").map((e) => [ids(e.sources), ids(e.targets), e.mode, e.status, ids(e.reportedBy)])).toEqual([[["DEU"], ["UKR"], "military", "planned", ["boris-pistorius"]]]);
    const y = extract({ source: "y", language: "pt", published: "2025-10-26", text: "Timor-Leste aderiu este domingo à ASEAN." });
    expect(ev(y, "COOPERATE").map((e) => [e.mode, ids(e.sources), ids(e.targets), e.date])).toEqual([["join", ["TLS"], ["asean"], "2025-10-26"]]);
  });

  it("reads a phrase trigger across a date and a place set off by commas, and takes that place as where", () => {
    const x = extract({ source: "x", language: "pt", published: "2024-12-06", text: "A União Europeia e o Mercosul concluíram esta sexta-feira, em Montevideu, as negociações de um acordo de comércio livre." });
    const agree = ev(x, "AGREE");
    expect(agree.map((e) => [ids(e.sources), e.date])).toEqual([[["eu", "mercosur"], "2024-12-06"]]);
    expect(agree[0]!.at.length).toBeGreaterThan(0);
  });

  it("gives what one side is accused of doing to the accused, claimed and reported by the accuser", () => {
    const x = extract({ source: "x", language: "es", published: "2023-03-26", text: "Taipéi acusó a Tegucigalpa de pedir 2.500 millones de dólares en ayuda." });
    expect(ev(x, "DEMAND").map((e) => [ids(e.sources), e.status, ids(e.reportedBy)])).toEqual([[["HND"], "claimed", ["TWN"]]]);
  });

  it("knows a teller who closes the sentence with a date after 'said', one who says a clause, a frozen participation, and seeking clarification", () => {
    const x = extract({ source: "x", language: "en", published: "2024-02-23", text: "Armenia has frozen its participation in the Collective Security Treaty Organization, Prime Minister Nikol Pashinyan said on Thursday. Kremlin spokesman Dmitry Peskov said Moscow would seek clarification from Yerevan." });
    expect(x.events.map((e) => [e.type, ids(e.sources), ids(e.targets), e.status, ids(e.reportedBy)])).toEqual([
      ["SANCTION", ["ARM"], [], "occurred", ["nikol-pashinyan"]],
      ["DEMAND", ["RUS"], ["ARM"], "planned", ["dmitry-peskov"]],
    ]);
    // Who says what they themselves will do is its side, not its reporter.
    const y = extract({ source: "y", language: "en", published: "2024-02-23", text: "Putin said he would visit Pyongyang." });
    expect(y.events.map((e) => [e.type, ids(e.sources), ids(e.reportedBy)])).toEqual([["CONSULT", ["Q7747"], []]]);
  });
});

describe("days counted from the publication", () => {
  it("dates 'hoje', 'ayer' and 'yesterday' by the publication day, with no weekday or figure in the sentence", () => {
    const date = (language: string, text: string) => extract({ source: "x", language, published: "2015-07-13", text }).events.map((e) => e.date);
    expect(date("pt", "A Rússia atacou hoje a Ucrânia.")).toEqual(["2015-07-13"]);
    expect(date("es", "Rusia atacó ayer Ucrania.")).toEqual(["2015-07-12"]);
    expect(date("en", "Russia attacked Ukraine yesterday.")).toEqual(["2015-07-12"]);
  });
});
