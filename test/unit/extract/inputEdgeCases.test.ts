/**
 * The input edge cases that need no database: Latin-1 and Windows-1252 files (decoded, with one
 * warning line) and HTML in JSON Lines (a page, a fragment, plain text). The third, the same text
 * from a second URL (a syndicated copy), is written to Neo4j: test/integration/syndication.test.ts.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parseJsonl, readArticleFile } from "../../../src/extract/index.js";
import { ROOT } from "../../support/articles.js";
import { tempFiles } from "../../support/files.js";

const exec = promisify(execFile);
const file = tempFiles();

const PT = "O presidente Lula da Silva visitou Pequim na terça-feira e reuniu-se com Xi Jinping.\nOs dois líderes assinaram um acordo de cooperação económica.\n";

describe("text that is not UTF-8", () => {
  it("reads Latin-1 as Windows-1252 and says so in one warning", () => {
    const r = readArticleFile(file("latin1.txt", iconv.encode(PT, "latin1")));
    expect(r.errors).toEqual([]);
    expect(r.articles[0]!.text).toBe(PT);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]!.message).toMatch(/^not UTF-8; read as Windows-1252 \(detected (ISO-8859-1|windows-1252), \d+% confidence\)$/);
  });

  it("reads Windows-1252's quotes and dashes, which Latin-1 lacks", () => {
    const text = `“Não aceitaremos”, disse o ministro — em Lisboa — sobre o acordo.\n${PT}`;
    const r = readArticleFile(file("cp1252.md", iconv.encode(`---\ntitle: Acordo\n---\n${text}`, "win1252")));
    expect(r.articles[0]!.text).toBe(text);
    expect(r.articles[0]!.title).toBe("Acordo");
    expect(r.warnings[0]!.message).toMatch(/read as Windows-1252/);
  });

  it("reads UTF-8 without a word, and refuses what is neither (Shift_JIS) in one line", () => {
    expect(readArticleFile(file("utf8.txt", PT)).warnings).toEqual([]);
    const r = readArticleFile(file("sjis.txt", iconv.encode("これは日本語のテキストです。東京で会議が開かれた。".repeat(5), "shift_jis")));
    expect(r.articles).toEqual([]);
    expect(r.errors[0]!.message).toMatch(/^not UTF-8 text \(it looks like Shift_JIS\): save it as UTF-8/);
  });

  it("the commands print the warning once, on stderr, and go on", async () => {
    const latin = file("noticia.txt", iconv.encode(PT, "latin1"));
    const r = await exec("npx", ["tsx", "src/cli/main.ts", "ingest", latin, "--dry-run"], { cwd: ROOT, encoding: "utf8" });
    expect(r.stderr.trim().split("\n")).toEqual([`actorgraph: warning: ${latin}: ${readArticleFile(latin).warnings[0]!.message}`]);
    expect(r.stdout).toMatch(/^ingest: 1 articles ok, 0 failed; would write/);
  }, 60_000);
});

describe("html in JSON Lines", () => {
  const lines = [
    { html: `<html><head><title>Lula em Pequim</title></head><body><article><h1>Lula em Pequim</h1><p>${PT.split("\n")[0]}</p><p>${PT.split("\n")[1]}</p></article></body></html>`, url: "https://x.test/page" },
    { html: `<p>${PT.split("\n")[0]}</p><p>${PT.split("\n")[1]}</p>`, title: "Fragmento", url: "https://x.test/fragment" },
    { html: PT, title: "Texto simples" },
    { html: "<script>alert(1)</script><style>p{}</style>" },
  ];
  const r = parseJsonl("in.jsonl", lines.map((l) => JSON.stringify(l)).join("\n"));

  it("reads a whole page, a fragment and plain text, each into lines of text", () => {
    expect(r.articles).toHaveLength(3);
    const [page, fragment, plain] = r.articles;
    expect(page!.title).toBe("Lula em Pequim");
    expect(page!.url).toBe("https://x.test/page");
    for (const a of [page!, fragment!, plain!]) {
      expect(a.text).toContain("reuniu-se com Xi Jinping.\nOs dois líderes assinaram");
      expect(a.text).not.toMatch(/<p>|<\/p>/);
    }
    expect(fragment!.title).toBe("Fragmento");
    expect(plain!.source).toBe("in.jsonl:3");
  });

  it("says, in one line naming the line, when the html holds no text", () => {
    expect(r.errors).toEqual([{ source: "in.jsonl:4", message: "no article text" }]);
  });
});

