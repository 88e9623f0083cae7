/**
 * Reads a PETRARCH verb dictionary (CAMEO.2.0.txt of PETRARCH2, the Spanish verbpatterns of
 * UniversalPetrarch): synonym sets, verb blocks with their synonyms and patterns. The format is
 * documented in PETRARCH2's docs/source/dictionaries.rst; this reader keeps the text of each part and
 * leaves its meaning to the language converters.
 */

export interface RawVerb {
  /** As written, without its irregular forms: "HURRY", "+CALL_OFF", "WIRE_+TAP", "ACUSAR". */
  text: string;
  /** The verb's own code, where it has one. */
  code?: string;
  /** Its irregular forms as written: "{FREEZES FREEZING FROZE FROZEN}", "[+DICIENDO +DICHO]". */
  forms?: string[];
  line: number;
}

export interface RawPattern {
  /** Words before the "*", as tokens ("$", "+", "(", "{" are tokens of their own). */
  pre: string[];
  post: string[];
  code: string;
  /** The verb the pattern was written for, from its comment ("# RUSH"), where it names one. */
  verb?: string;
  /** The pattern as written, without its code and comment. */
  text: string;
  line: number;
}

export interface RawBlock {
  name: string;
  code: string;
  verbs: RawVerb[];
  patterns: RawPattern[];
  line: number;
}

export interface VerbDictionary {
  synsets: Map<string, string[]>;
  blocks: RawBlock[];
  /** Pattern lines with no code or with marks this reader cannot split. */
  unreadable: number;
}

const CODE = /\[\s*(---|\d{2,4}(?:\s*:\s*(?:\d{2,4}|---))?|:\d{2,4})\s*\]/;

function stripComment(line: string): { body: string; comment: string } {
  const i = line.indexOf("#");
  return i < 0 ? { body: line, comment: "" } : { body: line.slice(0, i), comment: line.slice(i + 1) };
}

/** "- * (TO {BANNED PARTIES}) $" -> ["*", "(", "TO", "{", "BANNED", "PARTIES", "}", ")", "$"] */
export function tokenizePattern(body: string): string[] {
  return body
    .replace(/\*_/g, "* ")
    .replace(/([(){}])/g, " $1 ")
    .split(/\s+/)
    .filter(Boolean);
}

export function readVerbDictionary(text: string): VerbDictionary {
  const lines = text.split(/\r?\n/);
  const synsets = new Map<string, string[]>();
  const blocks: RawBlock[] = [];
  let unreadable = 0;
  let section: "synsets" | "verbs" | "done" = "synsets";
  let synset: string[] | undefined;
  let block: RawBlock | undefined;
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!;
    if (/^#+\s*VERB PATTERNS/.test(raw)) {
      section = "verbs";
      continue;
    }
    if (/^#+\s*TRANSFORMATIONS/.test(raw)) {
      section = "done";
      continue;
    }
    if (section === "done") continue;
    const header = /^---\s*(\S+)\s*\[([^\]]*)\]\s*---/.exec(raw);
    if (header) {
      section = "verbs";
      block = { name: header[1]!, code: header[2]!.trim(), verbs: [], patterns: [], line: n + 1 };
      blocks.push(block);
      continue;
    }
    const { body, comment } = stripComment(raw);
    const line = body.trim();
    if (!line) continue;
    if (section === "synsets" || (line.startsWith("&") && !block)) {
      if (line.startsWith("&")) {
        synset = [];
        synsets.set(line.split(/\s+/)[0]!.slice(1), synset);
      } else if (line.startsWith("+") && synset) synset.push(line.slice(1).trim());
      continue;
    }
    if (!block) continue;
    if (line.startsWith("-")) {
      const code = CODE.exec(line);
      const star = line.indexOf("*");
      if (!code || star < 0 || star > code.index) {
        unreadable++;
        continue;
      }
      const patternText = line.slice(1, code.index).trim();
      const toks = tokenizePattern(patternText);
      const at = toks.indexOf("*");
      const verb = /^\s*([A-Z][A-Z_+\-']*)/.exec(comment)?.[1];
      block.patterns.push({
        pre: toks.slice(0, at),
        post: toks.slice(at + 1),
        code: code[1]!.replace(/\s+/g, ""),
        verb,
        text: patternText,
        line: n + 1,
      });
      continue;
    }
    // A verb line: "HURRY {HURRIES HURRYING HURRIED }", "+CALL_OFF [160]", "ACUSAR        [112]",
    // Spanish irregular forms in brackets: "DECIR [+DICIENDO +DICHO]".
    const noForms = line.replace(/\{[^}]*\}?/g, " ").replace(/\[\s*\+[^\]]*\]/g, " ");
    const code = CODE.exec(noForms);
    // "VOLVER A CONVOCAR": words of one verb written apart.
    const word = noForms.replace(CODE, " ").trim().split(/\s+/).join("_");
    const forms = [...line.matchAll(/\{([^}]*)\}?|\[\s*(\+[^\]]*)\]/g)].flatMap((m) => (m[1] ?? m[2] ?? "").split(/\s+/)).map((f) => f.replace(/^\+/, "")).filter(Boolean);
    if (word) block.verbs.push({ text: word, code: code ? code[1]!.replace(/\s+/g, "") : undefined, ...(forms.length ? { forms } : {}), line: n + 1 });
  }
  return { synsets, blocks, unreadable };
}
