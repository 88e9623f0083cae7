import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { InvalidArgumentError } from "../errors.js";
import type { ConlluSentence, ParsedSentence } from "../syntax/index.js";
import { action } from "./run.js";

interface Opts {
  lang?: string;
  eval?: string;
}

function readInput(path: string): string {
  try {
    return readFileSync(path === "-" ? 0 : path, "utf8");
  } catch (err) {
    throw new InvalidArgumentError(`${path}: ${(err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (err as Error).message}`);
  }
}

/** A parsed sentence as CoNLL-U: fused tokens as ranges, each word's span as TokenRange. */
function toConllu(p: ParsedSentence, id: number, text: string, source: string): ConlluSentence {
  const multiwords: ConlluSentence["multiwords"] = [];
  let firstWord = 1;
  const lastToken = p.tokens.length - 1;
  const spaceAfter = (ti: number) => ti === lastToken || p.tokens[ti + 1]!.start > p.tokens[ti]!.end;
  p.tokens.forEach((t, ti) => {
    if (t.words.length > 1) {
      multiwords.push({ first: firstWord, last: firstWord + t.words.length - 1, form: t.text, misc: spaceAfter(ti) ? "_" : "SpaceAfter=No" });
    }
    firstWord += t.words.length;
  });
  return {
    comments: [`# sent_id = ${source}-${id}`, `# text = ${text}`],
    multiwords,
    extra: [],
    words: p.words.map((w, i) => {
      const single = p.tokens[w.token]!.words.length === 1;
      const misc = [`TokenRange=${w.start}:${w.end}`, ...(single && !spaceAfter(w.token) ? ["SpaceAfter=No"] : [])].join("|");
      return { id: i + 1, form: w.form, lemma: w.lemma, upos: w.upos, xpos: "_", feats: w.feats || "_", head: w.head, deprel: w.deprel, deps: "_", misc };
    }),
  };
}

export function parseCommand(program: Command): void {
  program
    .command("parse")
    .description("print the Universal Dependencies analysis (CoNLL-U) of plain text, or score the parser on a gold CoNLL-U file")
    .argument("[file]", "a plain-text file, or - for standard input", "-")
    .option("--lang <code>", "pt, en or es (detected from the text when not given)")
    .option("--eval <gold.conllu>", "parse the gold file's own words and print the scores, last line 'eval: ...'")
    .action(
      action(async (file: string, o: Opts) => {
        // Loaded here, not at the top: every command's module is imported for --help and --version.
        const [{ detectLanguage, isLanguage }, { lexicon }, { splitSentences }, { evalLine, evaluate, parseSentence, readConllu, syntaxFor, writeConllu }] = await Promise.all([
          import("../extract/language.js"),
          import("../extract/lexicon.js"),
          import("../extract/text.js"),
          import("../syntax/index.js"),
        ]);
        if (o.lang && !isLanguage(o.lang)) throw new InvalidArgumentError(`--lang must be pt, en or es, not '${o.lang}'`);
        if (o.eval) {
          if (!o.lang) throw new InvalidArgumentError("--eval needs --lang (the language of the gold file)");
          let gold: ConlluSentence[];
          try {
            gold = readConllu(readInput(o.eval));
          } catch (err) {
            throw new InvalidArgumentError(`${o.eval}: ${(err as Error).message}`);
          }
          const { model } = syntaxFor(o.lang);
          const s = evaluate(gold, (forms) => model.analyse(forms));
          process.stdout.write(`detail: feats ${s.feats.toFixed(3)} las-with-subtypes ${s.lasFull.toFixed(3)} seconds ${s.seconds.toFixed(2)}\n`);
          process.stdout.write(`${evalLine(s)}\n`);
          return 0;
        }
        const text = readInput(file);
        const lang = isLanguage(o.lang) ? o.lang : detectLanguage(text);
        const source = file === "-" ? "stdin" : file.replace(/^.*\//, "");
        const sentences = splitSentences(text, lang, lexicon(lang).abbreviations).map((s, i) => toConllu(parseSentence(s.text, lang, s.start), i + 1, s.text, source));
        process.stdout.write(writeConllu(sentences));
        return 0;
      }),
    );
}
