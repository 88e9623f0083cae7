import { describe, expect, it } from "vitest";
import { extract } from "../../../src/extract/index.js";
import { events as ev, ids } from "../../support/extraction.js";

/** Facts between entities read off phrases: offices (LEADS, PART_OF), places inside states (LOCATED_IN), parties to agreements. */
describe("relations between entities: offices, containment, parties", () => {
  it("knows attorneys and prosecutors general and justice and home secretaries as officials of their state, not as part of their names", () => {
    const served = (language: string, text: string) => extract({ source: "x", language, published: "2009-08-21", text }).relations.filter((r) => r.from.label === "Person").map((r) => [r.from.id, r.type, r.to.id]);
    expect(served("en", "U.S. Attorney General Eric Holder said there was no justification.")).toEqual([["eric-holder", "PART_OF", "USA"]]);
    expect(served("es", "El fiscal general de Estados Unidos, Merrick Garland, habló el martes.")).toEqual([["merrick-garland", "PART_OF", "USA"]]);
    expect(served("pt", "O procurador-geral brasileiro, Augusto Aras, falou na terça-feira.")).toEqual([["augusto-aras", "PART_OF", "BRA"]]);
  });

  it("reads an office in a body told after a name, by possessive ('the FARC's second-in-command') or by 'of', and a founder as a member", () => {
    const rel = (language: string, text: string, who: string) => extract({ source: "x", language, published: "2008-03-02", text }).relations.filter((r) => r.from.id === who).map((r) => [r.type, r.to.id]);
    const farc = "fuerzas-armadas-revolucionarias-de-colombia-ejercito-del-pueblo";
    expect(rel("en", "Colombian troops killed Raul Reyes, the FARC's second-in-command, on Saturday.", "raul-reyes")).toEqual([["PART_OF", farc]]);
    expect(rel("en", "Israeli troops killed Yahya Sinwar, Hamas's leader, on Thursday.", "yahya-sinwar")).toEqual([["LEADS", "hamas"]]);
    expect(rel("es", "El Ejército mató a Raúl Reyes, número dos de las FARC.", "raul-reyes")).toEqual([["PART_OF", farc]]);
    expect(rel("en", "Police questioned Al Jazeera co-founder John Smith on Thursday.", "john-smith")).toEqual([["PART_OF", "al-jazeera"]]);
    expect(rel("en", "U.N. human rights chief Volker Turk criticised the Taliban on Tuesday.", "volker-turk")).toEqual([["PART_OF", "un"]]);
  });

  it("holds an office named before a list of names, each set off with its state ('los cancilleres Fernando de Trazegnies, de Perú, y José Ayala Lasso, de Ecuador')", () => {
    const x = extract({ source: "x", language: "es", published: "1998-10-26", text: "Firmaron el acta los cancilleres Fernando de Trazegnies, de Perú, y José Ayala Lasso, de Ecuador, y como testigos los presidentes de los países garantes: Fernando Henrique Cardoso, de Brasil; Carlos Menem, de Argentina; y Eduardo Frei, de Chile." });
    const offices = x.relations.filter((r) => r.from.label === "Person" && r.type !== "PARTY_TO").map((r) => [r.from.id, r.type, r.to.id]).sort();
    expect(offices).toEqual([["carlos-menem", "LEADS", "ARG"], ["eduardo-frei", "LEADS", "CHL"], ["fernando-de-trazegnies", "PART_OF", "PER"], ["fernando-henrique-cardoso", "LEADS", "BRA"], ["jose-ayala-lasso", "PART_OF", "ECU"]]);
  });

  it("holds an office named without its state in no state the sentence names only as a modifier ('a U.S. aid package'), and the State Department's deputies in the United States", () => {
    const offices = (text: string) => extract({ source: "x", language: "en", published: "2000-08-30", text }).relations.filter((r) => r.type === "LEADS" || r.type === "PART_OF").map((r) => [r.from.id, r.to.id]);
    expect(offices("Bill Clinton met President Andres Pastrana to back a U.S. aid package.").filter(([from]) => from === "andres-pastrana")).toEqual([]);
    expect(offices("Deputy Secretary of State Kurt Campbell discussed China's dangerous actions with Philippine officials.")).toContainEqual(["kurt-campbell", "USA"]);
  });

  it("knows Western Sahara by its colonial name", () => {
    const x = extract({ source: "x", language: "en", published: "1975-11-14", text: "Spain agreed on Friday to give up Spanish Sahara." });
    expect(x.entities.map((e) => e.id).sort()).toEqual(["ESH", "ESP"]);
  });

  it("ties a private person to the state of their nationality (PART_OF, role national), before the name, in apposition and in pt and es", () => {
    const nationals = (language: string, text: string) =>
      extract({ source: "x", language, published: "2022-03-16", text }).relations.filter((r) => r.type === "PART_OF" && r.from.label === "Person").map((r) => [r.from.id, r.to.id, r.role]);
    expect(nationals("en", "Iran freed British-Iranian aid worker Nazanin Zaghari-Ratcliffe on Wednesday.")).toEqual([["nazanin-zaghari-ratcliffe", "GBR", "national"], ["nazanin-zaghari-ratcliffe", "IRN", "national"]]);
    expect(nationals("en", "U.S. basketball star Brittney Griner was freed by Russia on Thursday.")).toEqual([["brittney-griner", "USA", "national"]]);
    expect(nationals("en", "North Korea has released Hyeon Soo Lim, a Canadian pastor serving a life sentence.")).toEqual([["hyeon-soo-lim", "CAN", "national"]]);
    expect(nationals("en", "Iran has released Olivier Grondeau, a Frenchman held for more than two years.")).toEqual([["olivier-grondeau", "FRA", "national"]]);
    expect(nationals("en", "Hamas freed Edan Alexander, the last living American hostage held in Gaza.")).toEqual([["edan-alexander", "USA", "national"]]);
    expect(nationals("pt", "O Irão libertou o jornalista norte-americano Jason Rezaian no sábado.")).toEqual([["jason-rezaian", "USA", "national"]]);
    expect(nationals("es", "Irán liberó a Olivier Grondeau, un ciudadano francés, el jueves.")).toEqual([["olivier-grondeau", "FRA", "national"]]);
    expect(nationals("en", "Kenyan environmentalist Wangari Maathai won the Nobel Peace Prize on Friday.")).toEqual([["wangari-maathai", "KEN", "national"]]);
    expect(nationals("en", "Pakistani schoolgirl Malala Yousafzai and Indian children's rights campaigner Kailash Satyarthi won the prize.")).toEqual([["kailash-satyarthi", "IND", "national"], ["malala-yousafzai", "PAK", "national"]]);
    // A list of people each with a demonym, a clause after a name and an office are not nationality.
    // A lawmaker serves the state (an office), a scholar is only its national.
    expect(nationals("en", "Also listed were Dutch lawmaker Sjoerd Sjoerdsma, Belgian lawmaker Samuel Cogolati and German scholar Adrian Zenz.")).toEqual([["adrian-zenz", "DEU", "national"], ["samuel-cogolati", "BEL", "Lawmaker"], ["sjoerd-sjoerdsma", "NLD", "Lawmaker"]]);
    expect(nationals("en", "He met Chancellor Helmut Kohl, calling India's decision a mistake.").filter(([, to]) => to === "IND")).toEqual([]);
    expect(nationals("en", "Its leader, Hassan Nasrallah, accused Saudi Arabia of detaining him.")).toEqual([]);
    expect(nationals("en", "Brian Tribus, a spokesman for U.S. forces in Afghanistan, said the incident was under investigation.").filter(([, , role]) => role === "national")).toEqual([]);
  });

  it("makes an armed group no body of the state it fights in, as it does the state's own forces", () => {
    const x = extract({ source: "x", language: "en", published: "2008-03-02", text: "Colombian troops killed a commander of the FARC in a raid on Saturday." });
    const partOf = x.relations.filter((r) => r.type === "PART_OF").map((r) => [r.from.id, r.to.id]);
    expect(partOf).toContainEqual(["armed-forces-col", "COL"]);
    expect(partOf.filter(([from]) => from!.startsWith("fuerzas-armadas-revolucionarias"))).toEqual([]);
  });

  it("knows cabinet offices below the head of government, and an unnamed minister acts for the state, not for its leader", () => {
    const x = extract({ source: "x", language: "en", published: "2025-05-12", text: "Chinese Vice Premier He Lifeng praised U.S. Treasury Secretary Scott Bessent." });
    expect(x.relations.filter((r) => r.type === "PART_OF").map((r) => [r.from.id, r.to.id]).sort()).toEqual([["he-lifeng", "CHN"], ["scott-bessent", "USA"]]);
    const y = extract({ source: "y", language: "es", published: "2025-11-03", text: "El ministro de defensa ruso visitó China." });
    expect(ev(y, "CONSULT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["RUS"], ["CHN"]]]);
    expect(y.entities.some((e) => e.label === "Person")).toBe(false);
  });

  it("reads an office in an organization: 'el secretario general de la ONU, X', 'o diretor-geral da agência, X'", () => {
    const led = (x: ReturnType<typeof extract>) => x.relations.filter((r) => r.type === "LEADS" && r.basis === "text").map((r) => [r.from.id, r.to.id, r.role]);
    const x = extract({ source: "x", language: "es", published: "2025-04-14", text: "El secretario general de la OTAN, Juan Pérez Gómez, habló." });
    expect(led(x)).toEqual([["juan-perez-gomez", "nato", "Secretary-General"]]);
    const y = extract({ source: "y", language: "pt", published: "2025-04-12", text: "A Agência Internacional de Energia Atômica (AIEA) vai enviar inspetores a Teerã, segundo o diretor-geral da agência, Rafael Grossi." });
    expect(led(y)).toEqual([["rafael-grossi", "iaea", "Director-General"]]);
  });

  it("gives 'su homólogo chileno, Gabriel Boric' the office of the leader named before him, and reads Antarctica as a place", () => {
    const x = extract({ source: "x", language: "es", published: "2024-09-10", text: "El presidente argentino, Javier Milei, y su homólogo chileno, Gabriel Boric, firmaron este martes un tratado. El Reino Unido envió un buque a la Antártida." });
    expect(x.relations.filter((r) => r.type === "LEADS").map((r) => [r.to.id, r.role]).sort()).toEqual([["ARG", "President"], ["CHL", "President"]]);
    expect(ev(x, "AGREE").map((e) => ids([...e.sources, ...e.targets]))).toEqual([["gabriel-boric", "javier-milei"]]);
    expect(x.entities.find((e) => e.name === "Antarctica")?.label).toBe("Place");
  });

  it("keeps 'U.S. Secretary of State' in one sentence, and a date with the verb before it", () => {
    const x = extract({ source: "x", language: "en", published: "2024-11-04", text: "Israeli warplanes struck targets in southern Lebanon on Sunday, hours after Hezbollah fired rockets at the northern Israeli town of Metula. U.S. Secretary of State Antony Blinken urged Israel to show restraint." });
    expect(x.relations.some((r) => r.type === "PART_OF" && r.from.id === "antony-blinken" && r.to.id === "USA" && r.role === "Secretary of State")).toBe(true);
    expect(ev(x, "ASSAULT").map((e) => [ids(e.sources), e.date ?? null]).sort()).toEqual([[["ISR"], "2024-11-03"], [["hezbollah"], null]]);
  });

  it("gives 'his Afghan counterpart, X' the office of the minister named before, and tells the Pakistani Taliban from the Taliban government", () => {
    const x = extract({ source: "x", language: "en", published: "2025-10-19", text: "Pakistan's defence minister, Khawaja Asif, and his Afghan counterpart, Mullah Mohammad Yaqoob, led the delegations. Islamabad accuses the Taliban government of sheltering the Pakistani Taliban." });
    expect(x.relations.filter((r) => r.type === "PART_OF" && r.from.label === "Person").map((r) => [r.from.id, r.to.id, r.role])).toEqual([["khawaja-asif", "PAK", "Defence Minister"], ["mullah-mohammad-yaqoob", "AFG", "Defence Minister"]]);
    expect(ev(x, "DISAPPROVE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["PAK"], ["AFG"]]]);
    expect(x.entities.some((e) => e.id === "ttp")).toBe(true);
  });

  it("gives an office named without its state to the one state the rest of the sentence names, and none where a state is only where things happen", () => {
    const rel = (x: ReturnType<typeof extract>) => x.relations.filter((r) => r.from.label === "Person").map((r) => [r.type, r.from.id, r.to.id, r.role]);
    const x = extract({ source: "x", language: "en", published: "2025-03-18", text: "Prime Minister Tesfaye Bekele told parliament in Addis Ababa that Ethiopia did not want a war. Eritrea's information minister, Yemane Gebremeskel, rejected the accusation." });
    expect(rel(x)).toEqual([["LEADS", "tesfaye-bekele", "ETH", "Prime Minister"], ["PART_OF", "yemane-gebremeskel", "ERI", "Information Minister"]]);
    const y = extract({ source: "y", language: "en", published: "2025-03-18", text: "President William Otieno met officials in Nairobi before flying to Kampala." });
    expect(rel(y)).toEqual([]);
    // Capitals come from countries-list; "Santiago" is also a first name and stays out.
    expect(ids(y.entities.filter((e) => e.label === "State"))).toEqual(["KEN", "UGA"]);
    const z = extract({ source: "z", language: "es", published: "2025-04-10", text: "El secretario de Defensa, Pete Hegseth, visitó la Ciudad de Panamá y se reunió con el presidente José Raúl Molinar. Santiago Peña viajó a Lima." });
    expect(rel(z).filter((r) => r[0] === "LEADS")).toEqual([["LEADS", "jose-raul-molinar", "PAN", "President"], ["LEADS", "santiago-pena", "PRY", "President of Paraguay"]]);
    expect(ev(z, "CONSULT").map((e) => [e.mode, ids(e.sources), ids(e.at)])).toContainEqual(["visit", ["pete-hegseth"], ["PAN"]]);
    expect(z.entities.some((e) => e.id === "CHL")).toBe(false);
  });

  it("gives an office named without its state to the state whose government the sentence opens with, of two it names", () => {
    const rel = (x: ReturnType<typeof extract>) => x.relations.filter((r) => r.from.label === "Person").map((r) => [r.type, r.from.id, r.to.id]);
    const x = extract({ source: "x", language: "pt", published: "2014-08-12", text: "O Governo da Guiné-Bissau decidiu hoje encerrar as fronteiras terrestres e marítimas com a Guiné-Conacri, anunciou o primeiro-ministro, Domingos Simões Pereira, numa conferência de imprensa em Bissau." });
    expect(rel(x)).toEqual([["LEADS", "domingos-simoes-pereira", "GNB"]]);
    expect(ev(x, "COERCE").map((e) => [e.mode, ids(e.sources), ids(e.targets)])).toEqual([["restrict", ["GNB"], ["GIN"]]]);
  });

  it("ties Putin, Erdogan and Lula to their states in the years they led them as prime ministers or in earlier terms", () => {
    const led = (text: string, published: string) => extract({ source: "x", language: "en", published, text }).relations.filter((r) => r.type === "LEADS").map((r) => [r.from.id, r.to.id]);
    expect(led("Vladimir Putin warned Georgia on Tuesday.", "2010-03-01")).toEqual([["Q7747", "RUS"]]);
    expect(led("Tayyip Erdogan warned Syria on Tuesday.", "2012-06-26")).toEqual([["Q39259", "TUR"]]);
    expect(led("Lula visited Cuba on Tuesday.", "2008-01-15")).toEqual([["Q37181", "BRA"]]);
  });

  it("makes a president-elect part of the state that elected him, not its leader before he is sworn in", () => {
    const rels = extract({ source: "x", language: "en", published: "2024-11-30", text: "U.S. President-elect Donald Trump warned the BRICS nations on Saturday." }).relations.map((r) => [r.type, r.from.id, r.to.id, r.role]);
    expect(rels).toEqual([["PART_OF", "Q22686", "USA", "President-elect"]]);
  });

  it("reads an office with a portfolio the lexicon lacks, held in the state after it, the state the sentence names, or where the story was filed", () => {
    const rel = (language: string, text: string) => extract({ source: "x", language, published: "2022-04-22", text }).relations.filter((r) => r.from.label === "Person").map((r) => [r.type, r.from.id, r.to.id]);
    expect(rel("es", "El ministro de Seguridad de Honduras, Ramón Sabillón, anunció la extradición.")).toEqual([["PART_OF", "ramon-sabillon", "HND"]]);
    expect(rel("en", "The Minister of Home Affairs of South Africa, Aaron Motsoaledi, spoke.")).toEqual([["PART_OF", "aaron-motsoaledi", "ZAF"]]);
    expect(rel("es", "El ministro de Seguridad, Ramón Sabillón, dijo que Honduras ejecutaría la orden.")).toEqual([["PART_OF", "ramon-sabillon", "HND"]]);
    // No state in the sentence: the dateline's city says where.
    const filed = "TEGUCIGALPA (AFP) - Honduras extraditó a Juan Orlando Hernández.\n\nLa extradición se produjo bajo el gobierno de la presidenta Rosa Castellón.";
    expect(rel("es", filed)).toContainEqual(["LEADS", "rosa-castellon", "HND"]);
    expect(rel("es", filed.replace("TEGUCIGALPA (AFP) - ", ""))).not.toContainEqual(["LEADS", "rosa-castellon", "HND"]);
    // A dateline with a month cut short, and another's office in the sentence ("the Soviet Ambassador")
    // that names no state this office is held in.
    const sub = "STOCKHOLM, Nov. 6 - Sweden released the Soviet submarine on Friday.\n\nForeign Minister Ola Ullsten summoned the Soviet Ambassador, Mikhail Yakovlev, on Thursday.";
    expect(rel("en", sub)).toContainEqual(["PART_OF", "ola-ullsten", "SWE"]);
    // Unless the story so far is about another state: a Council vote in New York on Haiti.
    const away = "NUEVA YORK.- El Consejo de Seguridad de la ONU autorizó el despliegue en Haití de una misión liderada por Kenia. La misión ayudará a Haití. El Gobierno del primer ministro Pedro Ruiz Calvo pidió el envío de una fuerza.";
    expect(rel("es", away)).toEqual([]);
  });

  it("knows the American Secretary of State by the bare office, secretaries of a portfolio, emirs, and names with 'bin'", () => {
    const rel = (language: string, text: string) => extract({ source: "x", language, published: "2023-02-22", text }).relations.filter((r) => r.from.label === "Person").map((r) => [r.type, r.from.id, r.to.id]);
    expect(rel("en", "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Munich.")).toEqual([["PART_OF", "antony-blinken", "USA"], ["PART_OF", "wang-yi", "CHN"]]);
    expect(rel("pt", "O secretário britânico de Relações Exteriores, Jeremy Hunt, disse que a apreensão é inaceitável.")).toEqual([["PART_OF", "jeremy-hunt", "GBR"]]);
    expect(rel("es", "El secretario de Relaciones Exteriores de México, Marcelo Ebrard, viajó a Washington.")).toEqual([["PART_OF", "marcelo-ebrard", "MEX"]]);
    expect(rel("en", "The Emir of Kuwait, Nawaf bin Salem, received the delegation.")).toEqual([["LEADS", "nawaf-bin-salem", "KWT"]]);
    expect(rel("pt", "O ministro saudita da Energia, Abdulaziz bin Salman, anunciou cortes.")).toEqual([["PART_OF", "abdulaziz-bin-salman", "SAU"]]);
  });

  it("reads 'os presidentes do Brasil, Lula, e do Paraguai, Santiago Peña' as two offices and two signers", () => {
    const x = extract({ source: "x", language: "pt", published: "2025-05-09", text: "Os presidentes do Brasil, Luiz Inácio Lula da Silva, e do Paraguai, Santiago Peña, assinaram esta quinta-feira um acordo sobre a tarifa." });
    expect(x.relations.filter((r) => r.type === "LEADS" && r.basis === "text").map((r) => [r.from.id, r.to.id])).toEqual([["Q37181", "BRA"], ["santiago-pena", "PRY"]]);
    expect(ev(x, "AGREE").map((e) => [ids(e.sources), e.date])).toEqual([[["Q37181", "santiago-pena"], "2025-05-08"]]);
    expect(x.relations.filter((r) => r.type === "PARTY_TO").map((r) => r.from.id).sort()).toEqual(["BRA", "PRY", "Q37181", "santiago-pena"]);
  });

  it("knows Japan's Chief Cabinet Secretary, ships entering territorial waters, and 'raise the issue with' someone at a summit", () => {
    const x = extract({ source: "x", language: "en", published: "2024-05-28", text: "Chief Cabinet Secretary Yoshimasa Hayashi said four Chinese coast guard ships entered Japanese territorial waters. Hayashi would raise the issue with Chinese Premier Li Qiang at a summit in Seoul next week." });
    expect(x.relations.filter((r) => r.from.id === "yoshimasa-hayashi").map((r) => [r.type, r.to.id, r.role])).toEqual([["PART_OF", "JPN", "Chief Cabinet Secretary"]]);
    expect(x.entities.some((e) => e.id === "armed-forces-jpn")).toBe(false);
    expect(x.events.map((e) => [e.type, ids(e.sources), ids(e.targets), e.status])).toEqual([
      ["ASSAULT", ["coast-guard-chn"], ["JPN"], "occurred"],
      ["CONSULT", ["yoshimasa-hayashi"], ["li-qiang"], "planned"],
    ]);
  });
});

describe("an office named without its state", () => {
  it("is not held in a state the verb takes as its object", () => {
    const leads = (language: string, text: string) => extract({ source: "x", language, published: "2007-11-10", text }).relations.filter((r) => r.type === "LEADS").map((r) => `${r.from.id}>${r.to.id}`);
    expect(leads("en", "King Letsie visited Chile on Monday.")).toEqual([]);
    expect(leads("es", "El rey Letsie visitó Chile el lunes.")).toEqual([]);
    expect(leads("en", "Prime Minister Abiy Ahmed told parliament that Ethiopia would finish the dam.")).toEqual(["abiy-ahmed>ETH"]);
    // The king of Spain of the day.
    expect(leads("es", "El rey Juan Carlos visitó Chile el lunes.")).toEqual(["juan-carlos-i>ESP"]);
  });
});

describe("ministers who sign", () => {
  it("sign for the state they serve, with the portfolio after 'for' part of the office; 'provide for' is no aid", () => {
    const x = extract({ source: "x", language: "en", published: "1988-04-14", text: "Afghan Foreign Minister Abdul Wakil and Pakistan's Minister of State for Foreign Affairs, Zain Noorani, signed a bilateral agreement on non-interference that provides for the withdrawal of troops." });
    expect(x.entities.filter((e) => e.label === "Person").map((e) => e.id).sort()).toEqual(["abdul-wakil", "zain-noorani"]);
    expect(x.relations.filter((r) => r.type === "PARTY_TO" && r.from.label === "State").map((r) => r.from.id).sort()).toEqual(["AFG", "PAK"]);
    expect(x.events.filter((e) => e.type === "AID")).toEqual([]);
  });
});

describe("an office begun after the article's date", () => {
  it("is not yet held: the UN's secretary-general of 1988 does not lead Peru, whose prime minister he became in 2000", () => {
    const leads = (published: string) => extract({ source: "x", language: "es", published, text: "El secretario general Javier Pérez de Cuéllar anunció consultas con las dos partes." }).relations.filter((r) => r.type === "LEADS").map((r) => r.to.id);
    expect(leads("1988-07-18")).toEqual(["un"]);
  });
});
