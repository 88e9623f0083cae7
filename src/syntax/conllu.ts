/**
 * CoNLL-U, the Universal Dependencies file format: one word per line, ten tab-separated columns,
 * sentences separated by a blank line, multiword tokens as "2-3" range lines before their words.
 * Empty nodes ("8.1", enhanced graphs only) are kept as lines but are not words of the tree.
 */

export interface Word {
  /** 1-based position in the sentence. */
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 for the root. */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** A surface token that is several syntactic words ("do" = de + o). */
export interface MultiwordToken {
  first: number;
  last: number;
  form: string;
  misc: string;
}

export interface ConlluSentence {
  comments: string[];
  words: Word[];
  multiwords: MultiwordToken[];
  /** Lines this reader does not interpret (empty nodes), kept so that writing gives them back. */
  extra: { after: number; line: string }[];
}

export class ConlluError extends Error {}

const col = (s: string | undefined): string => (s === undefined || s === "" ? "_" : s);

export function readConllu(text: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence | undefined;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (!line.trim()) {
      if (cur) out.push(check(cur, n));
      cur = undefined;
      continue;
    }
    cur ??= { comments: [], words: [], multiwords: [], extra: [] };
    if (line.startsWith("#")) {
      cur.comments.push(line);
      continue;
    }
    const c = line.split("\t");
    if (c.length !== 10) throw new ConlluError(`line ${n + 1}: ${c.length} columns, CoNLL-U has 10`);
    const id = c[0]!;
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      cur.multiwords.push({ first: Number(range[1]), last: Number(range[2]), form: c[1]!, misc: c[9]! });
      continue;
    }
    if (/^\d+\.\d+$/.test(id)) {
      cur.extra.push({ after: cur.words.length, line });
      continue;
    }
    if (!/^\d+$/.test(id)) throw new ConlluError(`line ${n + 1}: bad word id '${id}'`);
    const head = c[6] === "_" ? -1 : Number(c[6]);
    if (!Number.isInteger(head)) throw new ConlluError(`line ${n + 1}: bad head '${c[6]}'`);
    cur.words.push({ id: Number(id), form: c[1]!, lemma: c[2]!, upos: c[3]!, xpos: c[4]!, feats: c[5]!, head, deprel: c[7]!, deps: c[8]!, misc: c[9]! });
  }
  if (cur) out.push(check(cur, lines.length));
  return out;
}

function check(s: ConlluSentence, line: number): ConlluSentence {
  s.words.forEach((w, i) => {
    if (w.id !== i + 1) throw new ConlluError(`sentence ending at line ${line}: word ${i + 1} has id ${w.id}`);
    if (w.head > s.words.length) throw new ConlluError(`sentence ending at line ${line}: word ${w.id} has head ${w.head} beyond the sentence`);
  });
  return s;
}

export function writeConllu(sentences: readonly ConlluSentence[]): string {
  const parts: string[] = [];
  for (const s of sentences) {
    const lines = [...s.comments];
    const mwByFirst = new Map(s.multiwords.map((m) => [m.first, m]));
    const extraAfter = new Map<number, string[]>();
    for (const e of s.extra) extraAfter.set(e.after, [...(extraAfter.get(e.after) ?? []), e.line]);
    for (const w of s.words) {
      const mw = mwByFirst.get(w.id);
      if (mw) lines.push([`${mw.first}-${mw.last}`, mw.form, "_", "_", "_", "_", "_", "_", "_", col(mw.misc)].join("\t"));
      lines.push([String(w.id), w.form, col(w.lemma), col(w.upos), col(w.xpos), col(w.feats), w.head < 0 ? "_" : String(w.head), col(w.deprel), col(w.deps), col(w.misc)].join("\t"));
      for (const e of extraAfter.get(w.id) ?? []) lines.push(e);
    }
    parts.push(lines.join("\n") + "\n");
  }
  return parts.map((p) => p + "\n").join("");
}

/** The sentence's surface text from its tokens and their SpaceAfter=No marks, when it has no `# text`. */
export function sentenceText(s: ConlluSentence): string {
  const given = s.comments.find((c) => c.startsWith("# text = "));
  if (given) return given.slice("# text = ".length);
  const mwByFirst = new Map(s.multiwords.map((m) => [m.first, m]));
  let text = "";
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i]!;
    const mw = mwByFirst.get(w.id);
    const form = mw ? mw.form : w.form;
    const misc = mw ? mw.misc : w.misc;
    text += form + (/(^|\|)SpaceAfter=No(\||$)/.test(misc) ? "" : " ");
    if (mw) i += mw.last - mw.first;
  }
  return text.trimEnd();
}
