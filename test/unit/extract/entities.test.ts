import { describe, expect, it } from "vitest";
import { extract } from "../../../src/extract/index.js";
import { events as ev, ids } from "../../support/extraction.js";

/** Names and what they name: gazetteer ids, metonyms and demonyms, unknown names typed by their head word, places, organizations, agreements. */
describe("entities: names, ids and kinds", () => {
  it("reads 'los talibanes' in lower case as the Taliban, and a capitalized preposition opening a sentence as no name", () => {
    const x = extract({ source: "x", language: "es", published: "2021-08-15", text: "Los talibanes han entrado este domingo en Kabul. Desde Ramala, el presidente palestino, Mahmud Abás, condenó la masacre." });
    expect(x.entities.map((e) => e.id)).toContain("taliban");
    expect(x.entities.filter((e) => e.label === "Person").map((e) => e.id)).toEqual(["mahmud-abas"]);
  });

  it("knows the demonyms of West and Central African states the country names alone lack ('49 Ivorian soldiers', 'Mauritanian soldiers', 'soldados gaboneses')", () => {
    const states = (language: string, text: string) => extract({ source: "x", language, published: "2022-07-11", text }).entities.filter((e) => e.label === "State").map((e) => e.id).sort();
    expect(states("en", "Mali detained 49 Ivorian soldiers on Sunday.")).toEqual(["CIV", "MLI"]);
    expect(states("en", "Mauritanian and Gambian troops crossed the border.")).toEqual(["GMB", "MRT"]);
    expect(states("pt", "Os soldados gaboneses e togoleses chegaram.")).toEqual(["GAB", "TGO"]);
  });

  it("reads an acronym written in capitals as the acronym, not a folded name ('IRA', not 'Irã'), and a group named whole after a demonym as the group", () => {
    const named = (text: string) => extract({ source: "x", language: "en", published: "1984-10-12", text }).entities.map((e) => `${e.label}:${e.id}`).sort();
    expect(named("The IRA said it planted the bomb.")).toEqual(["Organization:ira"]);
    expect(named("The Irish Republican Army said it planted the bomb.")).toEqual(["Organization:ira"]);
    // An office after the demonym is still the state's: "U.S. Treasury Secretary".
    expect(named("U.S. Treasury Secretary Scott Bessent said the talks went well.")).toEqual(["Person:scott-bessent", "State:USA"]);
  });

  it("reads a city before a lower-case agreement noun as the agreement's name, not its state as a party ('the Paris agreement', 'the Minsk accords', 'la Convención de Viena')", () => {
    const named = (language: string, text: string) => extract({ source: "x", language, published: "2017-06-02", text }).entities.map((e) => `${e.label}:${e.id}`).sort();
    expect(named("en", "The United States left the Paris agreement.")).toEqual(["Agreement:paris-agreement", "State:USA"]);
    expect(named("en", "Russia violated the Minsk accords.")).toEqual(["Agreement:minsk-accords", "State:RUS"]);
    expect(named("es", "México condenó cualquier violación de la Convención de Viena.")).toEqual(["Agreement:convencion-de-viena", "State:MEX"]);
    // Met in the city, they signed an agreement of no name.
    expect(named("en", "Leaders met in Paris to sign the agreement.")).toContain("State:FRA");
  });

  it("reads a titled surname alone as the one who held that office under it on the day ('President Clinton' in 1994), and no other title's holder", () => {
    const x = extract({ source: "x", language: "en", published: "1994-02-10", text: "In Washington, President Clinton yesterday called the Serbs' acceptance of a cease-fire a good start." });
    expect(x.entities.filter((e) => e.label === "Person").map((e) => e.id)).toEqual(["bill-clinton"]);
    expect(x.relations.filter((r) => r.type === "LEADS").map((r) => `${r.from.id} ${r.to.id}`)).toEqual(["bill-clinton USA"]);
    const y = extract({ source: "y", language: "en", published: "1987-02-10", text: "President Reagan said on Monday that the talks went well." });
    expect(y.entities.map((e) => e.id)).toContain("ronald-reagan");
    // A king is no president: Hussein of Jordan is not Saddam Hussein.
    const z = extract({ source: "z", language: "en", published: "1994-02-10", text: "King Hussein praised the accord on Monday." });
    expect(z.entities.map((e) => e.id)).not.toContain("saddam-hussein");
  });

  it("knows an 'acta' and a protocol by the name the text gives them as agreements", () => {
    const agreements = (language: string, text: string) => extract({ source: "x", language, published: "1998-10-26", text }).entities.filter((e) => e.label === "Agreement").map((e) => e.name);
    expect(agreements("es", "Fujimori y Mahuad firmaron el lunes el Acta Presidencial de Brasilia.")).toEqual(["Acta Presidencial de Brasilia"]);
    expect(agreements("en", "Russia signed the Kyoto Protocol on Friday.")).toEqual(["Kyoto Protocol"]);
  });

  it("reads a surname beside a word for a government as who led a sovereign state on the day ('the Reagan administration', 'o governo Sarney')", () => {
    const people = (language: string, published: string, text: string) => extract({ source: "x", language, published, text }).entities.filter((e) => e.label === "Person").map((e) => e.id);
    expect(people("en", "1987-03-02", "The Reagan administration said it would send El Salvador more military aid.")).toEqual(["ronald-reagan"]);
    expect(people("pt", "1987-03-02", "O governo Sarney condenou o ataque.")).toEqual(["jose-sarney"]);
    // George W. Bush, not the Cayman Islands' premier of the same surname; no one before he took office.
    expect(people("en", "2003-03-02", "The Bush administration imposed sanctions on Iran.")).toEqual(["george-w-bush"]);
    expect(people("en", "1975-03-02", "The Reagan administration will decide.")).toEqual([]);
  });

  it("knows human rights groups in each language's spelling, and a word for no one opening a sentence as no name", () => {
    const x = extract({ source: "x", language: "pt", published: "2016-10-24", text: "A Amnistia Internacional classificou a decisão como uma traição. Nenhum Estado abandonou o tribunal. A Anistia Internacional protestou." });
    expect(x.entities.map((e) => [e.label, e.id])).toEqual([["Organization", "Q42970"]]);
    const y = extract({ source: "y", language: "es", published: "2016-10-24", text: "Ningún Estado abandonó la corte, dijo Human Rights Watch." });
    expect(y.entities.map((e) => [e.label, e.id])).toEqual([["Organization", "Q187052"]]);
    // "Fuentes del Gobierno" are unnamed informants, no body or person of that name.
    const z = extract({ source: "z", language: "es", published: "1995-03-10", text: "Fuentes del Gobierno no descartaron enviar un buque de la Armada a la zona." });
    expect(z.entities.some((e) => /fuentes/.test(e.id))).toBe(false);
  });

  it("names 'East China Sea' a place, not China, and a 'chanceler' by the state he serves", () => {
    const x = extract({ source: "x", language: "en", published: "2023-06-15", text: "Japan held exercises in the East China Sea." });
    expect(x.entities.map((e) => e.id)).not.toContain("CHN");
    expect(x.entities.find((e) => e.name === "East China Sea")?.label).toBe("Place");
    const y = extract({ source: "y", language: "pt", published: "2025-04-12", text: "O chanceler iraniano, Abbas Araghchi, falou com o chanceler alemão, Friedrich Merz." });
    const rel = (id: string) => y.relations.filter((r) => r.from.id === id && r.basis === "text").map((r) => [r.type, r.to.id, r.role]);
    expect(rel("abbas-araghchi")).toEqual([["PART_OF", "IRN", "Foreign Minister"]]);
    expect(rel("friedrich-merz")).toEqual([["LEADS", "DEU", "Chancellor"]]);
  });

  it("reads an unnamed office as who held that office, not another head of the same state", () => {
    const people = (text: string, date: string) => extract({ source: "x", language: "en", published: date, text }).entities.filter((e) => e.label === "Person").map((e) => e.id);
    expect(people("Spain's prime minister demanded on Wednesday that Catalonia's leader answer.", "2017-10-11")).toEqual(["mariano-rajoy"]);
    expect(people("The Danish prime minister rejected the idea on Wednesday.", "2019-08-21")).toEqual(["mette-frederiksen"]);
    // A king the text has named is not the prime minister it names next; the prime minister is.
    expect(people("King Felipe VI opened parliament. The Spanish prime minister spoke after him.", "2017-10-11")).toEqual(["felipe-vi", "mariano-rajoy"]);
    expect(people("King Felipe VI opened parliament. The Spanish leader spoke after him.", "2017-10-11")).toEqual(["felipe-vi"]);
  });

  it("ties an envoy to the state they serve where their post comes between the title and the name", () => {
    const served = (language: string, text: string) => extract({ source: "x", language, published: "2017-12-21", text }).relations.filter((r) => r.from.id === "nikki-haley").map((r) => [r.type, r.to.id]);
    expect(served("en", "The U.S. ambassador to the United Nations, Nikki Haley, wrote to member states.")).toEqual([["PART_OF", "USA"]]);
    expect(served("es", "La embajadora estadounidense ante la ONU, Nikki Haley, había escrito a los Estados miembros.")).toEqual([["PART_OF", "USA"]]);
    expect(served("pt", "A embaixadora norte-americana junto da ONU, Nikki Haley, escreveu aos Estados-membros.")).toEqual([["PART_OF", "USA"]]);
  });

  it("reads a town the parse makes a verb's object as the town, as it does after a preposition of place", () => {
    const places = (text: string) => extract({ source: "x", language: "en", published: "1997-03-15", text }).entities.filter((e) => e.label === "Place").map((e) => e.name);
    expect(places("Israeli troops entered Hebron on Sunday.")).toEqual(["Hebron"]);
    expect(places("Russian troops attacked Groznyy on Sunday.")).toEqual(["Groznyy"]);
    // A name that only shares a town's name is no town: Garland (Texas) here is a person's.
    expect(places("Merrick Garland praised the ruling.")).toEqual([]);
  });

  it("types courts and police as organizations, and parts two names a conjunction and an article join", () => {
    const x = extract({ source: "x", language: "es", published: "2017-08-28", text: "La Corte de Constitucionalidad suspendió la orden. Las Fuerzas Armadas y la Policía Nacional dijeron que respetan la Constitución." });
    expect(x.entities.filter((e) => e.label === "Organization").map((e) => e.name).sort()).toEqual(["Corte de Constitucionalidad", "Fuerzas Armadas", "Policía Nacional"]);
    const y = extract({ source: "y", language: "pt", published: "2021-05-24", text: "A Conferência de Chefes de Estado e de Governo condenou o desvio." });
    expect(y.entities.map((e) => e.name)).toContain("Conferência de Chefes de Estado e de Governo");
  });

  it("places a town no gazetteer knows in the state set off after it, not in a state that goes on as someone's", () => {
    const located = (language: string, text: string) => extract({ source: "x", language, published: "2013-06-11", text }).relations.filter((r) => r.type === "LOCATED_IN").map((r) => [r.from.id, r.to.id]);
    expect(located("pt", "O acordo-quadro foi assinado em Entebbe, em Uganda.")).toEqual([["entebbe", "UGA"]]);
    expect(located("en", "The summit opened in Taormina, Italy, on Friday.")).toEqual([["taormina", "ITA"]]);
    expect(located("en", "Speaking in Wuqiu, Taiwan's president said the drills were provocative.")).toEqual([]);
  });

  it("reads a name no gazetteer knows after a word for a firm as that firm, officials in a state or at a body as theirs, and a ship after 'carrier' as none", () => {
    const x = extract({ source: "x", language: "en", published: "2012-08-22", text: "Oilfield services company Baker Hughes said Swiss commodities trader Gunvor had met officials in Kazakhstan." });
    expect(x.entities.filter((e) => e.label === "Organization").map((e) => e.id).sort()).toEqual(["baker-hughes", "gunvor"]);
    const y = extract({ source: "y", language: "es", published: "2016-12-21", text: "La constructora Odebrecht pagó sobornos a funcionarios de Perú." });
    expect(ev(y, "CRIME").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["odebrecht"], ["PER"]]]);
    const w = extract({ source: "w", language: "en", published: "2018-11-01", text: "Goldman Sachs helped pay bribes to officials in Malaysia and Abu Dhabi. Officials at the International Atomic Energy Agency criticized Iran on Monday." });
    expect(ev(w, "CRIME").map((e) => [ids(e.sources), ids(e.targets).sort()])).toEqual([[["goldman-sachs"], ["ARE", "MYS"]]]);
    expect(ev(w, "DISAPPROVE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["iaea"], ["IRN"]]]);
    const z = extract({ source: "z", language: "en", published: "2013-11-16", text: "The aircraft carrier Vikramaditya was handed over to India's navy." });
    expect(z.entities.filter((e) => e.label === "Organization").map((e) => e.id)).not.toContain("vikramaditya");
  });

  it("knows a body the gazetteer lacks by the acronym the article gave it in brackets, and its commando as acting for it", () => {
    const x = extract({ source: "x", language: "es", published: "1996-12-18", text: "Un comando del Movimiento Revolucionario Túpac Amaru (MRTA) asaltó la noche del martes la residencia del embajador de Japón en Lima. En un mensaje, el MRTA acusó al Gobierno japonés de constante intromisión en los asuntos de Perú." });
    expect(ev(x, "COERCE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["movimiento-revolucionario-tupac-amaru"], ["JPN"]]]);
    expect(ev(x, "DISAPPROVE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["movimiento-revolucionario-tupac-amaru"], ["JPN"]]]);
    expect(x.entities.find((e) => e.id === "movimiento-revolucionario-tupac-amaru")?.aliases).toContain("MRTA");
  });

  it("reads a full name with a second surname as the person the article named by the first", () => {
    const x = extract({ source: "x", language: "es", published: "2017-08-28", text: 'Jimmy Morales expulsó al jurista colombiano Iván Velásquez. "Declaro non grato al señor Iván Velásquez Gómez", dijo Morales.' });
    expect(x.entities.filter((e) => e.label === "Person").map((e) => e.id).sort()).toEqual(["ivan-velasquez", "jimmy-morales"]);
  });

  it("types unknown names by their head word, and finds coast guards", () => {
    const x = extract({ source: "x", language: "en", published: "2025-07-09", text: "Chinese coast guard vessels fired water cannon at a Philippine supply boat near the Second Thomas Shoal." });
    expect(x.entities.find((e) => e.name === "Second Thomas Shoal")?.label).toBe("Place");
    expect(x.entities.find((e) => e.id === "coast-guard-chn")?.label).toBe("Organization");
    expect(ev(x, "ASSAULT").map((e) => ids(e.sources))).toEqual([["coast-guard-chn"]]);
  });

  it("reads 'o seu homólogo saudita' as Saudi Arabia, and a title between a preposition and a name", () => {
    const y = extract({ source: "y", language: "pt", published: "2025-03-12", text: "Abbas Araghchi reuniu-se com o seu homólogo saudita em Riade." });
    expect(ev(y, "CONSULT").flatMap((e) => ids(e.targets))).toContain("SAU");
    const z = extract({ source: "z", language: "es", published: "2025-04-02", text: "El presidente del Gobierno español, Pedro Sánchez, se reunió con el rey Mohamed VI." });
    expect(ev(z, "CONSULT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["pedro-sanchez"], ["mohammed-vi"]]]);
    expect(z.relations.some((r) => r.type === "LEADS" && r.from.id === "pedro-sanchez" && r.basis === "text")).toBe(true);
  });

  it("keeps a person's particles in the name, and a surname the article gave a person as that person", () => {
    const x = extract({ source: "x", language: "pt", published: "2024-11-05", text: "O primeiro-ministro português, Luís Montenegro, e o primeiro-ministro cabo-verdiano, Ulisses Correia e Silva, assinaram esta terça-feira um acordo. Montenegro anunciou ainda um novo encontro com Marcelo Rebelo de Sousa." });
    expect(x.entities.map((e) => e.name)).toEqual(expect.arrayContaining(["Ulisses Correia e Silva", "Marcelo Rebelo de Sousa"]));
    expect(x.relations.some((r) => r.type === "LEADS" && r.to.id === "CPV")).toBe(true);
    // "Montenegro" here is the prime minister, not the state of Montenegro.
    expect(x.entities.some((e) => e.id === "MNE")).toBe(false);
  });

  it("makes an unknown name after 'the city of', in apposition to a place noun or after 'in' a place, inside the state the phrase names", () => {
    const x = extract({ source: "x", language: "pt", published: "2025-02-11", text: "O Ruanda enviou soldados para a província moçambicana de Cabo Delgado." });
    expect(x.entities.find((e) => e.name === "Cabo Delgado")?.label).toBe("Place");
    expect(x.relations.some((r) => r.type === "LOCATED_IN" && r.to.id === "MOZ")).toBe(true);
    const y = extract({ source: "y", language: "en", published: "2025-06-17", text: "The RSF tightened its siege of El Fasher, the capital of North Darfur. Fighting was reported in Um Kadada." });
    expect(y.entities.filter((e) => ["El Fasher", "Um Kadada"].includes(e.name)).map((e) => e.label)).toEqual(["Place", "Place"]);
  });

  it("knows UN agencies, armed groups and state news agencies, and counts trucks of food as humanitarian aid", () => {
    const x = extract({ source: "x", language: "en", published: "2025-06-17", text: "The World Food Programme sent 40 trucks of food to Darfur, according to Algérie Presse Service. Islamic State fighters attacked a village." });
    expect(x.entities.filter((e) => ["wfp", "aps", "islamic-state"].includes(e.id)).map((e) => e.label)).toEqual(["Organization", "Organization", "Organization"]);
    expect(ev(x, "AID").map((e) => [e.mode, e.quantity])).toEqual([["humanitarian", 40]]);
  });

  it("makes 'the Afghan province of Paktika' a place in Afghanistan, and 'Pakistani airstrikes' Pakistan's attack on it", () => {
    const x = extract({ source: "x", language: "en", published: "2025-10-19", text: "Pakistani airstrikes hit the Afghan province of Paktika on Friday, according to Afghan officials." });
    expect(x.entities.find((e) => e.name === "Paktika")?.label).toBe("Place");
    expect(x.relations.some((r) => r.type === "LOCATED_IN" && r.from.id === "paktika" && r.to.id === "AFG")).toBe(true);
    expect(ev(x, "ASSAULT").map((e) => [ids(e.sources), ids(e.targets), e.date, ids(e.at), ids(e.reportedBy)])).toEqual([[["PAK"], ["AFG"], "2025-10-17", ["AFG", "paktika"], ["AFG"]]]);
  });

  it("reads 'os governos de Portugal e Espanha' as both states, and one unknown word set off after 'em' as a place", () => {
    const x = extract({ source: "x", language: "pt", published: "2025-10-24", text: "Os governos de Portugal e Espanha assinaram esta quinta-feira, em Faro, um tratado de cooperação transfronteiriça." });
    expect(x.entities.find((e) => e.name === "Faro")?.label).toBe("Place");
    const agree = ev(x, "AGREE");
    expect(agree.map((e) => [ids(e.sources), e.date, ids(e.at)])).toEqual([[["ESP", "PRT"], "2025-10-23", ["faro"]]]);
    expect(x.relations.filter((r) => r.type === "PARTY_TO").map((r) => r.from.id).sort()).toEqual(["ESP", "PRT"]);
  });

  it("knows central banks and the Palestinian Authority: 'el Tesoro de Estados Unidos y el Banco Central de la República Argentina firmaron'", () => {
    const x = extract({ source: "x", language: "es", published: "2025-10-21", text: "El Tesoro de Estados Unidos y el Banco Central de la República Argentina firmaron el lunes un acuerdo de intercambio de divisas." });
    expect(ev(x, "AGREE").map((e) => [ids(e.sources), e.date])).toEqual([[["bcra", "us-treasury"], "2025-10-20"]]);
    const y = extract({ source: "y", language: "pt", published: "2025-09-22", text: "O Presidente da Autoridade Palestiniana, Mahmoud Abbas, agradeceu a Portugal." });
    expect(y.relations.filter((r) => r.type === "LEADS").map((r) => [r.from.id, r.to.id])).toEqual([["mahmoud-abbas", "palestinian-authority"]]);
  });

  it("calls an agreement by the name the text gives it, and leaves an organization named after a treaty alone", () => {
    const named = (x: ReturnType<typeof extract>) => x.entities.filter((e) => e.label === "Agreement").map((e) => [e.id, e.name]);
    const x = extract({ source: "x", language: "pt", published: "2025-05-09", text: "Os dois governos vão concluir a revisão do Anexo C do Tratado de Itaipu." });
    expect(named(x)).toEqual([["tratado-de-itaipu", "Tratado de Itaipu"]]);
    expect(x.entities.some((e) => e.label === "Person")).toBe(false);
    const y = extract({ source: "y", language: "en", published: "2025-05-09", text: "Both signed the Paris Agreement and are members of the North Atlantic Treaty Organization." });
    expect(named(y)).toEqual([["paris-agreement", "Paris Agreement"]]);
    expect(y.entities.find((e) => e.id === "nato")?.label).toBe("Organization");
  });

  it("takes one capitalized word right after a title as a name, and the pope's office as the Holy See's", () => {
    const x = extract({ source: "x", language: "es", published: "2025-01-15", text: "El canciller cubano, Bruno Larrea, agradeció la mediación del papa Francisco." });
    expect(x.relations.filter((r) => r.type === "LEADS").map((r) => [r.from.id, r.to.id, r.role])).toEqual([["francisco", "VAT", "Pope"]]);
    expect(ev(x, "SUPPORT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["bruno-larrea"], ["francisco"]]]);
    const y = extract({ source: "y", language: "en", published: "2025-01-15", text: "Foreign Minister Larrea thanked President Otieno." });
    expect(ids(y.entities.filter((e) => e.label === "Person"))).toEqual(["larrea", "otieno"]);
  });

  it("takes Brussels for the European Union in every language, and a verb that starts an exercise as its light verb", () => {
    for (const [language, text] of [["en", "Brussels criticised Hungary."], ["pt", "Bruxelas criticou a Hungria."], ["es", "Bruselas criticó a Hungría."]] as const) {
      const x = extract({ source: language, language, published: "2025-01-15", text });
      expect(x.events.map((e) => [e.type, ids(e.sources), ids(e.targets)])).toEqual([["DISAPPROVE", ["eu"], ["HUN"]]]);
    }
    const y = extract({ source: "y", language: "pt", published: "2025-09-12", text: "Rússia e Bielorrússia iniciam na próxima semana os exercícios militares conjuntos." });
    expect(y.events.map((e) => [e.type, ids(e.sources), e.status])).toEqual([["MOBILIZE", ["BLR", "RUS"], "planned"]]);
  });

  it("takes a name set off after an office as a person even when its first word is a state ('Israel Katz'), and codes persona non grata and a quoted verdict", () => {
    const x = extract({ source: "x", language: "pt", published: "2024-02-20", text: 'O ministro das Relações Exteriores israelense, Israel Katz, declarou o presidente Luiz Inácio Lula da Silva persona non grata. Segundo o Itamaraty, o chanceler brasileiro classificou a atitude de Katz como "inaceitável".' });
    expect(x.relations.filter((r) => r.from.id === "israel-katz").map((r) => [r.type, r.to.id])).toEqual([["PART_OF", "ISR"]]);
    expect(ev(x, "SANCTION").map((e) => [ids(e.sources), ids(e.targets), ids(e.reportedBy)])).toEqual([[["israel-katz"], ["Q37181"], []]]);
    expect(ev(x, "DISAPPROVE").map((e) => [ids(e.sources), ids(e.targets), ids(e.reportedBy)])).toEqual([[["BRA"], ["israel-katz"], ["itamaraty"]]]);
    const y = extract({ source: "y", language: "es", published: "2017-08-28", text: 'El presidente de Guatemala, Jimmy Morales, declaró este domingo "non grato" al embajador de Venezuela.' });
    expect(ev(y, "SANCTION").map((e) => [ids(e.sources), ids(e.targets), e.date])).toEqual([[["jimmy-morales"], ["VEN"], "2017-08-27"]]);
  });

  it("reads 'la guardia costera china' (a demonym spelt like its state), a place named after 'atolón', and a supply boat as no aid", () => {
    const x = extract({ source: "x", language: "es", published: "2024-03-24", text: "La guardia costera china disparó cañones de agua contra un barco de suministro filipino cerca del atolón Second Thomas el sábado." });
    expect(x.events.map((e) => [e.type, ids(e.sources), ids(e.targets), ids(e.at), e.date])).toEqual([["ASSAULT", ["coast-guard-chn"], ["PHL"], ["atolon-second-thomas"], "2024-03-23"]]);
    expect(x.entities.find((e) => e.id === "atolon-second-thomas")?.label).toBe("Place");
  });

  it("leaves words of address out of names, reads a deputy's office, and knows the bodies of the UN", () => {
    const x = extract({ source: "x", language: "en", published: "2024-07-31", text: "Supreme Leader Ayatollah Ali Khamenei vowed revenge. Russian Deputy Foreign Minister Mikhail Bogdanov condemned the killing. The Korean Confederation of Trade Unions called a strike. Iran asked the U.N. Security Council to meet." });
    const names = x.entities.map((e) => `${e.label}:${e.name}`);
    expect(names).toEqual(expect.arrayContaining(["Person:Ali Khamenei", "Person:Mikhail Bogdanov", "Organization:Korean Confederation of Trade Unions", "Organization:United Nations Security Council"]));
    expect(names.some((n) => /Ayatollah|Deputy/.test(n))).toBe(false);
    const rel = x.relations.map((r) => `${r.type} ${r.from.id} ${r.to.id}`);
    expect(rel).toEqual(expect.arrayContaining(["PART_OF mikhail-bogdanov RUS", "PART_OF un-security-council un"]));
    const y = extract({ source: "y", language: "es", published: "2024-07-31", text: "El ayatolá Alí Jamenei prometió venganza." });
    expect(y.entities.map((e) => e.name)).toEqual(["Alí Jamenei"]);
  });

  it("reads a longer unknown name after an office over a known one it starts with, and offices held in an organization", () => {
    const rel = (language: string, text: string) => extract({ source: "x", language, published: "2024-12-04", text }).relations.map((r) => `${r.type} ${r.from.id} ${r.to.id}`);
    // "Kim" alone is Kim Jong Un in the gazetteer; "Kim Yong-hyun" is someone else.
    expect(rel("en", "South Korea's Defence Minister Kim Yong-hyun offered to resign.")).not.toContain("LEADS Q56226 PRK");
    expect(rel("pt", "O secretário-geral da OLP, Hussein al-Sheikh, saudou a decisão.")).toContain("LEADS hussein-al-sheikh plo");
    expect(rel("es", "El jefe de la diplomacia de la Unión Europea, Josep Borrell, pidió respetar la decisión.")).toContain("PART_OF josep-borrell eu");
  });
});


describe("entities: the eurozone's bodies and acronyms written as words", () => {
  it("reads 'Brics' and 'Otan' as the acronyms they are, and knows the Eurogroup, the Euro Summit and the ESM", () => {
    const x = extract({ source: "x", language: "pt", published: "2023-08-24", text: "Os líderes do Brics anunciaram a ampliação. A Otan reuniu-se. A Cimeira do Euro e o Eurogrupo aprovaram um programa do Mecanismo Europeu de Estabilidade." });
    const orgs = x.entities.filter((e) => e.label === "Organization").map((e) => e.id).sort();
    // The EU as what the Eurogroup and the Euro Summit are part of.
    expect(orgs).toEqual(["esm", "eu", "eurogroup", "euro-summit", "brics", "nato"].sort());
    expect(x.entities.some((e) => e.label === "Person")).toBe(false);
    // Only organizations' acronyms: a four-letter acronym of anything else keeps its case.
    const y = extract({ source: "y", language: "en", published: "2023-08-24", text: "Sana Mir met the press. Zero hour came." });
    expect(y.entities.some((e) => e.label === "Organization")).toBe(false);
  });
});

describe("entities: bodies named in lower case, and the leaders of a body", () => {
  it("reads 'a zona euro' as the Eurozone, and 'os líderes do X' as the body X named right after them", () => {
    const x = extract({ source: "x", language: "pt", published: "2015-07-13", text: "Os líderes dos 19 países da zona euro chegaram hoje a acordo para negociar com a Grécia." });
    expect(ev(x, "AGREE").map((e) => ids(e.sources))).toEqual([["eurozone"]]);
    const y = extract({ source: "y", language: "en", published: "2023-01-01", text: "Croatia joined the euro zone on Sunday." });
    expect(ev(y, "COOPERATE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["HRV"], ["eurozone"]]]);
  });
});

describe("names the gazetteer lacks, by the word that says what they are", () => {
  const named = (language: "en" | "es" | "pt", text: string) => extract({ source: "x", language, published: "2025-04-26", text }).entities.map((e) => `${e.label}:${e.name}`).sort();

  it("reads a basilica or a palace as a place, a college as a body, and a compass word after a city as part of a place", () => {
    expect(named("pt", "Trump e Zelensky conversaram no interior da Basílica de São Pedro.")).toContain("Place:Basílica de São Pedro");
    expect(named("pt", "A missa foi presidida pelo decano do Colégio dos Cardeais.")).toEqual(["Organization:Colégio dos Cardeais"]);
    expect(named("pt", "As prisioneiras voltaram para Jerusalém Oriental.")).toEqual(["Place:Jerusalém Oriental"]);
  });

  it("reads two unknown names joined by 'and' as two people, and a body's or a place's name with 'and' as one", () => {
    expect(named("en", "The Treasury sanctioned Wang Lifeng and Chen Guoming on Monday.")).toEqual(["Person:Chen Guoming", "Person:Wang Lifeng"]);
    expect(named("en", "He met officials of the Ministry of Trade and Industry on Monday.")).toEqual(["Organization:Ministry of Trade and Industry"]);
  });

  it("reads a name followed by a known place or state in brackets as a place that lies there", () => {
    const x = extract({ source: "x", language: "es", published: "2024-09-08", text: "El avión aterrizó en la base aérea de Villanueva del Campo (Madrid)." });
    expect(x.entities.map((e) => `${e.label}:${e.name}`).sort()).toEqual(["Place:Villanueva del Campo", "State:Spain"]);
    expect(x.relations.map((r) => [r.type, r.from.id, r.to.id])).toEqual([["LOCATED_IN", "villanueva-del-campo", "ESP"]]);
  });

  it("keeps a palace that is the seat of a body that body", () => {
    expect(named("pt", "Os ministros reuniram-se no Palácio do Itamaraty.")).toContain("Organization:Ministry of Foreign Affairs of Brazil");
  });

  it("knows regions with governments of their own, and Catalonia's institutions, inside their state", () => {
    const x = extract({ source: "x", language: "es", published: "2017-10-27", text: "El Parlament de Cataluña ha aprobado una resolución. Rajoy ha cesado al presidente de la Generalitat, Carles Puigdemont, y ha convocado elecciones en Cataluña." });
    expect(x.entities.map((e) => `${e.label}:${e.name}`)).toEqual(expect.arrayContaining(["Organization:Parliament of Catalonia", "Organization:Generalitat de Catalunya", "Place:Catalonia"]));
    expect(x.entities.some((e) => e.label === "Person" && /Parlament/.test(e.name))).toBe(false);
    expect(x.relations.map((r) => `${r.type} ${r.from.id} ${r.to.id}`)).toEqual(expect.arrayContaining(["LOCATED_IN catalonia ESP", "LEADS carles-puigdemont generalitat-de-catalunya"]));
  });
});

describe("a name with a middle initial", () => {
  it("keeps a middle initial in a name the gazetteer lacks and looks a known one up without it, and reads no model designation as a name", () => {
    const x = extract({ source: "x", language: "en", published: "1986-04-15", text: "The Soviet Foreign Ministry summoned the American Ambassador, Arthur A. Hartman, and Foreign Minister Eduard A. Shevardnadze called off his trip. Air Force F-111 bombers took off from bases in Britain, and Navy A-6 jets were launched from carriers. Former U.S. President Jimmy Carter spoke." });
    const people = x.entities.filter((e) => e.label === "Person");
    expect(people.map((e) => e.name).sort()).toEqual(["Arthur A. Hartman", "Eduard A. Shevardnadze", "Jimmy Carter"]);
    // The gazetteer's Eduard Shevardnadze, found without the initial, not a new person.
    expect(people.find((e) => e.name === "Eduard A. Shevardnadze")?.id).toBe("eduard-shevardnadze");
    expect(x.entities.map((e) => e.name)).not.toContainEqual(expect.stringMatching(/F-111|A-6|^Navy A/));
  });

  it("knows leaders of one name: Suharto, Sukarno, Hirohito", () => {
    const x = extract({ source: "x", language: "pt", published: "1975-12-08", text: "Gerald Ford encontrou-se no sábado em Jacarta com o Presidente indonésio, Suharto." });
    expect(x.relations.map((r) => [r.type, r.from.id, r.to.id])).toContainEqual(["LEADS", "suharto", "IDN"]);
  });

  it("reads 'George W. Bush' as one name, not a sentence ending after 'W.'", () => {
    const x = extract({ source: "x", language: "en", published: "2006-09-20", text: "Venezuelan President Hugo Chavez called George W. Bush 'the devil' on Wednesday. John F. Kennedy spoke." });
    expect(x.entities.filter((e) => e.label === "Person").map((e) => e.name).sort()).toEqual(["George W. Bush", "Hugo Chávez", "John F. Kennedy"]);
  });
});

describe("members of a legislature", () => {
  it("reads a senator's title and party apart from the name, and a majority leader as serving the state", () => {
    const x = extract({ source: "x", language: "en", published: "1999-10-14", text: "Democratic Senator Robert Byrd voted present. Majority Leader Trent Lott said the votes were never here." });
    const people = x.entities.filter((e) => e.label === "Person").map((e) => e.name).sort();
    expect(people).toEqual(["Robert Byrd", "Trent Lott"]);
    expect(x.relations.filter((r) => r.from.id === "trent-lott").map((r) => `${r.type}>${r.to.id}`)).toEqual(["PART_OF>USA"]);
  });
});

describe("organization names that name a state or a people", () => {
  it("keeps the state's word, or a people's possessive, inside the name; not an owner's, a leader's or the state's own bodies", () => {
    const orgs = (text: string) => extract({ source: "x", language: "en", published: "2010-01-01", text }).entities.filter((e) => e.label === "Organization").map((e) => e.name);
    expect(orgs("The rebel Rwandan Patriotic Front sealed a peace accord.")).toEqual(["Rwandan Patriotic Front"]);
    expect(orgs("The Tigray People's Liberation Front agreed to talks.")).toEqual(["Tigray People's Liberation Front"]);
    expect(orgs("The Communist Party of Nepal and the Sudan Liberation Army agreed to talks.").sort()).toEqual(["Communist Party of Nepal", "Sudan Liberation Army"]);
    expect(orgs("Khalifa Haftar's Libyan National Army launched an offensive.")).toEqual(["Libyan National Army"]);
    expect(orgs("Fighters of the Kurdish-led Syrian Democratic Forces entered the town.")).toEqual(["Syrian Democratic Forces"]);
    expect(orgs("China Coast Guard ships blocked the boat.")).toEqual(["China coast guard"]);
  });
});

describe("bodies news names without their state", () => {
  it("knows Greenpeace, France's DGSE and Brazil's Supreme Federal Court, and reads an unknown directorate as an organization", () => {
    const x = extract({ source: "x", language: "pt", published: "1985-09-22", text: "A Direção-Geral da Segurança Exterior afundou o navio da Greenpeace. O Supremo Tribunal Federal autorizou a extradição. A Direção-Geral de Segurança Interna investigou o caso." });
    expect(x.entities.filter((e) => e.label === "Organization").map((e) => e.id).sort()).toEqual(["dgse", "direcao-geral-de-seguranca-interna", "greenpeace", "stf"]);
    expect(x.relations.filter((r) => r.type === "PART_OF").map((r) => `${r.from.id}>${r.to.id}`).sort()).toEqual(["dgse>FRA", "stf>BRA"]);
  });
});

describe("organizations by their head word and their names in Spanish and Portuguese", () => {
  it("reads papers, fleets, schools and airlines as organizations, not people, and a state's fleet as its own", () => {
    const labelled = (language: string, text: string) => extract({ source: "x", language, published: "2001-02-10", text }).entities.filter((e) => !["Document", "Sentence", "Event"].includes(e.label)).map((e) => `${e.label}:${e.name}`).sort();
    expect(labelled("en", "Admiral Thomas Fargo, the commander of the Pacific Fleet, met students of Uwajima Fisheries High School.")).toEqual(["Organization:Pacific Fleet", "Organization:Uwajima Fisheries High School", "Person:Thomas Fargo"]);
    expect(labelled("pt", "O diário The Herald acusou a África do Sul.")).toEqual(["Organization:The Herald", "State:South Africa"]);
    // A fleet named by its state and its sea is the state's: the strike is on Russia.
    const x = extract({ source: "x", language: "en", published: "2022-04-14", text: "Ukraine said it had hit the Russian Black Sea Fleet's flagship with two missiles." });
    expect(ev(x, "ASSAULT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["UKR"], ["RUS"]]]);
  });

  it("knows the OAU, the PFLP, Frelimo, Renamo and the Andean Pact by their Spanish and Portuguese names", () => {
    const orgs = (language: string, text: string) => extract({ source: "x", language, published: "1980-04-10", text }).entities.filter((e) => e.label === "Organization").map((e) => e.id).sort();
    expect(orgs("es", "Amin protestará ante la Organización para la Unidad Africana; el Frente Popular para la Liberación de Palestina lo negó.")).toEqual(["organization-of-african-unity", "popular-front-for-the-liberation-of-palestine"]);
    expect(orgs("pt", "A Frelimo acusou a Resistência Nacional Moçambicana.")).toEqual(["frelimo", "renamo"]);
    expect(orgs("es", "Los ministros del Pacto Andino se reunieron en Lima.")).toEqual(["andean-community"]);
  });
});

describe("regions and datelines", () => {
  it("reads 'South American' as no state's adjective, and no name opened by the article after a dateline", () => {
    const x = extract({ source: "x", language: "en", published: "2008-09-16", text: "SANTIAGO - The UNASUR bloc of South American nations will send a commission. Latin American leaders met in Lima. SANTIAGO - The Blorg bloc met on Monday." });
    expect(x.entities.filter((e) => e.label === "State").map((e) => e.id)).toEqual(["PER"]);
    expect(x.entities.filter((e) => e.label !== "State" && e.label !== "Place").map((e) => e.id)).toEqual(["unasur"]);
  });
});
