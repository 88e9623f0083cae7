import { describe, expect, it } from "vitest";
import { extract } from "../../../src/extract/index.js";
import { events as ev, ids } from "../../support/extraction.js";

/** Who does an event to whom: subjects and objects past asides, dates and clauses, passives, coordination, possessives, actors before the noun. */
describe("event sides: sources and targets", () => {
  it("seeks the doer of a noun in a clause of its own, whose subject is no actor, inside that clause", () => {
    const x = extract({ source: "x", language: "pt", published: "2016-10-24", text: "Sidiki Kaba afirmou lamentar a decisão. Kaba manifestou o receio de que a saída abra caminho a outras retiradas de Estados africanos." });
    expect(ev(x, "DISAPPROVE").map((e) => ids(e.sources))).toEqual([["sidiki-kaba"]]);
    expect(ev(x, "RETREAT").filter((e) => e.sources.length)).toEqual([]);
    // The noun may be what a reported clause is about; done by its verb, it is the speaker's act still.
    const y = extract({ source: "y", language: "en", published: "2009-12-24", text: "China's envoy said sanctions were not an effective way to settle the dispute." });
    expect(ev(y, "SANCTION")).toEqual([]);
    const z = extract({ source: "z", language: "en", published: "2017-11-29", text: "Donald Trump wrote on Twitter that additional major sanctions will be imposed on North Korea today." });
    expect(ev(z, "SANCTION").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["Q22686"], ["PRK"]]]);
  });

  it("makes whom an attack is claimed by or blamed on its doer, and where it struck its target, where the sentence names neither", () => {
    const sides = (language: string, text: string) => ev(extract({ source: "x", language, published: "2016-03-14", text }), "ASSAULT").map((e) => [ids(e.sources), ids(e.targets)]);
    expect(sides("en", "Gunmen opened fire on a beach at Grand-Bassam, a resort near Ivory Coast's main city, on Sunday, killing at least 16 people in an attack claimed by al Qaeda in the Islamic Maghreb.")).toEqual([[["aqim"], ["CIV"]]]);
    expect(sides("en", "Gunmen killed 16 people in Ivory Coast on Sunday in an attack claimed by Al Qaeda.")).toEqual([[["al-qaeda"], ["CIV"]]]);
    expect(sides("pt", "Homens armados mataram 16 pessoas na Costa do Marfim num ataque reivindicado pela Al-Qaeda.")).toEqual([[["al-qaeda"], ["CIV"]]]);
    // Troops fighting with mortars fight each other; they are no allies.
    const x = extract({ source: "y", language: "en", published: "1995-01-27", text: "Ecuadorean and Peruvian troops fought with mortars and helicopter gunships along their disputed jungle border on Thursday." });
    expect(x.events.map((e) => e.type)).toEqual(["ASSAULT"]);
  });

  it("aims a trade measure on goods at the state they come from ('a 50% tariff on imports from Brazil', 'aranceles a las importaciones de México')", () => {
    const x = extract({ source: "x", language: "en", published: "2025-07-10", text: "Donald Trump imposed a 50% tariff on imports from Brazil on Wednesday." });
    expect(ev(x, "SANCTION").map((e) => ids(e.targets))).toEqual([["BRA"]]);
    const y = extract({ source: "y", language: "es", published: "2025-03-04", text: "Donald Trump impuso aranceles del 25% a las importaciones de México." });
    expect(ev(y, "SANCTION").map((e) => ids(e.targets))).toEqual([["MEX"]]);
  });

  it("aims praise of a speech or a strategy, past the words that qualify it, at whoever made it", () => {
    const x = extract({ source: "x", language: "en", published: "2009-12-02", text: "President Barack Obama announced the buildup of 30,000 troops in Afghanistan on Tuesday. French President Nicolas Sarkozy hailed a \"courageous, determined and lucid\" speech." });
    expect(ev(x, "SUPPORT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["nicolas-sarkozy"], ["barack-obama"]]]);
  });

  it("reads 'all allies' as the members of the body last named, not of a seat named as where someone spoke", () => {
    const x = extract({ source: "x", language: "en", published: "2009-12-02", text: "NATO Secretary-General Anders Fogh Rasmussen spoke in Brussels. He called on all allies to boost their troop numbers." });
    expect(ev(x, "DEMAND").map((e) => ids(e.targets))).toEqual([["nato"]]);
  });

  it("has ministers of a body act for it, as its government does ('los ministros de Asuntos Exteriores de la UE aprobaron un embargo')", () => {
    const x = extract({ source: "x", language: "es", published: "2012-01-23", text: "Los ministros de Asuntos Exteriores de la Unión Europea aprobaron este lunes un embargo a las importaciones de petróleo iraní." });
    expect(ev(x, "SANCTION").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["eu"], ["IRN"]]]);
    const y = extract({ source: "y", language: "pt", published: "2012-01-23", text: "Os ministros dos Negócios Estrangeiros da UE aprovaram um embargo ao petróleo iraniano." });
    expect(ev(y, "SANCTION").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["eu"], ["IRN"]]]);
  });

  it("gives a verb after 'and' the subject of the verb before, and keeps what one body agrees or one force does alone", () => {
    const x = extract({ source: "x", language: "en", published: "2025-06-25", text: "Zelensky met Trump in The Hague and praised Mark Rutte. NATO leaders agreed on Wednesday to raise defence spending." });
    expect(ev(x, "SUPPORT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["Q3874799"], ["mark-rutte"]]]);
    expect(ev(x, "AGREE").map((e) => [ids(e.sources), e.date])).toEqual([[["nato"], "2025-06-25"]]);
    const y = extract({ source: "y", language: "pt", published: "2024-12-01", text: "A polícia georgiana deteve mais de 100 pessoas. A Comissão Europeia condenou a violência." });
    expect(ev(y, "COERCE").map((e) => ids(e.sources))).toEqual([["armed-forces-geo"]]);
    expect(ev(y, "DISAPPROVE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["european-commission"], ["GEO"]]]);
    const z = extract({ source: "z", language: "es", published: "2025-04-14", text: "Las Fuerzas Populares de Liberación atacaron Kadugli." });
    expect(z.entities.find((e) => e.id === "fuerzas-populares-de-liberacion")?.label).toBe("Organization");
  });

  it("ends a verb's objects where a conjunction opens a clause with its own subject and verb, and reads opposition as rejection", () => {
    const x = extract({ source: "x", language: "pt", published: "2024-12-06", text: "A França opõe-se ao tratado e o Presidente Emmanuel Macron afirmou que o texto é inaceitável. O Mercosul e a União Europeia assinaram o acordo." });
    expect(ev(x, "REJECT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["FRA"], []]]);
    expect(ev(x, "AGREE").map((e) => ids(e.sources))).toEqual([["eu", "mercosur"]]);
  });

  it("does not take an earlier verb's object into the next verb's coordinated subject", () => {
    const x = extract({ source: "x", language: "en", published: "2025-05-24", text: "Russia released 307 Ukrainian soldiers and Ukraine freed the same number of Russian troops." });
    expect(ev(x, "CONCEDE").map((e) => ids(e.sources))).toEqual([["RUS"], ["UKR"]]);
  });

  it("reads a person in apposition to an office of a body as its holder, not as a second body in a list", () => {
    const x = extract({ source: "x", language: "es", published: "2017-01-20", text: "El secretario general de la ONU, António Guterres, llamó el jueves por teléfono al presidente Adama Barrow." });
    expect(ev(x, "CONSULT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["Q311440"], ["adama-barrow"]]]);
  });

  it("reads a call to someone the parse hangs after a date as an oblique as a phone call, not as no event", () => {
    const x = extract({ source: "x", language: "es", published: "2017-01-20", text: "Adama Barrow juró el cargo en Dakar. El secretario general de la ONU, António Guterres, llamó el jueves por teléfono a Barrow." });
    expect(ev(x, "CONSULT").map((e) => [e.mode, ids(e.sources), ids(e.targets)])).toEqual([["phone", ["Q311440"], ["adama-barrow"]]]);
  });

  it("gives two verbs joined with nothing between them the object after the second", () => {
    const x = extract({ source: "x", language: "en", published: "2003-01-29", text: "PHNOM PENH - Hundreds of Cambodian rioters stormed and burned the Thai embassy on Wednesday night." });
    expect(ev(x, "PROTEST").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["KHM"], ["THA"]]]);
  });

  it("finds the subject of a name whose possessor the parse hung from the verb ('Burkina Faso's President Blaise Compaore resigned')", () => {
    const x = extract({ source: "x", language: "en", published: "2014-10-31", text: "Burkina Faso's President Blaise Compaore resigned on Friday." });
    expect(x.events.map((e) => [e.type, e.mode, ids(e.sources)])).toEqual([["RETREAT", "resign", ["blaise-compaore"]]]);
  });

  it("reads a passive verb's agent as its source", () => {
    const x = extract({ source: "x", language: "en", published: "2025-05-24", text: "Russia and Ukraine exchanged prisoners. The exchange was mediated by the United Arab Emirates." });
    expect(ev(x, "CONSULT").map((e) => [e.mode, ids(e.sources)])).toEqual([["mediate", ["ARE"]]]);
  });

  it("reads English actors before the noun: 'Washington's arms sale', 'the Russian Defence Ministry'", () => {
    const x = extract({ source: "x", language: "en", published: "2024-12-27", text: "China imposed sanctions on Lockheed Martin over Washington's latest arms sale to Taiwan. The village was hit by heavy Russian shelling, the Russian Defence Ministry said." });
    expect(ev(x, "AID").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["USA"], ["TWN"]]]);
    expect(x.relations.some((r) => r.type === "PART_OF" && r.from.id === "defence-ministry-rus" && r.to.id === "RUS")).toBe(true);
    expect(x.entities.find((e) => e.id === "lockheed-martin")?.label).toBe("Organization");
  });

  it("stops a verb's objects at a clause opener ('while') and reads 'held drills' as the drills' event", () => {
    const x = extract({ source: "x", language: "en", published: "2024-12-27", text: "Taiwan's President Lai Ching-te thanked Washington for its support, while Chinese warships held drills near the island." });
    expect(ev(x, "SUPPORT").flatMap((e) => ids(e.targets))).toEqual(["USA"]);
    expect(ev(x, "MOBILIZE").map((e) => ids(e.sources))).toEqual([["pla"]]);
  });

  it("finds the object past a date, and the other side of talks named with 'with'", () => {
    const x = extract({ source: "x", language: "pt", published: "2025-07-03", text: "O presidente Luiz Inácio Lula da Silva recebeu nesta quinta-feira o presidente de Angola, João Lourenço, no Palácio do Planalto." });
    expect(ev(x, "CONSULT").map((e) => [ids(e.sources), ids(e.targets), e.date])).toEqual([[["Q37181"], ["joao-lourenco"], "2025-07-03"]]);
    const y = extract({ source: "y", language: "en", published: "2024-04-23", text: "ANKARA, April 23 (Reuters) - Turkish President Tayyip Erdogan arrived in Baghdad on Monday for talks with Iraqi Prime Minister Mohammed Shia al-Sudani." });
    const visit = ev(y, "CONSULT");
    expect(visit.map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["Q39259"], ["mohammed-shia-al-sudani"]]]);
    // The dateline's date is when the story was filed; "on Monday" is when he arrived.
    expect(visit[0]!.date).toBe("2024-04-22");
  });

  it("ends the object at ', y' before a new subject, and takes a list named before its verb whole", () => {
    const x = extract({ source: "x", language: "es", published: "2024-04-06", text: "La policía ecuatoriana irrumpió en la embajada mexicana en Quito. La Organización de los Estados Americanos condenó la incursión, y Brasil, Colombia y Argentina expresaron su solidaridad con México." });
    expect(ev(x, "DISAPPROVE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["oas"], ["ECU"]]]);
    expect(ev(x, "SUPPORT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["ARG", "BRA", "COL"], ["MEX"]]]);
    expect(ev(x, "ASSAULT")).toEqual([]);
  });

  it("gives an announced act to whoever announced it, and reads a raid as coercion", () => {
    const x = extract({ source: "x", language: "es", published: "2024-04-06", text: "El Gobierno de México anunció el viernes la ruptura de relaciones diplomáticas con Ecuador después de que la policía ecuatoriana irrumpiera en la embajada mexicana." });
    expect(ev(x, "SANCTION").map((e) => [ids(e.sources), ids(e.targets), e.date])).toEqual([[["MEX"], ["ECU"], "2024-04-05"]]);
    // "irrumpiera" is a past subjunctive, not a future ("irrumpirá"): the raid happened.
    expect(ev(x, "COERCE").map((e) => e.status)).toEqual(["occurred"]);
  });

  it("sends Embrapa's technicians to Luanda, not to Embrapa", () => {
    const x = extract({ source: "x", language: "pt", published: "2025-07-03", text: "Segundo o Itamaraty, o Brasil vai enviar técnicos da Embrapa para Luanda no próximo ano." });
    expect(ev(x, "AID").map((e) => [ids(e.sources), ids(e.targets), e.status])).toEqual([[["BRA"], ["AGO"], "planned"]]);
  });

  it("reads 'el apoyo del Gobierno español' as Spain's support, not the sentence subject's", () => {
    const x = extract({ source: "x", language: "es", published: "2025-03-20", text: "Argelia protestó por el apoyo del Gobierno español a Marruecos." });
    expect(ev(x, "SUPPORT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["ESP"], ["MAR"]]]);
  });

  it("gives a meeting in a 'where' clause to the main clause's subject, not to the place or a demonym", () => {
    const x = extract({ source: "x", language: "pt", published: "2025-02-11", text: "Daniel Chapo agradeceu o apoio ruandês e visitou Kigali, onde se reuniu com Paul Kagame." });
    const meetings = ev(x, "CONSULT").filter((e) => e.mode === "meeting");
    expect(meetings.map((e) => ids(e.sources))).toEqual([["daniel-chapo"]]);
  });

  it("keeps a threat or a tariff whose target is not named, and aims a tariff on goods 'importados de China' at China", () => {
    const x = extract({ source: "x", language: "en", published: "2025-07-07", text: "Donald Trump threatened to impose an additional tariff on any country that aligns itself with the group." });
    expect(ev(x, "THREATEN").map((e) => ids(e.sources))).toEqual([["Q22686"]]);
    const y = extract({ source: "y", language: "es", published: "2025-09-11", text: "El Gobierno de México anunció el miércoles aranceles de hasta el 50% a los automóviles importados de China." });
    expect(ev(y, "SANCTION").map((e) => [ids(e.sources), ids(e.targets), e.date])).toEqual([[["MEX"], ["CHN"], "2025-09-10"]]);
    // A denied threat alone is no threat: "o Brasil não aceitará ameaças".
    const z = extract({ source: "z", language: "pt", published: "2025-07-07", text: "Lula disse que o Brasil não aceitará ameaças." });
    expect(ev(z, "THREATEN")).toEqual([]);
  });

  it("finds the other side of a meeting past a place and a title in apposition, or named as 'the leaders of'", () => {
    const x = extract({ source: "x", language: "pt", published: "2025-03-18", text: "O Presidente angolano, João Lourenço, recebeu esta terça-feira em Luanda o homólogo congolês, Félix Tshisekedi." });
    expect(ev(x, "CONSULT").map((e) => [ids(e.sources), ids(e.targets), e.date])).toEqual([[["joao-lourenco"], ["felix-tshisekedi"], "2025-03-18"]]);
    const y = extract({ source: "y", language: "en", published: "2025-07-07", text: "Brazilian President Luiz Inácio Lula da Silva hosted the leaders of the BRICS group in Rio de Janeiro on Sunday for a two-day summit." });
    expect(ev(y, "CONSULT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["Q37181"], ["brics"]]]);
  });

  it("makes the invited the one who visits, later: 'invitó a Sánchez a visitar Rabat en abril'", () => {
    const x = extract({ source: "x", language: "es", published: "2025-03-20", text: "El rey Mohamed VI invitó a Pedro Sánchez a visitar Rabat en abril." });
    expect(ev(x, "CONSULT").map((e) => [ids(e.sources), ids(e.targets), e.status, e.date])).toEqual([[["pedro-sanchez"], ["MAR"], "planned", "2025-04"]]);
  });

  it("ends a noun's complements at the next event noun, and reads 'vai falar com' as a planned meeting", () => {
    const x = extract({ source: "x", language: "pt", published: "2025-07-04", text: "A Rússia lançou um ataque contra Kiev. O ataque ocorreu horas depois de uma conversa telefónica entre Vladimir Putin e Donald Trump. Zelensky disse que vai falar com Trump nos próximos dias." });
    expect(ev(x, "ASSAULT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["RUS"], ["UKR"]]]);
    expect(ev(x, "CONSULT").map((e) => [e.mode, ids(e.sources), ids(e.targets), e.status])).toEqual([["phone", ["Q22686", "Q7747"], [], "occurred"], ["meeting", ["Q3874799"], ["Q22686"], "planned"]]);
  });

  it("finds both sides of 'una reunión entre' two titled people, and a surname the article gave an unknown person", () => {
    const x = extract({ source: "x", language: "es", published: "2025-11-01", text: "El anuncio se produjo tras una reunión en La Paz entre el presidente electo boliviano, Rodrigo Paz, y el subsecretario de Estado estadounidense, Christopher Landau. Paz viajará a Washington en las próximas semanas." });
    expect(ev(x, "CONSULT").map((e) => [e.mode, ids(e.sources), ids(e.targets), e.status])).toEqual([["meeting", ["christopher-landau", "rodrigo-paz"], [], "occurred"], ["visit", ["rodrigo-paz"], ["USA"], "planned"]]);
    expect(x.relations.filter((r) => r.from.label === "Person").map((r) => [r.type, r.from.id, r.to.id, r.role])).toEqual([["LEADS", "rodrigo-paz", "BOL", "President"], ["PART_OF", "christopher-landau", "USA", "Deputy Secretary of State"]]);
  });

  it("takes the subject past an aside about it, an infinitive's subject after an uncontracted 'de o', and the object a pronoun joined to the verb stands for", () => {
    const x = extract({ source: "x", language: "es", published: "2025-01-15", text: "El senador Marco Rubio, propuesto por Donald Trump como secretario de Estado, criticó la decisión de Biden." });
    expect(ev(x, "DISAPPROVE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["marco-rubio"], ["Q6279"]]]);
    // The pronoun joined to "expulsá-la" is the mission the sentence is about, not the country it leaves.
    const y = extract({ source: "y", language: "pt", published: "2025-03-03", text: "A missão da CEDEAO deixou Bissau, depois de o Presidente guineense, Umaro Sissoco Embaló, ter ameaçado expulsá-la do país. A CEDEAO lamentou a decisão." });
    expect(ev(y, "THREATEN").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["umaro-sissoco-embalo"], ["ecowas"]]]);
    expect(ev(y, "DISAPPROVE").map((e) => ids(e.sources))).toEqual([["ecowas"]]);
  });

  it("ends a verb's objects at an event noun set off by a pause, and knows the Holy See and a named dam", () => {
    const x = extract({ source: "x", language: "es", published: "2025-01-15", text: "El Gobierno de Cuba anunció que excarcelará a 553 presos, tras un diálogo con el Vaticano." });
    expect(ev(x, "CONCEDE").map((e) => [ids(e.sources), ids(e.targets), e.status])).toEqual([[["CUB"], [], "planned"]]);
    expect(ev(x, "CONSULT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["CUB"], ["VAT"]]]);
    const y = extract({ source: "y", language: "en", published: "2023-12-20", text: "Egypt and Ethiopia discussed the Grand Ethiopian Renaissance Dam." });
    expect(y.entities.filter((e) => e.label !== "State").map((e) => [e.label, e.id])).toEqual([["Place", "grand-ethiopian-renaissance-dam"]]);
  });

  it("makes a state act through its weapons: 'drones russos' entering 'o seu espaço aéreo', 'Caças polacos e aviões da NATO'", () => {
    const x = extract({ source: "x", language: "pt", published: "2025-09-12", text: "A Polónia protestou, dois dias depois de drones russos terem entrado no seu espaço aéreo." });
    expect(ev(x, "ASSAULT").map((e) => [e.mode, ids(e.sources), ids(e.targets)])).toEqual([["invasion", ["RUS"], ["POL"]]]);
    const y = extract({ source: "y", language: "pt", published: "2025-09-12", text: "Caças polacos e aviões da NATO abateram pelo menos quatro drones na madrugada de quarta-feira." });
    expect(ev(y, "ASSAULT").map((e) => [ids(e.sources), e.date])).toEqual([[["POL", "nato"], "2025-09-10"]]);
    const z = extract({ source: "z", language: "en", published: "2025-09-12", text: "Polish jets and NATO aircraft shot down at least four drones." });
    expect(ev(z, "ASSAULT").map((e) => ids(e.sources))).toEqual([["POL", "nato"]]);
  });

  it("keeps a coup named in a relative clause apart from the demand before it, and gives an unresolved infinitive subject no stand-in", () => {
    const x = extract({ source: "x", language: "pt", published: "2023-12-22", text: "Os soldados partiram, concluindo a retirada exigida pela junta militar que tomou o poder em Niamey em julho." });
    expect(ev(x, "COERCE").map((e) => [e.mode, ids(e.targets), e.date])).toEqual([["coup", ["NER"], "2023-07"]]);
    const y = extract({ source: "y", language: "pt", published: "2023-12-22", text: "O Presidente francês, Emmanuel Macron, anunciou em setembro o regresso das tropas, depois de a junta ter expulsado o diplomata." });
    // The expulsion's subject is no actor the text resolves: no event, and nobody stands in for it.
    // "anunciou o regresso das tropas" is the announcer's own withdrawal, found by the event dictionary.
    expect(y.events.map((e) => [e.type, ids(e.sources), e.date])).toEqual([["RETREAT", ["Q3052772"], "2023-09"]]);
  });

  it("reads a passive reception by a counterpart, and keeps a counted pledge whose recipient is not named", () => {
    const x = extract({ source: "x", language: "pt", published: "2024-12-04", text: "O Presidente norte-americano, Joe Biden, foi recebido na segunda-feira em Luanda pelo homólogo angolano, João Lourenço. Biden anunciou um financiamento adicional de 560 milhões de dólares para o corredor ferroviário do Lobito." });
    expect(x.events.map((e) => [e.type, ids(e.sources), ids(e.targets), e.date ?? null, e.quantity ?? null])).toEqual([
      ["CONSULT", ["joao-lourenco"], ["Q6279"], "2024-12-02", null],
      ["AID", ["Q6279"], [], null, 560000000],
    ]);
  });

  it("gives aid taken up to whoever took it up, from every donor listed, whatever the parse made of the list", () => {
    const x = extract({ source: "x", language: "es", published: "2023-09-10", text: "Marruecos ha aceptado este domingo la ayuda de España, el Reino Unido, Catar y los Emiratos Árabes Unidos." });
    expect(ev(x, "AID").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["ARE", "ESP", "GBR", "QAT"], ["MAR"]]]);
    expect(ev(x, "COOPERATE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["MAR"], ["ARE", "ESP", "GBR", "QAT"]]]);
    const y = extract({ source: "y", language: "en", published: "2023-09-10", text: "Morocco accepted aid from Spain, Britain and Qatar on Sunday." });
    expect(ev(y, "AID").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["ESP", "GBR", "QAT"], ["MAR"]]]);
    const z = extract({ source: "z", language: "pt", published: "2023-09-10", text: "Marrocos aceitou a ajuda de Espanha e do Reino Unido." });
    expect(ev(z, "AID").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["ESP", "GBR"], ["MAR"]]]);
    // Thanks for support say who got it; two supporters with no one supported would read as support between them.
    const w = extract({ source: "w", language: "pt", published: "2025-10-26", text: "O primeiro-ministro timorense, Xanana Gusmão, agradeceu o apoio da Indonésia e da Malásia." });
    expect(ev(w, "SUPPORT").map((e) => [ids(e.sources), ids(e.targets)])).toContainEqual([["IDN", "MYS"], ["xanana-gusmao"]]);
  });

  it("reads a noun the Spanish perfect announces as the announcer's act: 'ha anunciado el envío de un equipo'", () => {
    const x = extract({ source: "x", language: "es", published: "2023-09-10", text: "Catar ha anunciado el envío de un equipo de rescate a Marruecos." });
    expect(ev(x, "AID").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["QAT"], ["MAR"]]]);
  });

  it("makes a demand to free someone of whoever holds them, and reads 'os Vinte e Sete' as the EU", () => {
    const x = extract({ source: "x", language: "en", published: "2021-05-24", text: "Belarus forced a Ryanair plane to land in Minsk and arrested Roman Protasevich. Belarus has denied it. Belarus says it acted lawfully. The United States called for the immediate release of Roman Protasevich." });
    expect(ev(x, "DEMAND").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["USA"], ["BLR"]]]);
    const y = extract({ source: "y", language: "pt", published: "2021-05-24", text: "Os Vinte e Sete instaram a NATO a investigar o incidente." });
    expect(ev(y, "DEMAND").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["eu"], ["nato"]]]);
  });

  it("leaves out an act done to several whose doer is found nowhere, which would read as one between them", () => {
    const x = extract({ source: "x", language: "en", published: "2023-03-10", text: "The statement thanked Iraq and Oman for hosting rounds of dialogue." });
    expect(ev(x, "SUPPORT")).toEqual([]);
    const y = extract({ source: "y", language: "en", published: "2023-03-10", text: "Iran and Saudi Arabia thanked Iraq and Oman for hosting rounds of dialogue." });
    expect(ev(y, "SUPPORT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["IRN", "SAU"], ["IRQ", "OMN"]]]);
  });
});

describe("event sides: clauses the parse misreads", () => {
  it("gives a verb right after 'a day after X' the subject X, and a body named as an organization's its parent", () => {
    const x = extract({ source: "x", language: "en", published: "2022-06-09", text: "Iran has begun removing 27 surveillance cameras, the agency's chief said on Thursday, a day after the IAEA's Board of Governors censured Tehran for failing to explain traces of uranium." });
    expect(ev(x, "DISAPPROVE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["board-of-governors"], ["IRN"]]]);
    expect(x.entities.find((e) => e.id === "board-of-governors")?.label).toBe("Organization");
    expect(x.relations.some((r) => r.type === "PART_OF" && r.from.id === "board-of-governors" && r.to.id === "iaea")).toBe(true);
  });
});

describe("event sides: a verb with no subject in Portuguese and Spanish", () => {
  it("tells of whom the sentence before was about, where person and number agree", () => {
    const x = extract({ source: "x", language: "es", published: "2020-01-08", text: "Putin llegó a Estambul desde Damasco. El martes se había reunido allí con el presidente sirio, Bashar al Asad." });
    expect(ev(x, "CONSULT").map((e) => [ids(e.sources), ids(e.targets)])).toContainEqual([["Q7747"], ["bashar-al-assad"]]);
    // A plural verb is not one person's act.
    const y = extract({ source: "y", language: "es", published: "2020-01-08", text: "Putin llegó a Estambul desde Damasco. El martes se habían reunido allí con el presidente sirio, Bashar al Asad." });
    expect(ev(y, "CONSULT").some((e) => ids(e.sources).includes("Q7747") && ids(e.targets).includes("bashar-al-assad"))).toBe(false);
  });
});

describe("event sides: a preposition the parse hangs from a name's first word", () => {
  it("reads 'with South Korean President Moon Jae-in' as whom the call was with, and a vice foreign minister as the person", () => {
    const x = extract({ source: "x", language: "en", published: "2019-03-01", text: "Trump spoke by telephone from Air Force One on Thursday with South Korean President Moon Jae-in and Japanese Prime Minister Shinzo Abe, Sanders said." });
    expect(ev(x, "CONSULT").map((e) => [ids(e.sources), ids(e.targets)[0]])).toEqual([[["Q22686"], "moon-jae-in"]]);
    const y = extract({ source: "y", language: "en", published: "2019-03-01", text: "In Beijing, Chinese Foreign Minister Wang Yi met North Korean Vice Foreign Minister Ri Kil Song on Thursday." });
    expect(ev(y, "CONSULT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["wang-yi"], ["ri-kil-song"]]]);
  });
});

describe("event sides: adverbial clauses", () => {
  it("tells 'after speaking with X' of the main clause's subject, but not 'from monitoring' or 'for obstructing', whose doer is another", () => {
    const x = extract({ source: "x", language: "en", published: "2023-01-25", text: "After speaking with Olaf Scholz by phone, Volodymyr Zelensky welcomed the decision." });
    expect(ev(x, "CONSULT").map((e) => [e.mode, ids(e.sources), ids(e.targets)])).toEqual([["phone", ["Q3874799"], ["Q61053"]]]);
    const y = extract({ source: "y", language: "en", published: "1998-12-17", text: "U.S. and British warplanes pounded targets across Iraq in a campaign to punish Saddam Hussein for obstructing U.N. weapons inspectors." });
    expect(ev(y, "REJECT")).toEqual([]);
    const z = extract({ source: "z", language: "en", published: "2024-06-01", text: "Donald Trump said he would talk to Britain about the tanker." });
    expect(ev(z, "CONSULT").map((e) => [ids(e.sources), ids(e.targets), e.status])).toEqual([[["Q22686"], ["GBR"], "planned"]]);
  });
});

describe("event sides: what a reaction is voiced over", () => {
  it("aims concern over an act at its doer, and criticism of a decision at whose it is", () => {
    const x = extract({ source: "x", language: "es", published: "2024-01-10", text: "António Guterres expresó su preocupación por los ataques de Israel en Gaza." });
    expect(ev(x, "DISAPPROVE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["Q311440"], ["ISR"]]]);
    const y = extract({ source: "y", language: "pt", published: "2017-06-02", text: "O Itamaraty manifestou preocupação com a decisão dos Estados Unidos." });
    expect(ev(y, "DISAPPROVE").map((e) => ids(e.targets))).toEqual([["USA"]]);
    const z = extract({ source: "z", language: "en", published: "2024-01-10", text: "Russia voiced concern about the deployment of U.S. missiles in Poland." });
    expect(ev(z, "DISAPPROVE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["RUS"], ["USA"]]]);
  });

  it("reads a noun's possessor as its doer where the words took it for a verb with the speaker as subject", () => {
    const x = extract({ source: "x", language: "en", published: "2024-01-10", text: "António Guterres said he was deeply concerned about Israel's strikes in Gaza." });
    expect(ev(x, "ASSAULT").map((e) => ids(e.sources))).toEqual([["ISR"]]);
    expect(ev(x, "DISAPPROVE").map((e) => ids(e.targets))).toEqual([["ISR"]]);
  });
});

describe("event sides: joined subjects", () => {
  it("takes every subject the parse joins where the words found the first, past 'the guerrillas of'", () => {
    const x = extract({ source: "x", language: "en", published: "1992-01-01", text: "El Salvador's government and the leftist guerrillas of the Farabundo Marti National Liberation Front (FMLN) reached a peace accord at U.N. headquarters in New York." });
    expect(ev(x, "AGREE").map((e) => ids(e.sources).sort())).toEqual([["SLV", "frente-farabundo-marti-de-liberacion-nacional-frente-democratico-revolucionario"]]);
  });
});

describe("event sides: forces on the move", () => {
  const one = (text: string, published = "2020-01-01") => extract({ source: "x", language: "en", published, text });
  const sides = (x: ReturnType<typeof one>, type: string) => ev(x, type).map((e) => [ids(e.sources), ids(e.targets)]);

  it("reads warships, bombers and carriers that sail, fly or operate somewhere as a build-up aimed at whom the sentence says", () => {
    expect(sides(one("Two U.S. Navy cruisers sailed through the Taiwan Strait on Sunday, in a show of force aimed at China."), "MOBILIZE")).toEqual([[["us-armed-forces"], ["CHN"]]]);
    expect(sides(one("Two Chinese aircraft carriers are operating in the Pacific at the same time for the first time, Japan's defence ministry said on Monday."), "MOBILIZE")).toEqual([[["CHN"], ["JPN"]]]);
  });

  it("reads forces sent or landed into a state as a show of force where the sentence calls it one, aimed past where they land", () => {
    const x = one("Two Russian strategic bombers landed in Venezuela on Wednesday to take part in training flights, the first such deployment in the Western Hemisphere since the Cold War and a show of force aimed at the United States.");
    expect(sides(x, "MOBILIZE")).toEqual([[["RUS"], ["USA"]]]);
    expect(ev(x, "CONSULT")).toEqual([]);
    expect(sides(one("Britain will send a Royal Navy patrol ship to Guyana in a message to Venezuela, which claims two-thirds of the former British colony's territory, the defence ministry said on Sunday."), "MOBILIZE")).toEqual([[["GBR"], ["VEN"]]]);
  });

  it("keeps troops that fly into another state, with no show of force, as forces sent to it, and troops that fly out as a withdrawal", () => {
    expect(sides(one("HONIARA - Australian-led troops and police landed in the Solomon Islands on Thursday at the invitation of its government."), "AID")).toEqual([[["AUS"], ["SLB"]]]);
    expect(ev(one("The last British troops flew out of Kabul on Saturday, ending two decades of military involvement in Afghanistan."), "RETREAT").map((e) => ids(e.targets))).toEqual([["AFG"]]);
    // The parse took the verb for a participle modifying "troops"; the sentence's verb all the same.
    // Troops that cross into another state uninvited invade it; asked in, or on a mission, they are sent to help.
    expect(sides(one("Ethiopian troops crossed into Somalia on Thursday."), "ASSAULT")).toEqual([[["armed-forces-eth"], ["SOM"]]]);
    expect(sides(one("French troops crossed the border into Rwanda on Thursday on a U.N.-approved mission to protect civilians."), "AID")).toEqual([[["armed-forces-fra"], ["RWA"]]]);
    expect(sides(one("Rwandan troops crossed into eastern Congo on Tuesday to join Congolese soldiers in a hunt for the Hutu rebels."), "COOPERATE")).toContainEqual([["armed-forces-rwa"], ["COD"]]);
  });

  it("reads forces that pour, roll or sweep into a place as invading its state, and a city taken by its noun and name ('the capital Kigali')", () => {
    expect(sides(one("Iraqi troops poured into Kuwait before dawn on Thursday."), "ASSAULT")).toEqual([[["armed-forces-irq"], ["KWT"]]]);
    expect(sides(one("Northern Alliance fighters swept into Kabul on Tuesday."), "ASSAULT")).toEqual([[["northern-alliance"], ["AFG"]]]);
    expect(sides(one("Rwandan Patriotic Front rebels captured the capital Kigali on Monday."), "ASSAULT")).toEqual([[["rwandan-patriotic-front"], ["RWA"]]]);
    expect(sides(one("Seleka rebels overran the capital of the Central African Republic on Sunday."), "ASSAULT")).toEqual([[["seleka"], ["CAF"]]]);
    // A territory is inside the state that holds it, under either of its names.
    expect(sides(one("Argentine troops seized the Falkland Islands on Friday."), "ASSAULT")).toEqual([[["armed-forces-arg"], ["GBR"]]]);
    expect(sides(one("Argentine troops seized the Malvinas on Friday."), "ASSAULT")).toEqual([[["armed-forces-arg"], ["GBR"]]]);
    // A side named by two demonyms is its own, no state's: the Bosnian Serbs are not Serbia.
    expect(sides(one("NATO gave the Bosnian Serbs 10 days to withdraw their heavy weapons from around Sarajevo."), "DEMAND")).toEqual([[["nato"], ["bosnian-serbs"]]]);
    // Flying in is no invasion.
    expect(sides(one("Nigerian soldiers flew into Liberia on Monday."), "ASSAULT")).toEqual([]);
  });

  it("reads missiles fired into the sea or over a state as a weapons test (MOBILIZE), and fired into a state as an attack", () => {
    expect(sides(one("China fired three missiles into waters off Taiwan's two main ports on Friday."), "MOBILIZE")).toEqual([[["CHN"], ["TWN"]]]);
    expect(sides(one("TOKYO - North Korea fired a ballistic missile over northern Japan early on Tuesday."), "MOBILIZE")).toEqual([[["PRK"], ["JPN"]]]);
    expect(sides(one("China began test-firing missiles into the sea about 140 km north of Taiwan on Friday."), "MOBILIZE")).toEqual([[["CHN"], ["TWN"]]]);
    const x = one("Hamas fired rockets into Israel on Monday.");
    expect(sides(x, "ASSAULT")).toEqual([[["hamas"], ["ISR"]]]);
    expect(ev(x, "MOBILIZE")).toEqual([]);
  });
});

describe("event sides: states on the article's date", () => {
  it("reads a capital, a city and a state body by the state that held them on the date: Moscow in 1986 is the Soviet Union's", () => {
    const x = extract({ source: "x", language: "en", published: "1986-04-29", text: "Sweden demanded information from Moscow on Monday. TASS said an accident had damaged a reactor. The Soviet embassy in Bonn asked for advice." });
    expect(ev(x, "DEMAND").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["SWE"], ["SUHH"]]]);
    expect(x.relations.some((r) => r.from.id === "tass" && r.to.id === "SUHH")).toBe(true);
    expect(x.relations.some((r) => r.type === "LOCATED_IN" && r.to.id === "DEDE")).toBe(true);
    const y = extract({ source: "y", language: "en", published: "2020-04-29", text: "Sweden demanded information from Moscow on Monday." });
    expect(ev(y, "DEMAND").map((e) => ids(e.targets))).toEqual([["RUS"]]);
    // A republic that had declared its independence is no longer the old state's.
    const z = extract({ source: "z", language: "en", published: "1991-07-10", text: "Thousands marched in Zagreb on Sunday against the federal army." });
    expect(z.relations.some((r) => r.type === "LOCATED_IN" && r.to.id === "YUCS")).toBe(false);
  });

  it("reads 'its' before an act noun as the nearest state or body before it, and 'of' after an invasion as whom it is done to", () => {
    const x = extract({ source: "x", language: "en", published: "1980-01-04", text: "President Jimmy Carter halted the delivery of American grain to the Soviet Union on Friday, punishing Moscow for its invasion of Afghanistan." });
    expect(ev(x, "ASSAULT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["SUHH"], ["AFG"]]]);
  });

  it("does not aim a reaction to 'the decision' at an act given as another act's reason", () => {
    const x = extract({ source: "x", language: "en", published: "2025-07-18", text: "The European Union imposed a new package of sanctions on Russia on Friday over its war in Ukraine. Ukrainian President Volodymyr Zelensky praised the decision." });
    expect(ev(x, "SUPPORT").map((e) => ids(e.targets))).toEqual([["eu"]]);
  });
});
