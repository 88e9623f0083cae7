import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract, parseHtml, parseText, readArticleFile } from "../../../src/extract/index.js";
import { buildGazetteer } from "../../../src/extract/gazetteer.js";
import { ROOT } from "../../support/articles.js";
import { tempDir } from "../../support/files.js";

/** Reading articles: formats, front matter, HTML, the language, a user's gazetteer, and bad files named one line each. */
describe("language and inputs", () => {
  it("detects the language when the file does not say", () => {
    expect(extract({ source: "x", text: "El presidente ruso se reunió con el líder norcoreano en Moscú." }, { today: "2025-08-13" }).document.language).toBe("es");
    expect(extract({ source: "x", text: "The Russian president met the North Korean leader in Moscow on Friday." }, { today: "2025-08-13" }).document.language).toBe("en");
  });

  it("reads YAML front matter", () => {
    const a = parseText("a.md", "---\ntitle: T\npublished: 2025-01-02\nurl: https://x.test/a\n---\nBody text here.");
    expect(a).toMatchObject({ title: "T", published: "2025-01-02", url: "https://x.test/a", text: "Body text here." });
  });

  it("reads a hand-written title with a colon in it, which YAML refuses", () => {
    const a = parseText("t.md", "---\ntitle: Modi state visit: US and India seal deals\npublished: 2023-06-23\nlanguage: en\n---\nText.");
    expect(a.title).toBe("Modi state visit: US and India seal deals");
    expect(a.published).toBe("2023-06-23");
    expect(a.language).toBe("en");
  });
  it("extracts the main text and meta tags of HTML", () => {
    const html = `<html lang="en"><head><title>Site</title><meta property="og:title" content="Putin meets Xi">
      <meta property="article:published_time" content="2025-05-08T10:00:00Z"><meta property="og:url" content="https://x.test/p"></head>
      <body><nav>Home | World | Sport</nav><article><h1>Putin meets Xi</h1><p>Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Thursday.</p>
      <p>The two leaders signed a joint statement on deepening their partnership, according to the Kremlin.</p><p>${"More context. ".repeat(30)}</p></article><footer>Cookies</footer></body></html>`;
    const a = parseHtml("p.html", html);
    expect(a).toMatchObject({ title: "Putin meets Xi", published: "2025-05-08", url: "https://x.test/p", language: "en" });
    expect(a.text).not.toContain("Cookies");
    const x = extract(a);
    expect(x.events.some((e) => e.type === "CONSULT" && e.sources.concat(e.targets).some((r) => r.id === "Q15031"))).toBe(true);
  });

  it("takes people from a user gazetteer file", () => {
    const dir = tempDir("ag-gaz-");
    const f = join(dir, "mine.yaml");
    writeFileSync(f, "people:\n  - { id: jane-roe, name: Jane Roe, aliases: [Roe], offices: [{ role: Foreign Minister of Portugal, partOf: PRT }] }\n");
    const x = extract({ source: "x", language: "en", text: "Roe met Sergey Lavrov in Geneva on Monday." }, { gazetteer: buildGazetteer([f]), today: "2025-08-13" });
    expect(x.entities.find((e) => e.id === "jane-roe")?.name).toBe("Jane Roe");
    expect(x.relations.some((r) => r.type === "PART_OF" && r.from.id === "jane-roe" && r.to.id === "PRT")).toBe(true);
  });
});

describe("gazetteer rows", () => {
  it("rejects a row with a key its kind lacks, naming the file, the row and the key", () => {
    const dir = tempDir("ag-gaz-");
    const f = join(dir, "split.yaml");
    // An unquoted comma in a flow mapping splits the name into a short one and a stray key.
    writeFileSync(f, "organizations:\n  - { id: fcdo, name: Foreign, Commonwealth and Development Office, kind: government }\n");
    expect(() => buildGazetteer([f])).toThrow(`${f}: not a gazetteer file (organizations row fcdo: unknown key "Commonwealth and Development Office")`);
  });

  it("rejects an office held in a state or body the gazetteer does not know", () => {
    const dir = tempDir("ag-gaz-");
    const f = join(dir, "offices.yaml");
    writeFileSync(f, "people:\n  - { id: jane-roe, name: Jane Roe, offices: [{ role: Prime Minister of Kosovo, leads: XKK }] }\n");
    expect(() => buildGazetteer([f])).toThrow(`${f}: not a gazetteer file (jane-roe: office held in XKK, no state or organization the gazetteer knows)`);
  });

  it("gives Kosovo the id the EU writes, with its demonyms and capital", () => {
    const x = extract({ source: "x", language: "es", published: "2025-06-26", text: "Las autoridades kosovares dijeron en Pristina que Kosovo no aceptará." });
    expect(x.entities.filter((e) => e.label === "State").map((e) => [e.id, e.wikidata])).toEqual([["XKX", "Q1246"]]);
  });

  it("keeps the British foreign ministry's whole name, and an office inside a run of capitals ends its portfolio", () => {
    const x = extract({ source: "x", language: "en", published: "2024-06-19", text: "Campbell spoke by telephone with Philippine Foreign Affairs Undersecretary Elena Bautista Ocampo." });
    expect(x.entities.map((e) => `${e.label}:${e.name}`).sort()).toEqual(["Person:Elena Bautista Ocampo", "State:Philippines"]);
  });
});

describe("bad input: one clear line naming the file, the rest of the batch goes on", () => {
  const dir = tempDir("ag-bad-");
  const files: Record<string, string | Buffer> = {
    "empty.txt": "",
    "binary.txt": Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10, 0x00]),
    // Latin-1 and Windows-1252 are read (inputEdgeCases.test.ts); an encoding of another script is not.
    "shift-jis.txt": Buffer.from("82b182ea82cd93fa967b8cea82cc8365834c8358836782c582b78142938c8b9e82c589ef8b6382aa8a4a82a982ea82bd8142".repeat(4), "hex"),
    "notes.docx": "whatever",
    "bad-front.md": "---\ntitle: [unclosed\n---\nText.",
    "batch.jsonl": '{"title":"ok","text":"Putin met Xi in Moscow on Monday.","published":"2025-05-05"}\n{not json}\n{"title":"no text"}\n',
    "good.txt": "Vladimir Putin met Xi Jinping in Moscow on Monday.",
  };
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  const big = join(dir, "huge.txt");
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, "a"));

  it.each([
    ["empty.txt", /empty file/],
    ["binary.txt", /binary file/],
    ["shift-jis.txt", /not UTF-8 text \(it looks like Shift_JIS\)/],
    ["notes.docx", /unknown extension '\.docx'/],
    ["bad-front.md", /malformed front matter/],
    ["huge.txt", /50\.0 MB, over the 10 MB limit/],
  ])("%s", (name, message) => {
    const r = readArticleFile(join(dir, name));
    expect(r.articles).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.source).toBe(join(dir, name));
    expect(r.errors[0]!.message).toMatch(message);
  });

  it("reports bad JSONL lines by line number and keeps the good ones", () => {
    const r = readArticleFile(join(dir, "batch.jsonl"));
    expect(r.articles.map((a) => a.title)).toEqual(["ok"]);
    expect(r.errors.map((e) => e.source)).toEqual([`${join(dir, "batch.jsonl")}:2`, `${join(dir, "batch.jsonl")}:3`]);
    expect(r.errors[1]!.message).toMatch(/needs a 'text' or an 'html'/);
  });

  it("the extract command prints one line per bad file, the good ones' graphs, and exits 1", () => {
    // A folder is walked for article files; a file named explicitly is read whatever its extension.
    const r = spawnSync("npx", ["tsx", "src/cli/main.ts", "extract", dir, join(dir, "notes.docx"), "--format", "summary"], { encoding: "utf8", cwd: ROOT });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(8);
    for (const l of lines) expect(l).toMatch(/^actorgraph: \S+(:\d+)?: /);
    expect(r.stdout).toContain("Vladimir Putin");
    expect((r.stdout.match(/^Entities/gm) ?? []).length).toBe(2);
  });
});
