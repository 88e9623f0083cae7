import type { Command } from "commander";
import type { Article } from "../extract/index.js";
import { InvalidArgumentError } from "../errors.js";
import { action, today } from "./run.js";
import { printWarnings } from "./ingestCommand.js";

interface Opts {
  published?: string;
  language?: string;
  format: string;
  gazetteer?: string[];
}

export function extractCommand(program: Command): void {
  program
    .command("extract")
    .description("print the graph extracted from articles (no database needed)")
    .argument("<paths...>", "article files (.txt, .md, .html, .jsonl) or folders")
    .option("--published <date>", "publication date YYYY-MM-DD, where the file does not say")
    .option("--language <code>", "pt, en or es (detected when not given)")
    .option("--format <format>", "json (graphology export; one line per article for several) or summary", "json")
    .option("--gazetteer <file...>", "extra gazetteer YAML files (people, organizations, places)")
    .action(
      action(async (paths: string[], o: Opts) => {
        // Loaded here, not at the top: every command's module is imported for --help and --version.
        const [{ buildGazetteer, extract, readArticleFile, withDefaults }, { summarize }, { isLanguage }, { buildSerializedGraph }, { expandInputs }] = await Promise.all([
          import("../extract/index.js"),
          import("../extract/summary.js"),
          import("../extract/language.js"),
          import("../graph/build.js"),
          import("./inputs.js"),
        ]);
        if (!["json", "summary"].includes(o.format)) throw new InvalidArgumentError(`--format must be json or summary, not '${o.format}'`);
        if (o.language && !isLanguage(o.language)) throw new InvalidArgumentError(`--language must be pt, en or es, not '${o.language}'`);
        if (o.published && !/^\d{4}-\d{2}-\d{2}$/.test(o.published)) throw new InvalidArgumentError(`--published must be YYYY-MM-DD, not '${o.published}'`);
        const gazetteer = o.gazetteer?.length ? buildGazetteer(o.gazetteer) : undefined;
        const { files, errors } = expandInputs(paths);
        let failed = errors.length;
        for (const e of errors) process.stderr.write(`actorgraph: ${e.source}: ${e.message}\n`);
        const articles: Article[] = [];
        for (const f of files) {
          const r = readArticleFile(f);
          printWarnings(r.warnings);
          for (const e of r.errors) process.stderr.write(`actorgraph: ${e.source}: ${e.message}\n`);
          failed += r.errors.length;
          articles.push(...r.articles);
        }
        const several = articles.length > 1;
        const day = today();
        for (const a of articles) {
          // --language names the language of every article here, even one whose front matter says another.
          const x = extract(withDefaults(o.language ? { ...a, language: o.language } : a, { published: o.published }), { gazetteer, today: day });
          if (o.format === "summary") process.stdout.write(`${summarize(x)}\n\n`);
          else process.stdout.write(several ? `${JSON.stringify(buildSerializedGraph(x))}\n` : `${JSON.stringify(buildSerializedGraph(x), null, 2)}\n`);
        }
        return failed ? 1 : 0;
      }),
    );
}
