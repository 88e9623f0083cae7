/**
 * Assembles the train/dev/test CoNLL-U files of a Universal Dependencies treebank from a git
 * snapshot of its repository. Snapshots can lack their largest files (the released train split),
 * so each recipe rebuilds the splits from what a snapshot does hold: per-document files and the
 * treebank's own split lists. Nothing here is committed output: the files land in --out, outside
 * the repository, and `sources.json` there records each treebank's commit for data/models/README.md.
 *
 *   npx tsx scripts/syntax/treebanks.ts --git <snapshot git dir> --treebank pt_bosque --out <dir>
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

type Split = "train" | "dev" | "test";

interface Snapshot {
  git: string;
  commit: string;
}

const show = (s: Snapshot, path: string, commit = s.commit): string =>
  execFileSync("git", ["--git-dir", s.git, "show", `${commit}:${path}`], { encoding: "utf8", maxBuffer: 1 << 30 });

const list = (s: Snapshot, dir: string): string[] =>
  execFileSync("git", ["--git-dir", s.git, "ls-tree", "-r", "--name-only", s.commit, dir], { encoding: "utf8", maxBuffer: 1 << 28 })
    .split("\n")
    .filter(Boolean);

/** CoNLL-U text split into sentence blocks (comment lines included). */
function blocks(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter((b) => /^\d/m.test(b));
}

const sentId = (block: string): string | undefined => /^# sent_id = (.+)$/m.exec(block)?.[1]?.trim();

/** The latest commit whose version of `path` the snapshot actually holds. */
function lastWith(s: Snapshot, path: string): string {
  const commits = execFileSync("git", ["--git-dir", s.git, "log", "--format=%H", s.commit, "--", path], { encoding: "utf8" }).split("\n").filter(Boolean);
  for (const c of commits) {
    try {
      execFileSync("git", ["--git-dir", s.git, "cat-file", "-e", `${c}:${path}`], { stdio: "ignore" });
      return c;
    } catch {
      // blob absent from this snapshot: try an older version
    }
  }
  throw new Error(`${path}: no version of it in the snapshot`);
}

type Recipe = (s: Snapshot) => { splits: Partial<Record<Split, string[]>>; commits: Record<string, string> };

const RECIPES: Record<string, Recipe> = {
  /** Bosque: documents/*.conllu are the whole treebank; not-to-release/pt_bosque-ud-<split>.txt list sent_ids. */
  pt_bosque(s) {
    const all = new Map<string, string>();
    for (const f of list(s, "not-to-release/documents").filter((f) => f.endsWith(".conllu"))) {
      for (const b of blocks(show(s, f))) {
        const id = sentId(b);
        if (id) all.set(id, b);
      }
    }
    const splits: Partial<Record<Split, string[]>> = {};
    for (const split of ["train", "dev", "test"] as Split[]) {
      const ids = show(s, `not-to-release/pt_bosque-ud-${split}.txt`).split("\n").map((l) => l.trim()).filter(Boolean);
      splits[split] = ids.map((id) => {
        const b = all.get(id);
        if (!b) throw new Error(`pt_bosque: sentence ${id} of the ${split} list is in no document`);
        return b;
      });
    }
    return { splits, commits: { documents: s.commit } };
  },
  /** Portuguese GSD: documents named pt_gsd-ud-<split>-NNNN.conllu. */
  pt_gsd(s) {
    const splits: Partial<Record<Split, string[]>> = {};
    const files = list(s, "not-to-release/documents").sort();
    for (const split of ["train", "dev", "test"] as Split[]) {
      splits[split] = files.filter((f) => f.includes(`pt_gsd-ud-${split}-`)).flatMap((f) => blocks(show(s, f)));
    }
    return { splits, commits: { documents: s.commit } };
  },
  /** English EWT: not-to-release/sources/<genre>/<file> in the order of not-to-release/file-lists/files.<split>. */
  en_ewt(s) {
    const splits: Partial<Record<Split, string[]>> = {};
    for (const split of ["train", "dev", "test"] as Split[]) {
      const files = show(s, `not-to-release/file-lists/files.${split}`).split("\n").map((l) => l.trim()).filter(Boolean);
      splits[split] = files.flatMap((f) => blocks(show(s, `not-to-release/sources/${f}`)));
    }
    return { splits, commits: { sources: s.commit } };
  },
  /**
   * English GUM: train from not-to-release/sources/<doc>.conllu in the order of files.train (the
   * Reddit documents are not distributed there and are skipped), dev and test as released.
   */
  en_gum(s) {
    const present = new Set(list(s, "not-to-release/sources"));
    const docs = show(s, "not-to-release/file-lists/files.train").split("\n").map((l) => l.trim()).filter(Boolean);
    const train = docs.filter((d) => present.has(`not-to-release/sources/${d}.conllu`));
    console.error(`en_gum: ${docs.length - train.length} of ${docs.length} train documents are not in the snapshot (skipped)`);
    const splits: Partial<Record<Split, string[]>> = { train: train.flatMap((d) => blocks(show(s, `not-to-release/sources/${d}.conllu`))) };
    for (const split of ["dev", "test"] as Split[]) splits[split] = blocks(show(s, `en_gum-ud-${split}.conllu`));
    return { splits, commits: { sources: s.commit } };
  },
  /** Released split files, each from the newest commit the snapshot holds it at (AnCora's train is in none). */
  ...Object.fromEntries(
    ["es_ancora", "es_gsd", "pt_pud", "es_pud", "en_pud"].map((name) => [
      name,
      ((s: Snapshot) => {
        const splits: Partial<Record<Split, string[]>> = {};
        const commits: Record<string, string> = {};
        for (const split of ["train", "dev", "test"] as Split[]) {
          const path = `${name}-ud-${split}.conllu`;
          let commit: string;
          try {
            commit = lastWith(s, path);
          } catch {
            continue;
          }
          splits[split] = blocks(show(s, path, commit));
          commits[split] = commit;
        }
        return { splits, commits };
      }) as Recipe,
    ]),
  ),
};

function main(): void {
  const { values } = parseArgs({ options: { git: { type: "string" }, treebank: { type: "string" }, out: { type: "string" } } });
  const { git, treebank, out } = values;
  if (!git || !treebank || !out) throw new Error("usage: --git <snapshot git dir> --treebank <name> --out <dir>");
  const recipe = RECIPES[treebank];
  if (!recipe) throw new Error(`unknown treebank ${treebank}; known: ${Object.keys(RECIPES).join(", ")}`);
  const head = execFileSync("git", ["--git-dir", git, "rev-parse", "HEAD"], { encoding: "utf8" }).trim();
  const { splits, commits } = recipe({ git, commit: head });
  mkdirSync(out, { recursive: true });
  const counts: Record<string, { sentences: number; words: number }> = {};
  for (const [split, sents] of Object.entries(splits)) {
    if (!sents?.length) continue;
    writeFileSync(join(out, `${treebank}-${split}.conllu`), sents.join("\n\n") + "\n\n");
    const words = sents.reduce((n, b) => n + b.split("\n").filter((l) => /^\d+\t/.test(l)).length, 0);
    counts[split] = { sentences: sents.length, words };
  }
  const manifest = join(out, "sources.json");
  const all = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, "utf8")) as Record<string, unknown>) : {};
  all[treebank] = { head, commits, counts };
  writeFileSync(manifest, JSON.stringify(all, null, 2) + "\n");
  console.log(`${treebank}: ${Object.entries(counts).map(([k, v]) => `${k} ${v.sentences} sentences ${v.words} words`).join(", ")}`);
}

main();
