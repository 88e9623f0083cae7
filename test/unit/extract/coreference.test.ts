import { describe, expect, it } from "vitest";
import { extract } from "../../../src/extract/index.js";
import { events as ev, ids } from "../../support/extraction.js";

/** What points back: pronouns, 'the two sides', 'the allies', 'the pact', reactions aimed at the act they answer, one happening told twice, weapons of an owner named before. */
describe("coreference: pronouns, anaphora, reactions, repeated happenings", () => {
  it("makes a capital's state the host of a visit, reads 'it' as the body named before, folds a rejected act into the rejection", () => {
    const x = extract({ source: "x", language: "en", published: "2025-02-28", text: "Israeli negotiators arrived in Cairo on Thursday. Hamas said it was ready to release the remaining hostages. Israeli Prime Minister Benjamin Netanyahu rejected any withdrawal from the corridor." });
    expect(ev(x, "CONSULT").map((e) => [ids(e.sources), ids(e.targets), e.date])).toEqual([[["ISR"], ["EGY"], "2025-02-27"]]);
    expect(ev(x, "CONCEDE").map((e) => [ids(e.sources), e.status])).toEqual([[["hamas"], "planned"]]);
    expect(ev(x, "RETREAT")).toEqual([]);
    expect(ev(x, "REJECT").map((e) => ids(e.sources))).toEqual([["Q43723"]]);
    const y = extract({ source: "y", language: "es", published: "2025-01-27", text: "La Casa Blanca anunció que suspendía las sanciones contra Colombia." });
    expect(y.events.map((e) => [e.type, ids(e.targets)])).toEqual([["CONCEDE", ["COL"]]]);
  });

  it("aims a condemnation of 'the deployment' at who deployed, past a threat made in between, and reads 'despliegue' as a noun", () => {
    const x = extract({ source: "x", language: "es", published: "2025-03-03", text: "El Gobierno de Venezuela movilizó a miles de soldados hacia la frontera con Guyana. El presidente venezolano, Nicolás Maduro, amenazó a la petrolera ExxonMobil. El presidente de Guyana, Irfaan Ali, condenó el despliegue." });
    expect(ev(x, "DISAPPROVE").map((e) => ids(e.targets))).toEqual([["VEN"]]);
    expect(ev(x, "AID")).toEqual([]);
  });

  it("counts an armed group among 'both sides' but not the one who speaks of them, and reads 'he would' as the person's plan", () => {
    const x = extract({ source: "x", language: "en", published: "2024-11-04", text: "Hezbollah fired rockets at Israel on Sunday. Israeli warplanes struck targets in Lebanon. U.S. Secretary of State Antony Blinken urged both sides to return to the truce and said he would travel to Israel next week." });
    expect(ev(x, "DEMAND").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["antony-blinken"], ["ISR", "hezbollah"]]]);
    expect(ev(x, "CONSULT").map((e) => [ids(e.sources), ids(e.targets), e.status])).toEqual([[["antony-blinken"], ["ISR"], "planned"]]);
  });

  it("reads 'the allies' as the organization named last, and a verb after 'but' with the subject before it", () => {
    const x = extract({ source: "x", language: "en", published: "2025-06-25", text: "NATO leaders met in The Hague. U.S. President Donald Trump praised the allies but threatened Spain." });
    expect(ev(x, "SUPPORT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["Q22686"], ["nato"]]]);
    expect(ev(x, "THREATEN").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["Q22686"], ["ESP"]]]);
  });

  it("aims criticism of 'the talks' at those who held them", () => {
    const x = extract({ source: "x", language: "pt", published: "2025-04-12", text: "O Irã e os Estados Unidos reuniram-se em Mascate. Israel criticou as conversas." });
    expect(ev(x, "DISAPPROVE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["ISR"], ["IRN", "USA"]]]);
  });

  it("aims a reaction to 'the measures' or 'the strikes' at whoever took them (a state for its army)", () => {
    const x = extract({ source: "x", language: "en", published: "2025-07-18", text: "The European Union imposed new sanctions on Russia on Friday. Russia's foreign ministry condemned the measures." });
    expect(ev(x, "DISAPPROVE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["RUS"], ["eu"]]]);
    const y = extract({ source: "y", language: "en", published: "2025-05-07", text: "Indian troops struck targets in Pakistan on Wednesday. Pakistan condemned the strikes." });
    expect(ev(y, "DISAPPROVE").map((e) => ids(e.targets))).toEqual([["IND"]]);
  });

  it("does not count who tells the story among 'the two sides'", () => {
    const x = extract({ source: "x", language: "en", published: "2025-05-16", text: "Russian and Ukrainian delegations met in Istanbul on Friday, Turkish officials said. The two sides agreed to exchange 1,000 prisoners each." });
    expect(ev(x, "AGREE").map((e) => ids([...e.sources, ...e.targets]))).toEqual([["RUS", "UKR"]]);
  });

  it("takes 'the pact' after 'an agreement' for the same agreement", () => {
    const x = extract({ source: "x", language: "en", published: "2025-07-09", text: "Japan and the Philippines signed a reciprocal access agreement in Manila on Tuesday. The pact must still be ratified." });
    expect(x.entities.filter((e) => e.label === "Agreement")).toHaveLength(1);
  });

  it("keeps a planned ratification apart from the signing, and a reaction to 'a drone strike' aimed at the striker", () => {
    const x = extract({ source: "x", language: "en", published: "2024-04-23", text: "Turkey and Iraq signed a framework agreement on Monday. Turkey carried out air strikes in northern Iraq, and Baghdad condemned a drone strike near Sulaymaniyah. Iraq's parliament is expected to ratify the accord next year." });
    expect(ev(x, "AGREE").map((e) => [e.status, e.date ?? null]).sort()).toEqual([["occurred", "2024-04-22"], ["planned", "2025"]]);
    expect(ev(x, "DISAPPROVE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["IRQ"], ["TUR"]]]);
    expect(ev(x, "ASSAULT").map((e) => ids(e.targets))).toEqual([["IRQ"]]);
  });

  it("reads 'the leaders' after a bloc's summit as the bloc", () => {
    const x = extract({ source: "x", language: "en", published: "2025-07-07", text: "Lula hosted the leaders of the BRICS group in Rio on Sunday. The leaders condemned the strikes and called for a ceasefire." });
    expect([...ev(x, "DISAPPROVE"), ...ev(x, "DEMAND")].map((e) => [e.type, ids(e.sources)])).toEqual([["DISAPPROVE", ["brics"]], ["DEMAND", ["brics"]]]);
  });

  it("takes 'da Indonésia e da Malásia' whole, and aims a welcome of 'a entrada do novo membro' at who joined", () => {
    const x = extract({ source: "x", language: "pt", published: "2025-10-26", text: "Timor-Leste aderiu este domingo à ASEAN. Xanana Gusmão agradeceu o apoio da Indonésia e da Malásia. Anwar Ibrahim saudou a entrada do novo membro." });
    // The thanks, and the support thanked for, which went to the one who thanks.
    expect(ev(x, "SUPPORT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["xanana-gusmao"], ["IDN", "MYS"]], [["IDN", "MYS"], ["xanana-gusmao"]], [["anwar-ibrahim"], ["TLS"]]]);
  });

  it("aims 'welcomed the vote' and 'rejected the resolution' at the body that adopted it", () => {
    const x = extract({ source: "x", language: "en", published: "2025-06-17", text: "The Security Council on Monday adopted a resolution demanding that the Rapid Support Forces end their siege. Sudan's government welcomed the vote, but the RSF rejected the resolution as biased." });
    expect([...ev(x, "SUPPORT"), ...ev(x, "REJECT")].map((e) => [e.type, ids(e.sources), ids(e.targets)])).toEqual([["SUPPORT", ["SDN"], ["un-security-council"]], ["REJECT", ["rsf"], ["un-security-council"]]]);
  });

  it("keeps a hostile act of another kind by the side it was done to apart, aimed back at the first side", () => {
    const x = extract({ source: "x", language: "es", published: "2023-03-26", text: "Honduras rompió este domingo sus relaciones diplomáticas con Taiwán y las estableció con China. Taiwán retiró a su embajador." });
    expect(ev(x, "SANCTION").map((e) => [e.mode, ids(e.sources), ids(e.targets)])).toEqual([["sanction", ["HND"], ["TWN"]], ["recall", ["TWN"], ["HND"]]]);
    expect(ev(x, "COOPERATE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["HND"], ["CHN"]]]);
  });

  it("lets a state's own body that speaks of 'both governments' count its state among them", () => {
    const x = extract({ source: "x", language: "es", published: "2024-09-11", text: "El presidente argentino, Javier Milei, y su homólogo chileno, Gabriel Boric, firmaron este martes un tratado. Según la cancillería argentina, ambos gobiernos crearán una comisión que se reunirá por primera vez en marzo." });
    expect(ev(x, "CONSULT").map((e) => [ids(e.sources), e.status, ids(e.reportedBy)])).toEqual([[["ARG", "CHL"], "planned", ["foreign-ministry-arg"]]]);
  });

  it("takes weapons shot down with no owner of their own as the ones the article gave an owner, and launched ones as the launcher's", () => {
    const strikes = (language: string, text: string) =>
      ev(extract({ source: "x", language, published: "2025-09-12", text }), "ASSAULT").map((e) => [ids(e.sources), ids(e.targets)]);
    expect(strikes("pt", "Drones russos entraram no espaço aéreo polaco na terça-feira. Caças polacos e aviões da NATO abateram pelo menos quatro drones.")).toContainEqual([["POL", "nato"], ["RUS"]]);
    expect(strikes("es", "Drones rusos entraron en el espacio aéreo polaco el martes. Cazas polacos derribaron cuatro drones durante la noche.")).toContainEqual([["POL"], ["RUS"]]);
    expect(strikes("en", "Russian drones crossed into Poland on Tuesday. Polish jets shot down four drones overnight.")).toContainEqual([["POL"], ["RUS"]]);
    // Weapons a side launches are its own, whoever's weapons of that kind the article named before.
    const launched = extract({ source: "y", language: "en", published: "2025-08-24", text: "Ukrainian drones struck a refinery in Russia. Russia launched more than 100 missiles and drones at Kyiv in response." });
    expect(ev(launched, "ASSAULT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["UKR"], ["RUS"]], [["RUS"], ["UKR"]]]);
    expect(launched.entities.find((e) => e.id === "UKR")!.mentions.every((m) => m.sentence === 0 || m.text !== "")).toBe(true);
  });

  it("reads 'el tribunal' as the court named before, and aims criticism of 'the decision' at another side's act", () => {
    const x = extract({ source: "x", language: "es", published: "2024-11-22", text: "La Corte Penal Internacional emitió órdenes de arresto contra Benjamin Netanyahu. El tribunal dictó también una orden de arresto contra Mohamed Deif. Viktor Orbán calificó la decisión de descarada." });
    expect(x.events.map((e) => [e.type, ids(e.sources), ids(e.targets)])).toEqual([
      ["COERCE", ["icc"], ["Q43723"]],
      ["COERCE", ["icc"], ["mohamed-deif"]],
      ["DISAPPROVE", ["viktor-orban"], ["icc"]],
    ]);
    // An indefinite body is a new one: "un tribunal" is not the court named before.
    const z = extract({ source: "z", language: "es", published: "2024-11-22", text: "La Corte Penal Internacional emitió órdenes de arresto contra Benjamin Netanyahu. Viktor Orbán pidió un tribunal distinto." });
    expect(z.entities.find((e) => e.id === "icc")!.mentions.map((m) => m.sentence)).toEqual([0]);
    // Peru's foreign minister calls Mexico's asylum, not Peru's own break, an unfriendly act.
    const y = extract({ source: "y", language: "es", published: "2025-11-03", text: "El Gobierno de Perú anunció este lunes la ruptura de relaciones diplomáticas con México. El canciller peruano, Hugo de Zela, calificó la decisión de acto inamistoso." });
    expect(y.events.filter((e) => e.type === "DISAPPROVE").map((e) => ids(e.targets))).not.toContainEqual(["PER"]);
  });
});


describe("the three countries", () => {
  it("stands for the last list of three states told before, and for none where no such list was told", () => {
    const x = extract({ source: "x", language: "pt", published: "2024-05-22", text: "Espanha, Irlanda e Noruega anunciaram que vão reconhecer o Estado da Palestina. O Presidente da Autoridade Palestiniana, Mahmoud Abbas, saudou a decisão dos três países." });
    expect(x.events.filter((e) => e.type === "SUPPORT" && e.mode !== "recognize").map((e) => e.targets.map((r) => r.id).sort())).toEqual([["ESP", "IRL", "NOR"]]);
    const y = extract({ source: "y", language: "en", published: "2023-06-25", text: "Biden discussed the situation with Macron, German Chancellor Olaf Scholz and British Prime Minister Rishi Sunak, and the four leaders affirmed their support for Ukraine." });
    expect(y.events.filter((e) => e.type === "SUPPORT").flatMap((e) => e.sources.map((r) => r.id))).not.toContain("DEU");
  });
});

describe("the organization", () => {
  it("is the international organization named last, and 'la Organización de los Estados Americanos' a name", () => {
    const x = extract({ source: "x", language: "pt", published: "2024-01-29", text: "O Mali, o Burkina Faso e o Níger anunciaram a saída da CEDEAO. Os três governos acusam a organização de se ter afastado dos seus ideais." });
    expect(x.events.filter((e) => e.type === "DISAPPROVE").map((e) => [e.sources.map((r) => r.id).sort(), e.targets.map((r) => r.id)])).toEqual([[["BFA", "MLI", "NER"], ["ecowas"]]]);
    const y = extract({ source: "y", language: "es", published: "2024-04-06", text: "La Organización de los Estados Americanos condenó la irrupción." });
    expect(y.entities.map((e) => e.id)).toContain("oas");
  });
});

describe("an office named alone", () => {
  it("is the one person the article has named holding it, by the text or by the gazetteer on the day", () => {
    const x = extract({ source: "x", language: "pt", published: "2020-11-10", text: "O primeiro-ministro arménio, Nikol Pashinyan, assinou o acordo. O Azerbaijão acusou o primeiro-ministro de traição." });
    expect(ev(x, "DISAPPROVE").map((e) => ids(e.targets))).toEqual([["nikol-pashinyan"]]);
    const y = extract({ source: "y", language: "en", published: "2020-11-10", text: "Nikol Pashinyan signed the deal. The prime minister condemned the protests." });
    expect(ev(y, "DISAPPROVE").map((e) => ids(e.sources))).toEqual([["nikol-pashinyan"]]);
    // Two holders named: the office alone is neither.
    const z = extract({ source: "z", language: "en", published: "2020-11-10", text: "Nikol Pashinyan met Indian Prime Minister Narendra Modi. The prime minister condemned the protests." });
    expect(ev(z, "DISAPPROVE").flatMap((e) => ids(e.sources))).toEqual([]);
  });
});

describe("a visit with no visitor", () => {
  it("makes no talks between the places visited", () => {
    const x = extract({ source: "x", language: "es", published: "2023-03-26", text: "Tsai tiene previsto partir el miércoles hacia Guatemala y Belice." });
    expect(x.events.filter((e) => e.type === "CONSULT")).toEqual([]);
  });

  it("reads a people named bare after a side named by two words ('the Serbs' after 'the Bosnian Serbs') as that side, not the state", () => {
    const x = extract({ source: "x", language: "en", published: "1994-02-10", text: "NATO gave the Bosnian Serbs 10 days to withdraw their guns. The Bosnian Government blamed the Serbs for the massacre." });
    expect(x.events.filter((e) => e.type === "DISAPPROVE").map((e) => e.targets.map((r) => r.id))).toEqual([["bosnian-serbs"]]);
    expect(x.entities.map((e) => e.id)).not.toContain("SRB");
  });
});

