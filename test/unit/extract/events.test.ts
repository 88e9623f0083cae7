import { describe, expect, it } from "vitest";
import { extract, readArticleFile } from "../../../src/extract/index.js";
import { events as ev, ids } from "../../support/extraction.js";

/** Which events a text tells, and their PLOVER type and mode: triggers, light verbs, nouns a verb announces, what is no event. */
describe("event types and modes", () => {
  it("finds releases, withdrawals and investigations, and a light verb gives its noun's event, not its own", () => {
    const x = extract({ source: "x", language: "en", published: "2025-05-24", text: "Russia and Ukraine exchanged 307 prisoners of war on Saturday. Ukrainian forces withdrew from two villages in the Donetsk region. The International Committee of the Red Cross has launched an investigation into the treatment of detainees." });
    expect(ev(x, "CONCEDE").map((e) => [ids(e.sources), e.date])).toEqual([[["RUS", "UKR"], "2025-05-24"]]);
    expect(ev(x, "RETREAT").map((e) => ids(e.sources))).toEqual([["ukrainian-armed-forces"]]);
    expect(ev(x, "INVESTIGATE").map((e) => ids(e.sources))).toEqual([["icrc"]]);
    expect(ev(x, "ASSAULT")).toEqual([]);
    expect(x.entities.find((e) => e.id === "icrc")?.label).toBe("Organization");
  });

  it("keeps a refusal or a demand with no other side named, but not a denial of an accusation", () => {
    const x = extract({ source: "x", language: "en", published: "2025-06-25", text: "Spain refused to commit to the new target. Hezbollah denied firing the rockets." });
    expect(ev(x, "REJECT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["ESP"], []]]);
    const y = extract({ source: "y", language: "pt", published: "2025-06-25", text: "O Irão exigiu garantias. O Hamas negou ter disparado os foguetes." });
    expect(ev(y, "DEMAND").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["IRN"], []]]);
    expect(ev(y, "REJECT")).toEqual([]);
  });

  it("reads tariffs raised and cut with a word between ('lower its duties'), a retaliation aimed back, and 'for 90 days' as no date", () => {
    const x = extract({ source: "x", language: "en", published: "2025-05-12", text: "The United States and China agreed on Monday to cut tariffs for 90 days, after two days of talks in Geneva. Washington will lower its duties on Chinese imports. President Donald Trump raised tariffs on Chinese goods in April, and China retaliated with duties of its own." });
    expect(ev(x, "CONSULT").map((e) => [ids([...e.sources, ...e.targets]), e.date ?? null])).toEqual([[["CHN", "USA"], null]]);
    expect(ev(x, "CONCEDE").filter((e) => e.targets.length).map((e) => [ids(e.sources), ids(e.targets), e.status])).toEqual([[["USA"], ["CHN"], "planned"]]);
    expect(ev(x, "SANCTION").map((e) => [ids(e.sources), ids(e.targets), e.date ?? null])).toEqual([[["Q22686"], ["CHN"], "2025-04"], [["CHN"], ["Q22686"], null]]);
    const y = extract({ source: "y", language: "pt", published: "2025-05-12", text: "O Brasil vai reduzir as tarifas sobre os produtos chineses." });
    expect(ev(y, "CONCEDE").map((e) => [ids(e.sources), ids(e.targets), e.status])).toEqual([[["BRA"], ["CHN"], "planned"]]);
  });

  it("reads calling something reckless, unacceptable or illegal as disapproval", () => {
    const cases: [string, string, string][] = [["en", "Russia's foreign ministry called the decision reckless.", "RUS"], ["pt", "O Kremlin classificou a decisão de inaceitável.", "RUS"], ["es", "Caracas calificó la medida de ilegal.", "VEN"]];
    for (const [language, text, source] of cases) {
      const x = extract({ source: "x", language: language as "en", published: "2025-06-25", text });
      expect(ev(x, "DISAPPROVE").map((e) => ids(e.sources)), text).toEqual([[source]]);
    }
    const y = extract({ source: "y", language: "en", published: "2025-06-25", text: "Russia called the meeting useful." });
    expect(ev(y, "DISAPPROVE")).toEqual([]);
  });

  it("folds a threatened or demanded act into the threat or demand, and reads what is asked after 'que'", () => {
    const x = extract({ source: "x", language: "pt", published: "2025-04-12", text: "O presidente americano, Donald Trump, havia ameaçado bombardear o Irã. Israel pediu que Washington mantenha as sanções." });
    expect(ev(x, "THREATEN").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["Q22686"], ["IRN"]]]);
    expect(ev(x, "ASSAULT")).toEqual([]);
    expect(ev(x, "DEMAND").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["ISR"], ["USA"]]]);
  });

  it("reads 'donde' as where, not as a donation, and a journey as a visit", () => {
    const x = extract({ source: "x", language: "es", published: "2025-02-20", text: "El presidente colombiano, Gustavo Petro, viajó a Caracas, donde fue recibido por Nicolás Maduro." });
    expect(ev(x, "AID")).toEqual([]);
    expect(ev(x, "CONSULT").map((e) => e.mode)).toEqual(["visit"]);
  });

  it("reads buying arms from a state as that state's military aid, and buying exports as no aid", () => {
    const x = extract({ source: "x", language: "en", published: "2025-06-12", text: "Indonesia signed a contract on Wednesday to buy 48 KAAN fighter jets from Turkey at the Indo Defence fair." });
    expect(ev(x, "AID").map((e) => [e.mode, ids(e.sources), ids(e.targets), e.quantity])).toEqual([["military", ["TUR"], ["IDN"], 48]]);
    expect(ev(x, "AGREE").map((e) => ids(e.about))).toEqual([["contract-idn"]]);
    // No article stands before a person's name: "the Indo Defence fair" names no one.
    expect(x.entities.filter((e) => e.label === "Person")).toEqual([]);
    const y = extract({ source: "y", language: "pt", published: "2025-05-14", text: "A China comprou mais de 40 por cento das exportações brasileiras no ano passado." });
    expect(ev(y, "AID")).toEqual([]);
  });

  it("reads recalling an ambassador, suspending aid or a member, and seizing power as the acts they are", () => {
    const x = extract({ source: "x", language: "es", published: "2025-10-25", text: "El Gobierno colombiano llamó a consultas a su embajador en Washington. Donald Trump suspendió la ayuda a Bogotá." });
    expect(ev(x, "SANCTION").map((e) => [e.mode, ids(e.sources), ids(e.targets)])).toEqual([["recall", ["COL"], ["USA"]], ["sanction", ["Q22686"], ["COL"]]]);
    const y = extract({ source: "y", language: "pt", published: "2025-10-15", text: "Uma unidade de elite do exército malgaxe tomou o poder em Madagáscar esta terça-feira. A União Africana suspendeu Madagáscar da organização e condenou a tomada do poder." });
    expect(ev(y, "COERCE").map((e) => [e.mode, ids(e.targets), e.date])).toEqual([["coup", ["MDG"], "2025-10-14"]]);
    expect([...ev(y, "SANCTION"), ...ev(y, "DISAPPROVE")].map((e) => [e.type, ids(e.sources), ids(e.targets)])).toEqual([["SANCTION", ["african-union"], ["MDG"]], ["DISAPPROVE", ["african-union"], []]]);
  });

  it("reads an event noun a verb announces as that verb would: 'announced new export controls', 'respondió con un arancel'", () => {
    const x = extract({ source: "x", language: "en", published: "2025-10-11", text: "China's commerce ministry announced new export controls on rare earths on Thursday." });
    expect(ev(x, "SANCTION").map((e) => [ids(e.sources), e.date])).toEqual([[["CHN"], "2025-10-09"]]);
    // "el Gobierno de Gustavo Petro" is Petro's government: no organization is made up of the phrase.
    const y = extract({ source: "y", language: "es", published: "2026-01-23", text: "El Gobierno de Gustavo Petro respondió con un arancel del 30% a productos ecuatorianos. La Comunidad Andina anunció que estudiará las medidas." });
    expect(ev(y, "SANCTION").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["gustavo-petro"], ["ECU"]]]);
    expect(y.entities.filter((e) => e.label === "Organization").map((e) => e.id)).toEqual(["andean-community"]);
  });

  it("reads a recognition past an adverb, dates 'este domingo' in Monday's paper as the day before, and makes no name of an office's words", () => {
    const x = extract({ source: "x", language: "pt", published: "2025-09-22", text: "Portugal reconheceu oficialmente o Estado da Palestina este domingo, anunciou o ministro dos Negócios Estrangeiros, Paulo Rangel, em Nova Iorque." });
    expect(ev(x, "SUPPORT").map((e) => [e.mode, ids(e.sources), ids(e.targets), e.status, e.date])).toEqual([["recognize", ["PRT"], ["PSE"], "occurred", "2025-09-21"]]);
    expect(x.entities.filter((e) => e.label === "Person").map((e) => e.id)).toEqual(["paulo-rangel"]);
    // "reconheceu que" is an admission, not a recognition.
    const y = extract({ source: "y", language: "pt", published: "2025-09-22", text: "O Governo de Portugal reconheceu que a situação é grave." });
    expect(ev(y, "SUPPORT")).toEqual([]);
  });

  it("keeps a summit its host announces, past a word that only says what kind it is: 'will host an Arab summit'", () => {
    const x = extract({ source: "x", language: "en", published: "2025-02-28", text: "Egypt will host an Arab summit on the reconstruction of Gaza next week." });
    expect(ev(x, "CONSULT").map((e) => [e.mode, ids(e.sources), e.status])).toEqual([["summit", ["EGY"], "planned"]]);
  });

  it("reads a government's protest as disapproval, a war fought as one assault with its date, and troops massed as the accuser's claim", () => {
    const x = extract({ source: "x", language: "es", published: "2025-04-10", text: "El Gobierno chino protestó contra el acuerdo." });
    expect(ev(x, "PROTEST")).toEqual([]);
    expect(ev(x, "DISAPPROVE").map((e) => [e.mode, ids(e.sources)])).toEqual([["protest", ["CHN"]]]);
    const y = extract({ source: "y", language: "en", published: "2025-03-18", text: "Ethiopia and Eritrea fought a border war between 1998 and 2000. Ethiopia on Monday accused Eritrea of massing troops along the border." });
    expect(ev(y, "ASSAULT").map((e) => [ids(e.sources), e.date])).toEqual([[["ERI", "ETH"], "1998"]]);
    expect(ev(y, "MOBILIZE").map((e) => [ids(e.sources), e.status, ids(e.reportedBy)])).toEqual([[["ERI"], "claimed", ["ETH"]]]);
  });

  it("reads taking a state off a list as an easing, with the state it passes over as its target", () => {
    const cases = [
      ["es", "El presidente Joe Biden retiró a Cuba de la lista de países patrocinadores del terrorismo."],
      ["en", "Biden removed Cuba from the list of state sponsors of terrorism."],
      ["pt", "Biden retirou Cuba da lista de países patrocinadores do terrorismo."],
    ] as const;
    for (const [language, text] of cases) {
      const x = extract({ source: language, language, published: "2025-01-15", text });
      expect(x.events.map((e) => [e.type, e.mode, ids(e.sources), ids(e.targets), ids(e.at)])).toEqual([["CONCEDE", "ease", ["Q6279"], ["CUB"], []]]);
    }
  });

  it("codes a border closure as COERCE/restrict in three languages, with its date", () => {
    for (const [language, text] of [
      ["pt", "A Polónia fechou esta sexta-feira todas as passagens fronteiriças com a Bielorrússia."],
      ["es", "Polonia cerró el viernes la frontera con Bielorrusia."],
      ["en", "Poland closed its border with Belarus on Friday."],
    ] as const) {
      const x = extract({ source: language, language, published: "2025-09-12", text });
      expect(x.events.map((e) => [e.type, e.mode, ids(e.sources), ids(e.targets), e.date])).toEqual([["COERCE", "restrict", ["POL"], ["BLR"], "2025-09-12"]]);
    }
  });

  it("reads 'expressed its concern' as the subject's disapproval, apart from an act joined to it by 'and'", () => {
    const x = extract({ source: "x", language: "en", published: "2023-03-26", text: "Brazil expressed its concern and offered to mediate between Venezuela and Guyana." });
    expect(ev(x, "DISAPPROVE").map((e) => [ids(e.sources), ids(e.targets), e.status])).toEqual([[["BRA"], [], "occurred"]]);
    expect(ev(x, "CONSULT").map((e) => [e.mode, ids(e.targets)])).toEqual([["mediate", ["GUY", "VEN"]]]);
  });

  it("finds no agreement in 'without agreement', and a participle with its agent says more of the talks it follows", () => {
    const x = extract({ source: "x", language: "en", published: "2025-06-27", text: "Talks between Serbia and Kosovo hosted by the European Union in Brussels ended on Thursday without agreement." });
    expect(x.entities.filter((e) => e.label === "Agreement")).toEqual([]);
    expect(x.events.map((e) => [e.type, ids(e.sources), e.date])).toEqual([["CONSULT", ["SRB", "XKX", "eu"], "2025-06-26"]]);
    const y = extract({ source: "y", language: "pt", published: "2025-06-27", text: "As conversações terminaram sem acordo." });
    expect(y.entities.filter((e) => e.label === "Agreement")).toEqual([]);
  });

  it("codes a recall and a summoning, and gives an untitled office no state named through another office", () => {
    const x = extract({ source: "x", language: "pt", published: "2024-02-20", text: "O governo brasileiro chamou de volta para consultas o seu embaixador em Israel nesta segunda-feira. O chanceler Mauro Vasconcelos convocou o embaixador israelense." });
    // The summons, told next with no day of its own, took place on the day the sentence before it fixed.
    expect(x.events.map((e) => [e.type, e.mode, ids(e.targets), e.date])).toEqual([["SANCTION", "recall", ["ISR"], "2024-02-19"], ["DISAPPROVE", "summon", ["ISR"], "2024-02-19"]]);
    expect(x.relations.filter((r) => r.from.id === "mauro-vasconcelos")).toEqual([]);
    const y = extract({ source: "y", language: "en", published: "2024-02-20", text: "Japan summoned the Chinese ambassador on Monday." });
    expect(y.events.map((e) => [e.type, e.mode, ids(e.sources), ids(e.targets)])).toEqual([["DISAPPROVE", "summon", ["JPN"], ["CHN"]]]);
  });

  it("reads leaving a state as a withdrawal, and leaving an office as nothing", () => {
    const x = extract({ source: "x", language: "pt", published: "2023-12-22", text: "Os últimos soldados franceses deixaram o Níger esta sexta-feira. O ministro deixou o cargo em março." });
    expect(x.events.map((e) => [e.type, ids(e.sources), ids(e.targets), e.date])).toEqual([["RETREAT", ["armed-forces-fra"], ["NER"], "2023-12-22"]]);
    const y = extract({ source: "y", language: "en", published: "2023-12-22", text: "The last French troops left Niger on Friday." });
    expect(y.events.map((e) => [e.type, ids(e.sources), ids(e.targets)])).toEqual([["RETREAT", ["armed-forces-fra"], ["NER"]]]);
  });

  it("finds a state's Red Crescent, a reopened crossing, aid 'from' someone with the quantity before it, and the subject of 'who'", () => {
    const x = extract({ source: "x", language: "en", published: "2023-10-21", text: "Egypt reopened the Rafah border crossing on Saturday, allowing 20 trucks of humanitarian aid from the Egyptian Red Crescent into Gaza. Israel agreed after a request from US President Joe Biden, who visited Tel Aviv on Wednesday." });
    expect(x.relations.filter((r) => r.from.id === "red-cross-egy").map((r) => [r.type, r.to.id])).toEqual([["PART_OF", "EGY"]]);
    expect(x.events.map((e) => [e.type, e.mode, ids(e.sources), ids(e.targets), e.quantity ?? null, e.date ?? null])).toEqual([
      ["CONCEDE", "ease", ["EGY"], [], null, "2023-10-21"],
      ["AID", "humanitarian", ["red-cross-egy"], ["PSE"], 20, null],
      ["AGREE", "agree", ["ISR"], ["Q6279"], null, null],
      ["CONSULT", "visit", ["Q6279"], ["ISR"], null, "2023-10-18"],
    ]);
  });

  it("reads a counted crowd of a people (against its own state, where no other is named), an investigation opened 'en enero', a passive without its auxiliary, and an obligation still to come", () => {
    const x = extract({ source: "x", language: "es", published: "2023-07-20", text: "Miles de peruanos marcharon este miércoles en Lima. La Fiscalía de la Nación abrió en enero una investigación contra la presidenta Dina Boluarte. El Gobierno de Bolivia, acusado por Lima de apoyar a los manifestantes, negó cualquier injerencia." });
    expect(x.events.map((e) => [e.type, ids(e.sources), ids(e.targets), e.date ?? null])).toEqual([
      ["PROTEST", ["PER"], ["PER"], "2023-07-19"],
      ["INVESTIGATE", ["fiscalia-de-la-nacion"], ["dina-boluarte"], "2023-01"],
      ["DISAPPROVE", ["PER"], ["BOL"], null],
    ]);
    const z = extract({ source: "z", language: "es", published: "2023-07-20", text: "La Oficina de Derechos Humanos de la ONU expresó su preocupación." });
    expect(z.relations.map((r) => [r.type, r.from.id, r.to.id])).toEqual([["PART_OF", "oficina-de-derechos-humanos-de-la-onu", "un"]]);
    const y = extract({ source: "y", language: "pt", published: "2024-12-07", text: "O acordo ainda terá de ser ratificado pelos Estados-membros da UE e pelo Parlamento Europeu." });
    expect(y.events.map((e) => [e.type, ids(e.sources), e.status])).toEqual([["AGREE", ["european-parliament"], "planned"]]);
  });

  it("passes over a date and its article inside a phrase trigger: 'ordenó el lunes la salida de los diplomáticos'", () => {
    const x = extract({ source: "x", language: "es", published: "2024-07-30", text: "El Gobierno de Nicolás Maduro ordenó el lunes la salida de los diplomáticos de Argentina, Chile y Uruguay." });
    expect(x.events.map((e) => [e.type, ids(e.sources), ids(e.targets), e.date])).toEqual([["SANCTION", ["nicolas-maduro"], ["ARG", "CHL", "URY"], "2024-07-29"]]);
  });

  it("reads moving closer to a state as ties with it, and a predicate after 'and' as the accuser's own act", () => {
    const ties = (language: string, text: string) => {
      const x = extract({ source: "x", language, published: "2025-01-01", text });
      return x.events.map((e) => [e.type, ids(e.sources), ids(e.targets), e.status]);
    };
    expect(ties("pt", "O general Abdourahamane Tchiani, que lidera a junta, acusou Paris de ingerência e aproximou-se da Rússia.")).toEqual([
      ["DISAPPROVE", ["abdourahamane-tchiani"], ["FRA"], "occurred"],
      ["COOPERATE", ["abdourahamane-tchiani"], ["RUS"], "occurred"],
    ]);
    expect(ties("en", "Niger's government has moved closer to Russia since the coup.")).toContainEqual(["COOPERATE", ["NER"], ["RUS"], "occurred"]);
    expect(ties("es", "El Gobierno de Níger se acercó a Rusia tras el golpe.")).toContainEqual(["COOPERATE", ["NER"], ["RUS"], "occurred"]);
  });

  it("reads calling someone a name as criticism, in place of the call or the appeal the verb alone would be", () => {
    const said = (language: string, text: string) => {
      const x = extract({ source: "x", language, published: "2024-06-27", text });
      return x.events.map((e) => [e.type, ids(e.sources), ids(e.targets)]);
    };
    expect(said("en", "Donald Trump called Joe Biden a liar.")).toEqual([["DISAPPROVE", ["Q22686"], ["Q6279"]]]);
    expect(said("en", "Donald Trump called Joe Biden on Monday.")).not.toContainEqual(["DISAPPROVE", ["Q22686"], ["Q6279"]]);
    expect(said("es", "Javier Milei llamó a Lula comunista y corrupto.")).toEqual([["DISAPPROVE", ["javier-milei"], ["Q37181"]]]);
    // Quoted in straight quotes, which the Portuguese treebank never writes: still a word in quotes.
    expect(said("pt", 'A polícia boliviana prendeu Cesare Battisti. Jair Bolsonaro comemorou a prisão e chamou Battisti de "terrorista".')).toContainEqual(["DISAPPROVE", ["jair-bolsonaro"], ["cesare-battisti"]]);
    // The name before the person, parsed as a second object or with the person hung from it.
    expect(said("es", "Milei llamó corrupta a Begoña Gómez.")).toEqual([["DISAPPROVE", ["javier-milei"], ["begona-gomez"]]]);
    // In a clause "en la que", whose subject is the one who gave the interview; the Spanish
    // dictionary's "* A + EN" appeal fits the same words and loses to the name.
    expect(said("es", 'Milei afirmó en una entrevista, en la que llamó "cobarde" a Sánchez.')).toEqual([["DISAPPROVE", ["javier-milei"], ["pedro-sanchez"]]]);
    expect(said("en", "Milei gave an interview in which he called Sánchez a coward.")).toEqual([["DISAPPROVE", ["javier-milei"], ["pedro-sanchez"]]]);
    // "por haber llamado": a perfect participle is active, and an infinitive of reason on the object
    // of "pedir" is the act of the one who would not apologize.
    expect(said("es", 'El presidente argentino, Javier Milei, se negó a pedir disculpas por haber llamado "corrupta" a Begoña Gómez.')).toContainEqual(["DISAPPROVE", ["javier-milei"], ["begona-gomez"]]);
  });

  it("reads a conversation with no sides of its own as between the one who tells and the one told", () => {
    const said = (language: string, text: string) => extract({ source: "x", language, published: "2020-06-18", text }).events.filter((e) => e.type === "CONSULT").map((e) => [e.mode, ids(e.sources), ids(e.targets)]);
    expect(said("en", "In a phone call on Wednesday, Chinese Foreign Minister Wang Yi told his Indian counterpart, Subrahmanyam Jaishankar, that India should investigate the incident.")).toEqual([["phone", ["wang-yi"], ["subrahmanyam-jaishankar"]]]);
    expect(said("es", "En la llamada, Lula dijo a Macron que Brasil quiere cooperar.")).toEqual([["phone", ["Q37181"], ["Q3052772"]]]);
  });

  it("reads what a judgement calls something as no act of its own, and 'disparate' as no shooting", () => {
    // Round 22's article on Spain and Argentina: "calificó de ataque frontal a la democracia" and
    // "calificó la retirada de «disparate»" had made an attack by Milei on Spain.
    const file = readArticleFile("eval/rounds/round22/espana-argentina-embajadora.es.md").articles[0]!;
    expect(extract(file).events.filter((e) => e.type === "ASSAULT" && ids(e.sources).includes("javier-milei"))).toEqual([]);
    // The same words as acts stay acts.
    const types = (text: string) => extract({ source: "x", language: "es", published: "2024-05-21", text }).events.map((e) => e.type);
    expect(types("Las fuerzas rusas dispararon contra Ucrania.")).toEqual(["ASSAULT"]);
    expect(types("Rusia lanzó un ataque contra Ucrania.")).toContain("ASSAULT");
  });

  it("reads a list of any length joined by commas and closed by 'and' as one list of sides", () => {
    const x = extract({ source: "x", language: "en", published: "2024-08-02", text: "Biden thanked the leaders of Germany, Poland, Slovenia, Norway and Turkey." });
    expect(x.events.map((e) => [e.type, ids(e.sources), ids(e.targets).sort()])).toEqual([["SUPPORT", ["Q6279"], ["DEU", "NOR", "POL", "SVN", "TUR"]]]);
  });

  it("takes the sides of talks a light verb holds from its subject, every demonym of it", () => {
    const x = extract({ source: "x", language: "en", published: "2025-05-16", text: "Russian and Ukrainian delegations held their first direct peace talks in Istanbul on Friday." });
    expect(x.events.map((e) => [e.type, ids([...e.sources, ...e.targets]).sort()])).toEqual([["CONSULT", ["RUS", "UKR"]]]);
  });

  it("reads aid paused as a sanction and a programme approved as aid, with the recipient the object's phrase gives", () => {
    const said = (text: string) => extract({ source: "x", language: "en", published: "2025-03-04", text }).events.map((e) => [e.type, ids(e.sources), ids(e.targets)]);
    expect(said("The United States paused all military aid to Ukraine on Monday.")).toEqual([["SANCTION", ["USA"], ["UKR"]]]);
    expect(said("The International Monetary Fund's board approved a $44 billion programme for Argentina on Friday.")).toEqual([["AID", ["imf"], ["ARG"]]]);
  });

  it("reads talks refused ahead of time as a rejection, and talks that did not happen as denied talks", () => {
    const said = (language: string, text: string) => extract({ source: "x", language, published: "2025-03-06", text }).events.map((e) => [e.type, ids(e.sources), ids(e.targets), e.status]);
    expect(said("en", "Iran will not hold direct negotiations with the United States, Foreign Minister Abbas Araqchi said on Thursday.")).toContainEqual(["REJECT", ["IRN"], ["USA"], "occurred"]);
    expect(said("es", "Irán no negociará con Estados Unidos.")).toEqual([["REJECT", ["IRN"], ["USA"], "occurred"]]);
    expect(said("en", "Iran did not hold talks with the United States.")).toEqual([["CONSULT", ["IRN"], ["USA"], "denied"]]);
  });
});

describe("votes, warrants and what no one does", () => {
  const said = (language: string, text: string, published = "2017-12-22") =>
    extract({ source: "x", language, published, text }).events.map((e) => [e.type, e.mode, ids(e.sources).sort(), ids(e.targets)]);

  it("reads a vote for or against a body's text as support or rejection of the body, every state named voting", () => {
    const assembly = "NUEVA YORK.- La Asamblea General de la ONU aprobó este jueves una resolución sobre el estatus de Jerusalén.";
    const es = said("es", `${assembly} Junto a Estados Unidos e Israel votaron en contra Guatemala y Honduras. Brasil y Chile respaldaron la resolución, al igual que Francia y Alemania.`);
    const body = es.find((e) => e[0] === "SUPPORT")?.[3];
    expect(body).toHaveLength(1);
    expect(es).toContainEqual(["REJECT", "vote", ["GTM", "HND", "ISR", "USA"], body]);
    expect(es).toContainEqual(["SUPPORT", "endorse", ["BRA", "CHL", "DEU", "FRA"], body]);
    const en = said("en", "The UN General Assembly adopted a resolution on Jerusalem on Thursday. The United States and Israel voted against.");
    expect(en.filter((e) => e[0] === "REJECT")).toEqual([["REJECT", "vote", ["ISR", "USA"], body]]);
  });

  it("reads a likeness to someone named after the act, who takes no side in it, as none", () => {
    const x = said("pt", "A Rússia atacou a Ucrânia, e os Estados Unidos, assim como a França, condenaram o ataque.", "2022-02-25");
    expect(x.filter((e) => e[0] === "ASSAULT")).toEqual([["ASSAULT", "strike", ["RUS"], ["UKR"]]]);
  });

  it("reads an arrest warrant as coercion by the court that issues it, and reactions to it as aimed at the court", () => {
    const pt = said("pt", 'O Tribunal Penal Internacional emitiu nesta sexta-feira (17) um mandado de prisão contra o presidente russo, Vladimir Putin. O porta-voz do Kremlin, Dmitri Peskov, classificou a decisão de "ultrajante e inaceitável". O presidente ucraniano, Volodymyr Zelensky, celebrou uma "decisão histórica".', "2023-03-18");
    expect(pt).toContainEqual(["COERCE", "repel", ["icc"], ["Q7747"]]);
    expect(pt.filter((e) => e[0] === "DISAPPROVE" || e[0] === "SUPPORT").map((e) => [e[0], e[3]])).toEqual([["DISAPPROVE", ["icc"]], ["SUPPORT", ["icc"]]]);
    expect(said("en", "The International Criminal Court issued an arrest warrant for Russian President Vladimir Putin on Friday.", "2023-03-18")).toEqual([["COERCE", "repel", ["icc"], ["Q7747"]]]);
    // What states are obliged to do if he comes is no act yet, and no reaction is aimed at it.
    const obliged = extract({ source: "x", language: "pt", published: "2023-03-18", text: "Os Estados-partes, entre eles o Brasil, são obrigados a prender Putin caso ele pise em seu território." });
    expect(obliged.events.filter((e) => e.type === "COERCE").map((e) => e.status)).toEqual(["planned"]);
  });

  it("reads an act whose subject is no one as none, and the speaker as no doer of it", () => {
    expect(said("en", 'National Security Adviser Jake Sullivan said that "nobody is attacking Russia".', "2023-02-22")).toEqual([]);
    expect(said("es", "El portavoz dijo que nadie atacó a Rusia.", "2023-02-22")).toEqual([]);
  });

  it("reads a name an apposition calls a treaty as that agreement, and the agent of a passive as no target", () => {
    const x = extract({ source: "x", language: "en", published: "2023-02-22", text: "Russia is suspending its participation in New START, the last treaty limiting the nuclear arsenals of Russia and the United States. New START was signed in Prague in 2010 by then-presidents Barack Obama and Dmitry Medvedev." });
    expect(x.entities.filter((e) => e.name === "New START").map((e) => e.label)).toEqual(["Agreement"]);
    expect(x.entities.filter((e) => e.label === "Agreement")).toHaveLength(1);
    expect(x.events.filter((e) => e.type === "AGREE").map((e) => [ids(e.sources).sort(), ids(e.targets)])).toEqual([[["barack-obama", "dmitry-medvedev"], []]]);
  });

  it("reads reaching, sealing or finalising an agreement as agreeing, and concluding talks on one as it was", () => {
    const agreed = (language: string, text: string) => extract({ source: "x", language, published: "2025-06-18", text }).events.filter((e) => e.type === "AGREE").map((e) => ids([...e.sources, ...e.targets]).sort());
    expect(agreed("en", "The Democratic Republic of Congo and Rwanda have reached a draft peace agreement aimed at ending the fighting in eastern Congo.")).toEqual([["COD", "RWA"]]);
    expect(agreed("en", "Armenia and Azerbaijan have finalised the text of a peace treaty.")).toEqual([["ARM", "AZE"]]);
    expect(agreed("es", "Armenia y Azerbaiyán sellaron un acuerdo de paz.")).toEqual([["ARM", "AZE"]]);
    expect(agreed("pt", "A Arménia e o Azerbaijão alcançaram um acordo de paz.")).toEqual([["ARM", "AZE"]]);
  });

  it("reads who undergoes a killing or an arrest from its 'of', an act blamed on someone as their act by the accuser's claim, and vows of punishment as threats", () => {
    const acts = (language: string, text: string) =>
      extract({ source: "x", language, published: "2024-07-31", text }).events.map((e) => [e.type, ids(e.sources), ids(e.targets), e.status, ids(e.reportedBy)]);
    expect(acts("en", "Israel carried out the assassination of Ismail Haniyeh.")).toEqual([["ASSAULT", ["ISR"], ["ismail-haniyeh"], "occurred", []]]);
    expect(acts("en", "Iran blamed Israel for the killings of Ismail Haniyeh and his bodyguard.")).toContainEqual(["ASSAULT", ["ISR"], ["ismail-haniyeh"], "claimed", ["IRN"]]);
    expect(acts("pt", "O Irão atribuiu o assassinato de Ismail Haniyeh a Israel.")).toContainEqual(["ASSAULT", ["ISR"], ["ismail-haniyeh"], "claimed", ["IRN"]]);
    expect(acts("en", "Iran's Supreme Leader Ayatollah Ali Khamenei vowed 'harsh punishment' for Israel on Wednesday.").map((e) => e.slice(0, 3))).toEqual([["THREATEN", ["IRN"], ["ISR"]]]);
  });

  it("reads an order to one's own troops as the act ordered, massing and alerting troops as mobilizing, and becoming a member as joining", () => {
    const acts = (text: string) => extract({ source: "x", language: "en", published: "2024-01-10", text }).events.map((e) => [e.type, ids(e.sources), ids(e.targets)]);
    expect(acts("Russia's defence minister ordered troops to pull out of the city of Kherson on Wednesday.")).toEqual([["RETREAT", ["RUS"], ["UKR"]]]);
    expect(acts("Trump ordered Iran to stop enriching uranium.")).toEqual([["DEMAND", ["Q22686"], ["IRN"]]]);
    expect(acts("The Pentagon ordered the withdrawal of 1,000 troops from northern Syria.")).toEqual([["RETREAT", ["USA"], ["SYR"]]]);
    expect(acts("The Pentagon ordered a second aircraft carrier strike group to the eastern Mediterranean to deter Iran.")).toEqual([["MOBILIZE", ["USA"], ["IRN"]]]);
    expect(acts("Moscow ordered its military to put the country's nuclear forces on high alert.")).toEqual([["MOBILIZE", ["RUS"], []]]);
    expect(acts("ECOWAS ordered the activation of a standby force on Thursday.")).toEqual([["MOBILIZE", ["ecowas"], []]]);
    expect(acts("Russia has massed around 100,000 troops near its border with Ukraine.")).toEqual([["MOBILIZE", ["RUS"], ["UKR"]]]);
    expect(acts("South Korea put its troops along the border on heightened alert.")).toEqual([["MOBILIZE", ["KOR"], []]]);
    expect(acts("Indonesia has become a full member of the BRICS group of emerging economies.")).toEqual([["COOPERATE", ["IDN"], ["brics"]]]);
  });

  it("takes what a trigger phrase itself names for its object, a possessive inside it too", () => {
    const acts = (text: string) => extract({ source: "x", language: "en", published: "2023-03-15", text }).events.map((e) => [e.type, ids(e.sources), ids(e.targets)]);
    const told = "The State Department summoned Russia's ambassador, Anatoly Antonov, on Tuesday to convey \"strong objections\", spokesman Ned Price said, and the U.S. ambassador in Moscow, Lynne Tracy, delivered the same message to the Russian Foreign Ministry.";
    expect(acts(told).filter((e) => e[0] === "DISAPPROVE")).toEqual([["DISAPPROVE", ["USA"], ["anatoly-antonov"]]]);
  });

  it("reads tariffs applied and retaliation announced as sanctions, and agreements reached in the plural as agreeing", () => {
    const acts = (text: string) => extract({ source: "x", language: "es", published: "2018-06-01", text }).events.map((e) => [e.type, ids(e.sources), ids(e.targets)]);
    expect(acts("Canadá anunció gravámenes de represalia sobre productos estadounidenses.")).toEqual([["SANCTION", ["CAN"], ["USA"]]]);
    expect(acts("Washington comenzó a aplicar aranceles del 25 % al acero europeo.").map((e) => e[0])).toEqual(["SANCTION"]);
    expect(acts("Argentina, Australia y Brasil también alcanzaron acuerdos con Washington.")).toEqual([["AGREE", ["ARG", "AUS", "BRA"], ["USA"]]]);
  });

  it("reads a removal from office as coercion of the one removed, and a participle of a past arrest as no act", () => {
    const acts = (language: string, text: string) => extract({ source: "x", language, published: "2022-12-08", text }).events.map((e) => [e.type, e.mode, ids(e.targets)]);
    expect(acts("es", "El Congreso de Perú destituyó el miércoles a Pedro Castillo.")).toEqual([["COERCE", "remove", ["pedro-castillo"]]]);
    expect(acts("en", "The Peruvian Congress impeached Pedro Castillo on Wednesday.")).toEqual([["COERCE", "remove", ["pedro-castillo"]]]);
    expect(acts("es", "El Gobierno de Venezuela liberó a seis ciudadanos estadounidenses detenidos en el país.").map((e) => e[0])).not.toContain("COERCE");
  });
});

describe("reactions to an attack", () => {
  const text =
    "WASHINGTON - Donald Trump foi ferido neste sábado durante um comício em Butler, nos Estados Unidos. Os Estados Unidos investigam. Em nota, o Itamaraty repudiou o ataque e desejou pronta recuperação ao ex-presidente americano. O premiê indiano, Narendra Modi, condenou \"veementemente\" o ataque.";

  it("aims a condemnation of an attack no one is said to have done at no one, not at the state it hit", () => {
    const x = extract({ source: "x", language: "pt", published: "2024-07-14", text });
    const condemned = ev(x, "DISAPPROVE").map((e) => [ids(e.sources), ids(e.targets)]);
    expect(condemned).toContainEqual([["BRA"], []]);
    expect(condemned).toContainEqual([["Q1058"], []]);
    expect(ev(x, "REJECT")).toEqual([]);
  });

  it("aims it at whoever the attack is said to be of, named by a demonym inside quotation marks", () => {
    const x = extract({ source: "x", language: "es", published: "2024-07-31", text: 'Ismail Haniyeh murió en Teherán. Hamás denunció un "ataque sionista" contra su líder.' });
    expect(ev(x, "DISAPPROVE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["hamas"], ["ISR"]]]);
  });
});

describe("vetoes", () => {
  it("aims a veto of a draft resolution at the body that votes on it, past a day the parse took for the object", () => {
    const x = extract({ source: "x", language: "es", published: "2023-12-09", text: "El Consejo de Seguridad de la ONU votó el proyecto de resolución. Estados Unidos vetó este viernes en el Consejo de Seguridad de la ONU el proyecto de resolución." });
    expect(ev(x, "REJECT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["USA"], ["un-security-council"]]]);
  });
});


describe("attacks claimed", () => {
  it("reads an attack claimed by someone as theirs, joined to the attack its victims tell in the same sentence", () => {
    const x = extract({ source: "x", language: "en", published: "2024-03-22", text: "Gunmen opened fire on concertgoers at the Crocus City Hall near Moscow on Friday, killing dozens of people, in an attack claimed by Islamic State." });
    expect(ev(x, "ASSAULT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["islamic-state"], ["RUS"]]]);
  });

  it("keeps an attack its doer claims, whoever its victims are", () => {
    for (const [language, text] of [["pt", "O grupo terrorista Estado Islâmico reivindicou a autoria do massacre."], ["es", "El Estado Islámico reivindicó la autoría del atentado."]] as const) {
      const x = extract({ source: "x", language, published: "2024-03-23", text });
      expect(ev(x, "ASSAULT").map((e) => [ids(e.sources), e.status])).toEqual([[["islamic-state"], "claimed"]]);
    }
  });
});

describe("disapproval voiced", () => {
  it("reads concern or disappointment a light verb tells of its subject as a disapproval that stands alone", () => {
    const x = extract({ source: "x", language: "en", published: "2023-12-09", text: "China's envoy Zhang Jun expressed deep concern about the veto." });
    expect(ev(x, "DISAPPROVE").map((e) => ids(e.sources))).toEqual([["zhang-jun"]]);
    const y = extract({ source: "y", language: "es", published: "2023-12-09", text: "El embajador brasileño se declaró profundamente decepcionado." });
    expect(ev(y, "DISAPPROVE").map((e) => ids(e.sources))).toEqual([["BRA"]]);
  });

  it("reads what a judgement calls intolerable, hostile or cowardly as disapproval", () => {
    const x = extract({ source: "x", language: "es", published: "2024-04-06", text: "El presidente hondureño calificó la acción de intolerable." });
    // The office held on the day: Honduras' president in April 2024.
    expect(ev(x, "DISAPPROVE").map((e) => ids(e.sources))).toEqual([["xiomara-castro"]]);
    const y = extract({ source: "y", language: "en", published: "2023-03-15", text: "The U.S. military called the intercept unsafe and unprofessional." });
    expect(ev(y, "DISAPPROVE").length).toBe(1);
  });
});

describe("judgements reported as what something is", () => {
  const judged = (language: "en" | "es" | "pt", text: string) =>
    ev(extract({ source: "x", language, published: "2024-08-01", text }), "DISAPPROVE").map((e) => [ids(e.sources), ids(e.targets)]);

  it("reads a reported clause that calls an act provocative or unacceptable as disapproval of its doer", () => {
    expect(judged("en", "Kremlin spokesman Dmitry Peskov said the launch by North Korea was a provocative act.")).toEqual([[["dmitry-peskov"], ["PRK"]]]);
    expect(judged("es", "El vicecanciller ruso Mijaíl Bogdánov dijo que el asesinato de Haniyeh por Israel es absolutamente inaceptable.")).toEqual([[["mijail-bogdanov"], ["ISR"]]]);
    expect(judged("pt", "O ministro alemão disse que a apreensão do navio pelo Irão é um agravamento perigoso.")).toEqual([[["DEU"], ["IRN"]]]);
  });

  it("reads a reported clause that calls an actor responsible as an accusation, and a negated one as none", () => {
    expect(judged("es", "Washington cree que Rusia es responsable del ataque.")).toEqual([[["USA"], ["RUS"]]]);
    expect(judged("en", "Lavrov said Russia was not responsible for the attack.")).toEqual([]);
    expect(judged("en", "Lavrov said the talks were useful.")).toEqual([]);
  });
});

describe("what a reaction calls its object", () => {
  const reactions = (text: string, type = "DISAPPROVE") => ev(extract({ source: "x", language: "en", published: "2024-06-14", text }), type).map((e) => [ids(e.sources), ids(e.targets)]);

  it("takes no target from inside what the object is called as", () => {
    expect(reactions("U.N. Secretary-General Antonio Guterres condemned it as a clear violation of Security Council resolutions.")).toEqual([[["Q311440"], []]]);
  });

  it("keeps the object a modifier after 'as' moves to the end", () => {
    expect(reactions("Qatar condemned as cowardly an Israeli air strike on Tuesday that targeted Hamas leaders in Doha.")).toEqual([[["QAT"], ["ISR"]]]);
    expect(reactions("Ukraine on Friday rejected as absurd President Vladimir Putin's demand that Kyiv pull its troops out.", "REJECT")).toEqual([[["UKR"], ["Q7747"]]]);
  });

  it("reads 'it' as an object for the act told of, not for the state in the speaker's title", () => {
    expect(reactions("Kremlin spokesman Dmitry Peskov called it a provocative act that would raise tensions.")).toEqual([[["dmitry-peskov"], []]]);
  });
});

describe("praise of an act whose doer is not found", () => {
  it("keeps the praise, with no one it is aimed at, where the act praised has no doer the extractor found", () => {
    const x = extract({ source: "x", language: "pt", published: "2023-08-24", text: "Os líderes do Brics anunciaram nesta quinta-feira a ampliação do bloco. Lula saudou a decisão nas redes sociais." });
    expect(ev(x, "SUPPORT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["Q37181"], []]]);
    // Praise of nothing told as an act is no stance.
    const y = extract({ source: "y", language: "pt", published: "2023-08-24", text: "Lula saudou os presentes nas redes sociais." });
    expect(ev(y, "SUPPORT")).toEqual([]);
  });
});

describe("an object none of which is given", () => {
  it("reads sending no one as a refusal, and names an emir with his joined article", () => {
    const x = extract({ source: "x", language: "en", published: "2021-12-08", text: "Britain, Canada and Australia said on Wednesday they would send no government officials to the Beijing Winter Olympics." });
    expect(x.events.map((e) => [e.type, ids(e.sources).sort(), ids(e.targets)])).toEqual([["REJECT", ["AUS", "CAN", "GBR"], ["CHN"]]]);
    const y = extract({ source: "y", language: "pt", published: "2023-11-24", text: "Biden agradeceu ao emir do Kuwait, Nawaf bin Salem al-Sabah." });
    expect(y.entities.map((e) => e.name)).toContain("Nawaf bin Salem al-Sabah");
  });
});

describe("ambassadors recalled", () => {
  it("reads several states recalling their ambassadors as a sanction of the state they leave", () => {
    const x = extract({ source: "x", language: "en", published: "1975-09-28", text: "Britain, West Germany and the Netherlands recalled their ambassadors from Madrid on Sunday." });
    expect(ev(x, "SANCTION").map((e) => [ids(e.sources), ids(e.targets), e.mode])).toEqual([[["DEDE", "GBR", "NLD"], ["ESP"], "recall"]]);
  });

  it("reads ordering another state's advisers or diplomats out of the country as an expulsion, and ordering one's own troops out as none", () => {
    const x = extract({ source: "x", language: "en", published: "1977-11-14", text: "Somalia ordered all Soviet advisers out of the country on Sunday." });
    expect(ev(x, "SANCTION").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["SOM"], ["SUHH"]]]);
    const y = extract({ source: "y", language: "en", published: "2022-11-09", text: "Russia's defence minister ordered troops to pull out of the city of Kherson on Wednesday." });
    expect(ev(y, "SANCTION")).toEqual([]);
  });
});

describe("a body's finding against a state", () => {
  it("reads 'found Iran in breach of its obligations' as censure of Iran, and finding things as no event", () => {
    const x = extract({ source: "x", language: "en", published: "2005-09-24", text: "The International Atomic Energy Agency's governing board found Iran in breach of its non-proliferation obligations on Saturday." });
    expect(ev(x, "DISAPPROVE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["iaea"], ["IRN"]]]);
    const y = extract({ source: "y", language: "en", published: "2005-09-24", text: "Inspectors found Iran's centrifuges in a hall near Natanz on Saturday." });
    expect(y.events).toEqual([]);
  });
});

describe("ground taken from an armed side", () => {
  it("reads 'seized X from Y' as an attack on Y, where the parse hangs the 'from' phrase from the verb or from what it took", () => {
    const sides = (text: string) => ev(extract({ source: "x", language: "en", published: "2017-10-17", text }), "ASSAULT").map((e) => [ids(e.sources), ids(e.targets)]);
    expect(sides("Iraqi troops seized the town from Islamic State on Monday.")).toEqual([[["armed-forces-irq"], ["islamic-state"]]]);
    expect(sides("Iraqi troops and Shi'ite militias seized Kirkuk and its oilfields from Kurdish Peshmerga fighters on Monday.")).toEqual([[["armed-forces-irq"], ["kurdish-peshmerga"]]]);
  });
});

describe("a passive with no agent", () => {
  it("takes the passive's subject for whom the act is done to, and the state it happens in for its doer", () => {
    const x = extract({ source: "x", language: "en", published: "2018-12-31", text: "A former U.S. Marine, Paul Whelan, has been arrested in Moscow on spying charges." });
    expect(ev(x, "COERCE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["RUS"], ["USA"]]]);
    const y = extract({ source: "y", language: "en", published: "2018-12-11", text: "Former Canadian diplomat Michael Kovrig has been detained in China, his employer said on Tuesday." });
    expect(ev(y, "COERCE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["CHN"], ["michael-kovrig"]]]);
    expect(y.relations.filter((r) => r.from.id === "michael-kovrig").map((r) => [r.type, r.to.id, r.role])).toEqual([["PART_OF", "CAN", "Diplomat"]]);
    // The words, reading the subject as the doer, took a state in a phrase after the verb for the target.
    const z = extract({ source: "z", language: "en", published: "2024-06-07", text: "A French researcher working for a Swiss conflict-mediation group has been detained in Moscow on suspicion of collecting information about Russia's military." });
    expect(ev(z, "COERCE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["RUS"], ["FRA"]]]);
  });

  it("keeps the subject the doer of acts a passive does not undergo", () => {
    const x = extract({ source: "x", language: "en", published: "2022-01-24", text: "Some 8,500 U.S. troops were placed on heightened alert on Monday for possible deployment to Europe." });
    expect(ev(x, "MOBILIZE").map((e) => ids(e.sources))).not.toContainEqual([]);
  });
});

describe("operations ended", () => {
  it("reads forces ending their operations in a state as a withdrawal from it, in each language", () => {
    for (const [language, text] of [["en", "France formally ended its military operations in Burkina Faso on Sunday."], ["pt", "A França pôs fim às suas operações militares no Burkina Faso."], ["es", "Francia puso fin a sus operaciones militares en Burkina Faso."]] as const) {
      const x = extract({ source: language, language, published: "2023-02-19", text });
      expect(x.events.map((e) => [e.type, ids(e.sources), ids(e.targets)])).toEqual([["RETREAT", ["FRA"], ["BFA"]]]);
    }
  });
});

describe("an act told twice in one sentence", () => {
  it("joins a withdrawal told by whom it leaves and the same withdrawal told by who leaves", () => {
    const x = extract({ source: "x", language: "en", published: "2023-12-31", text: "The United Nations completed the withdrawal of its peacekeeping mission from Mali on Sunday." });
    expect(ev(x, "RETREAT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["un"], ["MLI"]]]);
  });
});

describe("who does it, from the clause's structure", () => {
  const acts = (language: string, text: string) => extract({ source: "x", language, published: "2024-09-08", text }).events.map((e) => [e.type, ids(e.sources), ids(e.targets)]);

  it("takes no subject from the owner of a means named in a prepositional phrase, nor from a name in brackets", () => {
    expect(acts("es", "El candidato Pedro Ruiz Calvo ha llegado a la base aérea de Villanueva del Campo (Madrid) en un avión de la Fuerza Aérea española para pedir asilo político.")).toEqual([["DEMAND", ["pedro-ruiz-calvo"], []]]);
  });

  it("takes the owner of a name the parse hung as a modifier", () => {
    expect(acts("en", "An Islamic State suicide bomber killed 13 U.S. service members outside the airport on Thursday.")).toEqual([["ASSAULT", ["islamic-state"], ["USA"]]]);
  });

  it("reads what a demand urges, through verbs joined to the first, as its content and no act of its own", () => {
    expect(acts("es", "La ministra Ana Ruiz Soto ha instado a las autoridades venezolanas a poner fin a la represión y a liberar a todos los presos políticos.")).toEqual([["DEMAND", ["ana-ruiz-soto"], ["VEN"]]]);
  });

  it("reads every act urged below the demand as its content: infinitives joined to the urging verb, and what hangs from them", () => {
    expect(acts("en", "In a joint statement, Blinken, British Foreign Secretary Dominic Raab and Canadian Foreign Minister Marc Garneau called on China to end its repression of the Uighurs and to release those arbitrarily detained.")).toEqual([["DEMAND", ["antony-blinken", "dominic-raab", "marc-garneau"], ["CHN"]]]);
    // A purpose below what is ordered is no part of the order.
    expect(acts("es", "El presidente emiratí, Mohamed bin Zayed, ordenó abrir un puente aéreo para llevar ayuda a Marruecos, y Catar ha anunciado el envío de un equipo de rescate.").map((e) => e[0])).toContain("AID");
  });

  it("reads through a noun that counts or spans the act: the doer of 'a large number of troops' and 'three days of drills'", () => {
    expect(acts("en", "Belarus has massed a large number of troops near its border with Ukraine.")).toEqual([["MOBILIZE", ["BLR"], ["UKR"]]]);
    expect(acts("en", "China's military began three days of combat drills around Taiwan on Saturday.")).toEqual([["MOBILIZE", ["CHN"], ["TWN"]]]);
  });

  it("reads a verb after 'and' as no content of a threat named by a noun before it", () => {
    expect(acts("en", "Biden said the tanks were not a threat to Russia and praised Scholz.").filter((e) => e[0] === "SUPPORT")).toEqual([["SUPPORT", ["Q6279"], ["Q61053"]]]);
  });

  it("reads launching a boycott, a campaign or a satellite as no attack, and launching missiles as one", () => {
    expect(acts("en", "Britain joined a diplomatic boycott launched by the United States over China's human rights record.").filter((e) => e[0] === "ASSAULT")).toEqual([]);
    expect(acts("en", "North Korea launched a satellite on Tuesday and launched two missiles toward Japan.")).toEqual([["ASSAULT", ["PRK"], ["JPN"]]]);
  });

  it("reads a veto cast in a body that names nothing else as aimed at the body", () => {
    expect(acts("pt", "Em março deste ano, a Rússia vetou no Conselho de Segurança a renovação do painel de especialistas.")).toEqual([["REJECT", ["RUS"], ["un-security-council"]]]);
    expect(acts("es", "Rusia vetó en el Consejo de Seguridad la renovación del panel de expertos.")).toEqual([["REJECT", ["RUS"], ["un-security-council"]]]);
  });

  it("reads voting against a plan and casting a veto as rejection, with a word between verb and preposition", () => {
    expect(acts("en", "Hungary and Slovakia voted on Tuesday against a European Union plan to share out refugees.")).toEqual([["REJECT", ["HUN", "SVK"], ["eu"]]]);
    expect(acts("en", "Washington cast its first veto at the U.N. Security Council on Monday.")).toEqual([["REJECT", ["USA"], ["un-security-council"]]]);
  });

  it("reads a hostile act promised on a condition as a threat of it, but not a duty or the act feared", () => {
    expect(acts("en", "Yemen's Houthis will resume their attacks on Israeli shipping if Israel does not lift its blockade.").filter((e) => e[0] !== "RETREAT")).toEqual([["THREATEN", ["houthis"], ["ISR"]]]);
    expect(acts("en", "Turkey could go as far as cutting diplomatic ties with Israel if the United States recognises Jerusalem as its capital.")).toEqual([["THREATEN", ["TUR"], ["ISR"]]]);
    expect(acts("es", "Rusia atacará Ucrania si la OTAN envía tropas.").filter((e) => e[0] === "THREATEN")).toEqual([["THREATEN", ["RUS"], ["UKR"]]]);
    expect(acts("pt", "Os Estados-partes, entre eles o Brasil, são obrigados a prender Putin caso ele pise em seu território.").filter((e) => e[0] === "THREATEN")).toEqual([]);
    expect(acts("en", "Biden said he would stop supplying Israel with bombs if it launched a major invasion of Rafah.").filter((e) => e[0] === "THREATEN")).toEqual([]);
  });

  it("aims an attack someone was killed in at them, its doer named before 'drone strike'", () => {
    expect(acts("en", "Hamas deputy leader Saleh al-Arouri was killed in an Israeli drone strike on the southern suburbs of Beirut on Tuesday.")).toEqual([["ASSAULT", ["ISR"], ["saleh-al-arouri"]]]);
    expect(acts("en", "A Russian missile and drone attack on Kyiv killed at least 21 people early on Thursday.")).toEqual([["ASSAULT", ["RUS"], ["UKR"]]]);
  });

  it("reads an extradition as cooperation of the state that hands someone over with the one that receives them, the person neither side", () => {
    const modes = (text: string) => extract({ source: "x", language: "en", published: "2020-01-10", text }).events.map((e) => [e.type, e.mode, ids(e.sources), ids(e.targets)]);
    expect(modes("Mexico extradited the son of the leader of the Jalisco New Generation Cartel to the United States on Friday.")).toEqual([["COOPERATE", "extradite", ["MEX"], ["USA"]]]);
    expect(modes("Businessman Alex Pereira was extradited to the United States from Cape Verde on Saturday.")).toEqual([["COOPERATE", "extradite", ["CPV"], ["USA"]]]);
  });

  it("reads an embassy opened as ties with its host, restored ties between two as aimed at neither's host, and bringing back conscription as mobilizing", () => {
    expect(acts("en", "The United States reopened its embassy in Kyiv on Wednesday.")).toEqual([["COOPERATE", ["USA"], ["UKR"]]]);
    expect(acts("en", "Bahrain and Qatar restored diplomatic relations on Wednesday after talks in Riyadh.").filter((e) => (e[2] as string[]).includes("SAU"))).toEqual([]);
    expect(acts("en", "Latvia will reintroduce compulsory military service for young men next year.")).toEqual([["MOBILIZE", ["LVA"], []]]);
    expect(acts("en", "Protesters broke into the embassy of Bangladesh on Monday.").map((e) => e[0])).toEqual(["PROTEST"]);
  });

  it("takes every item of a list of partners that starts within reach, each with its own preposition, and none past a new clause", () => {
    expect(acts("pt", "Depois do anúncio, Trump telefonou para a chanceler alemã, Angela Merkel, para o presidente francês, Emmanuel Macron, para a primeira-ministra britânica, Theresa May, e para o primeiro-ministro canadense, Justin Trudeau, para explicar a decisão.")).toEqual([["CONSULT", ["Q22686"], ["Q3052772", "angela-merkel", "justin-trudeau", "theresa-may"]]]);
    expect(acts("es", "El presidente emiratí, Mohamed bin Zayed, ordenó abrir un puente aéreo para llevar ayuda a Marruecos, y Catar ha anunciado el envío de un equipo de rescate.").filter((e) => (e[2] as string[]).includes("QAT"))).toEqual([]);
  });

  it("reads a deadline given to someone as a demand of them", () => {
    expect(acts("en", "The African Union gave Niger's military 15 days on Saturday to return to their barracks.")).toEqual([["DEMAND", ["african-union"], ["armed-forces-ner"]]]);
    expect(acts("en", "The government gave the protesters a day to leave the square.")).toEqual([]);
  });

  it("aims a recall at the host state, never the envoy recalled or whoever announced it, one recall per capital", () => {
    expect(acts("es", "Turquía llamó este lunes a consultas a sus embajadores en Washington y Tel Aviv, anunció el vice primer ministro Bekir Bozdag.")).toEqual([["SANCTION", ["TUR"], ["ISR", "USA"]]]);
    expect(acts("es", 'Sudáfrica retiró también este lunes a su embajador en Israel, Sisa Ngombane, "con efecto inmediato y hasta nuevo aviso".')).toEqual([["SANCTION", ["ZAF"], ["ISR"]]]);
  });

  it("reads sanctions lifted as no sanction, and a plenary session with someone as a meeting", () => {
    expect(acts("en", "Iran agreed to curb its nuclear programme in exchange for the lifting of international sanctions. United Nations, U.S. and EU sanctions will be lifted once the IAEA confirms it.").filter((e) => e[0] === "SANCTION")).toEqual([]);
    expect(acts("en", "The foreign ministers of Britain and France held a final plenary session with Iranian Foreign Minister Mohammad Javad Zarif on Tuesday.")).toEqual([["CONSULT", ["FRA", "GBR"], ["mohammad-javad-zarif"]]]);
  });

  it("makes no one the target of their own act", () => {
    expect(acts("pt", 'O secretário-chefe do gabinete, Kenji Sato, classificou de "totalmente inaceitável" a compra, pela Rússia, de armas norte-coreanas.').filter((e) => e[0] === "DISAPPROVE")).toEqual([["DISAPPROVE", ["kenji-sato"], []]]);
  });

  it("reads granting asylum as aid, done by the subject of its own clause after 'después de que'", () => {
    expect(acts("es", "El Gobierno de Perú rompió relaciones con México, después de que la embajada mexicana en Lima concediera asilo a la ex primera ministra Ana Ruiz Soto.")).toContainEqual(["AID", ["MEX"], ["ana-ruiz-soto"]]);
    expect(acts("en", "Spain granted political asylum to Pedro Ruiz Calvo on Sunday.")).toEqual([["AID", ["ESP"], ["pedro-ruiz-calvo"]]]);
  });

  it("reads an inspection verb that takes a clause as speech, inspecting nothing", () => {
    expect(acts("es", "La líder opositora Ana Ruiz Soto ha asegurado que la vida de Pedro Ruiz Calvo corría peligro.")).toEqual([]);
    expect(acts("es", "El ministro Pedro Ruiz Calvo había confirmado de madrugada que el opositor volaba hacia España.")).toEqual([]);
  });
});

describe("a threat or an inquiry that names no target", () => {
  const sides = (language: string, published: string, text: string, type: string) =>
    extract({ source: "x", language, published, text }).events.filter((e) => e.type === type).map((e) => [ids(e.sources), ids(e.targets)]);

  it("is aimed at whom what it is about names, the doer of a deed it is about first", () => {
    expect(sides("en", "2020-01-16", "China's defence ministry warned on Thursday that 'Taiwan independence' means war.", "THREATEN")).toEqual([[["CHN"], ["TWN"]]]);
    // The parse hangs an infinitive set off by "on Saturday" as an adverbial.
    expect(sides("en", "2025-07-12", "U.S. President Donald Trump threatened on Saturday to impose a 30% tariff on imports from Mexico and the European Union.", "THREATEN")).toEqual([[["Q22686"], ["MEX", "eu"]]]);
    expect(sides("en", "2019-03-07", "The European Commission opened an in-depth investigation on Wednesday into whether Russia uses data from independent retailers.", "INVESTIGATE")).toEqual([[["european-commission"], ["RUS"]]]);
    expect(sides("en", "2024-10-04", "China's top market watchdog launched an antitrust probe into Qualcomm on Friday over its purchase of an Israeli chip designer.", "INVESTIGATE")).toEqual([[["CHN"], ["qualcomm"]]]);
    expect(sides("en", "2018-10-25", "A U.N. human rights expert will lead an international inquiry into the killing of a journalist by Saudi agents in Istanbul.", "INVESTIGATE")).toContainEqual([["un"], ["SAU"]]);
  });

  it("is not aimed at its doers' own side, nor at what a purpose or a condition names", () => {
    // Juncker heads the Commission, an organ of the EU: the threat passes over the EU to the next side named.
    expect(sides("es", "2018-06-01", "El presidente de la Comisión, Jean-Claude Juncker, advirtió de que la UE responderá a Estados Unidos.", "THREATEN")).toEqual([[["jean-claude-juncker"], ["USA"]]]);
    expect(sides("pt", "2006-05-02", "O governo brasileiro avisou que agirá contra a Bolívia para preservar os interesses da Petrobras.", "THREATEN")).toEqual([[["BRA"], ["BOL"]]]);
  });
});

describe("forces sent where no state receives them", () => {
  it("are a build-up, though a state named later in the sentence follows 'to' or 'in'", () => {
    const x = extract({ source: "x", language: "en", published: "2020-01-03", text: "The United States is sending nearly 3,000 more troops to the Middle East, U.S. officials said on Friday, as Iran vowed harsh revenge for the killing of its top commander in a U.S. drone strike in Baghdad." });
    expect(x.events.filter((e) => e.type === "AID")).toEqual([]);
    expect(x.events.filter((e) => e.type === "MOBILIZE").map((e) => ids(e.sources))).toEqual([["USA"]]);
  });
});

describe("two sides named as subjects", () => {
  it("are joined past a possessive and words that describe the second, not past a title or from a preposition's object", () => {
    const doers = (language: string, text: string, type: string) => extract({ source: "x", language, published: "2016-08-25", text }).events.filter((e) => e.type === type).map((e) => ids(e.sources).sort());
    expect(doers("en", "Sudan's army and the rival Rapid Support Forces agreed late on Thursday to protect civilians.", "AGREE")).toEqual([["armed-forces-sdn", "rsf"]]);
    expect(doers("en", "Colombia's government and Marxist FARC rebels reached a final peace deal in Havana on Wednesday.", "AGREE")).toEqual([["COL", "fuerzas-armadas-revolucionarias-de-colombia-ejercito-del-pueblo"]]);
    expect(doers("es", "Panamá suspendió los vuelos con Venezuela y el presidente José Raúl Mulino pidió una revisión de las actas.", "DEMAND")).toEqual([["jose-raul-mulino"]]);
  });
});

describe("an obligation laid on another in reported speech", () => {
  const demands = (published: string, text: string) => extract({ source: "x", language: "en", published, text }).events.filter((e) => e.type === "DEMAND").map((e) => [ids(e.sources), ids(e.targets)]);

  it("is the speaker's demand of them, and what they must do no act of its own", () => {
    expect(demands("2011-03-03", "Barack Obama said on Thursday that Muammar Gaddafi must leave power.")).toEqual([[["barack-obama"], ["muammar-gaddafi"]]]);
    expect(demands("2020-06-18", "In a phone call on Wednesday, Chinese Foreign Minister Wang Yi told his Indian counterpart, Subrahmanyam Jaishankar, that India should investigate the incident.")).toEqual([[["wang-yi"], ["IND"]]]);
    const x = extract({ source: "x", language: "en", published: "2025-10-04", text: "Israel must immediately stop bombing Gaza, U.S. President Donald Trump said late on Friday." });
    expect(x.events.map((e) => [e.type, ids(e.sources), ids(e.targets)])).toEqual([["DEMAND", ["Q22686"], ["ISR"]]]);
  });

  it("is the demand of a court or a council whose ruling or order closes the sentence, on the day it said so, with the verb after the modal read as one", () => {
    const dated = (published: string, text: string) => extract({ source: "x", language: "en", published, text }).events.map((e) => `${e.type} ${ids(e.sources).join("+")} -> ${ids(e.targets).join("+")} ${e.date ?? ""}`);
    expect(dated("2008-10-16", "Georgia and Russia must each refrain from racial discrimination, the International Court of Justice said on Wednesday in an interim ruling.")).toEqual(["DEMAND icj -> GEO+RUS 2008-10-15"]);
    expect(dated("1993-12-16", "Sudan must hand over three men wanted for an attempt on the life of President Hosni Mubarak, the Security Council said on Wednesday.")).toEqual(["DEMAND un-security-council -> SDN 1993-12-15"]);
    expect(dated("1979-12-16", "Iran must immediately release all the Americans held at the U.S. embassy in Tehran, the World Court ruled unanimously on Saturday.")).toEqual(["DEMAND icj -> IRN 1979-12-15"]);
    expect(dated("2021-12-08", "Armenia and Azerbaijan must both take steps to prevent incitement, the World Court ordered on Tuesday.")).toEqual(["DEMAND icj -> ARM+AZE 2021-12-07"]);
  });

  it("is no demand where it is laid on the speaker's own side, or where something should be done to someone", () => {
    expect(demands("2015-03-03", "Putin said Ukraine must withdraw its troops, and Russia must defend its interests.")).toEqual([[["Q7747"], ["UKR"]]]);
    expect(demands("2015-03-03", "We must defend ourselves, Netanyahu said.")).toEqual([]);
    expect(demands("2005-10-26", "Mahmoud Ahmadinejad said on Wednesday that Israel should be wiped off the map.")).toEqual([]);
  });
});

describe("telling a side to do something", () => {
  it("reads 'told X to <act>' as a demand whose doer an organization can be, past a date between the words", () => {
    const sides = (text: string) => ev(extract({ source: "x", language: "en", published: "2004-07-09", text }), "DEMAND").map((e) => [ids(e.sources), ids(e.targets)]);
    expect(sides("The World Court told Israel on Friday to tear down the barrier.")).toEqual([[["icj"], ["ISR"]]]);
    expect(sides("NATO told Israel to withdraw.")).toEqual([[["nato"], ["ISR"]]]);
    // A news agency before "said" still tells the sentence and does not act in it.
    const y = extract({ source: "y", language: "en", published: "2016-08-20", text: "KCNA said Britain had handed the diplomat over to Seoul." });
    expect(y.events.flatMap((e) => ids(e.sources))).not.toContain("kcna");
  });
});

describe("a deal between the sides one subject joins", () => {
  it("is aimed at no one else: not the brokers, nor those the deal is about", () => {
    const agreed = (text: string) => ev(extract({ source: "x", language: "en", published: "2022-07-22", text }), "AGREE").map((e) => [ids(e.sources).sort(), ids(e.targets)]);
    expect(agreed("Ukraine and Russia agreed on Friday to reopen Black Sea ports to grain exports in deals brokered by Turkey and the United Nations.")).toEqual([[["RUS", "UKR"], []]]);
    expect(agreed("Bangladesh and Myanmar agreed on Thursday to start returning Rohingya Muslim refugees to Myanmar within two months.")).toEqual([[["BGD", "MMR"], []]]);
    expect(agreed("GENEVA - Iran and six world powers - Britain, China, France, Germany, Russia and the United States - agreed early on Sunday on a deal to curb Tehran's nuclear work.")).toEqual([[["CHN", "DEU", "FRA", "GBR", "IRN", "RUS", "USA"], []]]);
    // One side's deal with another keeps its target.
    expect(agreed("Russia agreed with Iran on Friday to hold talks.")).toEqual([[["RUS"], ["IRN"]]]);
  });
});

describe("ratifying a treaty named before", () => {
  it("is each ratifier's own act, and makes each a party to the treaty 'the treaty' points back at; not signing it makes no party", () => {
    const x = extract({ source: "x", language: "en", published: "1999-10-14", text: "The U.S. Senate rejected the Comprehensive Test Ban Treaty on Wednesday. Britain, France and Germany ratified the treaty last year. India, which has not signed the treaty, said it would keep its moratorium." });
    expect(ev(x, "AGREE").filter((e) => e.status === "occurred").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["GBR"], []], [["FRA"], []], [["DEU"], []]]);
    expect(x.entities.filter((e) => e.label === "Agreement").map((e) => e.id)).toEqual(["comprehensive-test-ban-treaty"]);
    expect(x.relations.filter((r) => r.type === "PARTY_TO").map((r) => `${r.from.id}>${r.to.id}`).sort()).toEqual(["DEU>comprehensive-test-ban-treaty", "FRA>comprehensive-test-ban-treaty", "GBR>comprehensive-test-ban-treaty"]);
    // Signing together stays one deal between them.
    const y = extract({ source: "y", language: "en", published: "1999-10-14", text: "Armenia and Azerbaijan signed a peace treaty on Monday." });
    expect(ev(y, "AGREE").map((e) => ids(e.sources).sort())).toEqual([["ARM", "AZE"]]);
  });
});

describe("sides a long subject joins", () => {
  it("are all the doers of a deal though the parse breaks the subject up, and whom they met 'with' stays their counterpart", () => {
    const x = extract({ source: "x", language: "en", published: "1993-08-04", text: "Rwanda's President Juvenal Habyarimana and the rebel Rwandan Patriotic Front sealed a peace accord on Wednesday." });
    expect(ev(x, "AGREE").map((e) => ids(e.sources).sort())).toEqual([["juvenal-habyarimana", "rwandan-patriotic-front"]]);
    const y = extract({ source: "y", language: "en", published: "2025-01-03", text: "German Foreign Minister Annalena Baerbock and her French counterpart Jean-Noel Barrot held talks in Damascus on Friday with Ahmed al-Sharaa, the leader of Syria's new Islamist-led administration." });
    expect(ev(y, "CONSULT").map((e) => ids(e.targets))).toEqual([["ahmed-al-sharaa"]]);
  });
});

describe("troops pulling out of a city", () => {
  it("leave the city's state, whether the city is named after 'in', 'from' or 'out of'", () => {
    const left = (text: string) => ev(extract({ source: "x", language: "en", published: "2007-09-03", text }), "RETREAT").map((e) => [ids(e.sources), ids(e.targets)]);
    expect(left("British troops pulled out of their last base in Basra city overnight into Monday.")).toEqual([[["armed-forces-gbr"], ["IRQ"]]]);
    expect(left("British troops pulled out of Basra on Monday.")).toEqual([[["armed-forces-gbr"], ["IRQ"]]]);
    expect(left("British troops withdrew from Basra on Monday.")).toEqual([[["armed-forces-gbr"], ["IRQ"]]]);
  });
});

describe("sitting down with another side", () => {
  it("is talks with it, by the government a leader named with initials heads", () => {
    const x = extract({ source: "x", language: "en", published: "1990-05-02", text: "President F.W. de Klerk's government sat down with an African National Congress delegation led by Nelson Mandela on Wednesday." });
    expect(ev(x, "CONSULT").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["frederick-willem-de-klerk"], ["african-national-congress"]]]);
    expect(x.relations.filter((r) => r.type === "LEADS").map((r) => `${r.from.id}>${r.to.id}`)).toContain("frederick-willem-de-klerk>ZAF");
  });
});

describe("a welcome in Spanish", () => {
  it("reads 'acoge con satisfacción la decisión iraní' as praise of Iran, and spending a holiday as nothing", () => {
    const x = extract({ source: "x", language: "es", published: "1988-07-18", text: "En Santa Bárbara, donde el presidente Ronald Reagan pasa sus vacaciones, el portavoz Marlin Fitzwater dijo este lunes que Estados Unidos acoge con satisfacción la decisión iraní." });
    expect(x.events.map((e) => [e.type, ids(e.sources), ids(e.targets)])).toEqual([["SUPPORT", ["USA"], ["IRN"]]]);
  });
});

describe("an attack its doer owns to", () => {
  it("struck the state where the sentence places it, where no one is named as its target", () => {
    const x = extract({ source: "x", language: "en", published: "2010-07-12", text: "Somalia's al Shabaab said on Monday it was behind twin bomb attacks that killed more than 70 people watching the World Cup final in Kampala on Sunday night." });
    expect([...new Set(ev(x, "ASSAULT").map((e) => `${ids(e.sources)}>${ids(e.targets)}`))]).toEqual(["al-shabaab>UGA"]);
  });
});

describe("a ban on another side's goods, and rejoining a body", () => {
  it("reads 'India's ban on Chinese apps' as a sanction and 'rejoined the Commonwealth' as joining it", () => {
    const x = extract({ source: "x", language: "en", published: "2020-06-29", text: "India's ban on 59 Chinese mobile apps, announced on Monday, came two weeks after the clash." });
    expect(ev(x, "SANCTION").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["IND"], ["CHN"]]]);
    const y = extract({ source: "y", language: "en", published: "2018-02-08", text: "Gambia rejoined the Commonwealth on Thursday." });
    expect(ev(y, "COOPERATE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["GMB"], ["commonwealth"]]]);
  });
});

describe("displeasure voiced at another side's act", () => {
  it("is aimed at whose act the phrase names ('manifestou profunda tristeza pela decisão de Lula')", () => {
    const x = extract({ source: "x", language: "pt", published: "2010-12-31", text: "Silvio Berlusconi manifestou profunda tristeza pela decisão de Lula." });
    expect(ev(x, "DISAPPROVE").map((e) => [ids(e.sources), ids(e.targets)])).toEqual([[["silvio-berlusconi"], ["Q37181"]]]);
  });
});
