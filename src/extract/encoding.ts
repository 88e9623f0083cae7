/**
 * Bytes of an article file to text. UTF-8 first; otherwise chardet guesses the encoding and
 * iconv-lite decodes it, when the guess is the Latin-1 family that newsroom archives in Portuguese,
 * English and Spanish were written in. Anything else is refused rather than read as mojibake.
 */
import { analyse } from "chardet";
import iconv from "iconv-lite";

export interface Decoded {
  text: string;
  /** Set when the bytes were not UTF-8: what they were read as, for a warning line. */
  warning?: string;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** chardet's names for the Western European single-byte encodings. */
const LATIN = new Set(["ISO-8859-1", "windows-1252", "ISO-8859-15"]);

export function decodeText(bytes: Uint8Array): Decoded {
  try {
    return { text: utf8.decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    // not UTF-8: guess below
  }
  const guesses = analyse(bytes);
  const top = guesses[0];
  // On short texts chardet ranks close single-byte relatives (ISO-8859-2, windows-1250...) near
  // Latin-1; for this project's languages a Latin guess of comparable confidence is the right one.
  const latin = guesses.find((g) => LATIN.has(g.name));
  if (!top || !latin || latin.confidence * 2 < top.confidence) {
    throw new Error(`not UTF-8 text${top ? ` (it looks like ${top.name})` : ""}: save it as UTF-8, or as Latin-1 / Windows-1252`);
  }
  // As browsers do (the WHATWG Encoding Standard), Latin-1 is read as Windows-1252: the same letters,
  // and its 0x80-0x9F are the curly quotes and dashes such files hold, not control characters.
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "windows-1252");
  return { text, warning: `not UTF-8; read as Windows-1252 (detected ${latin.name}, ${latin.confidence}% confidence)` };
}
