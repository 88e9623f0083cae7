import { detect } from "tinyld";
import { LANGUAGES, type Language } from "./types.js";

/** The article's language among those we have lexicons for; tinyld picks among them only. */
export function detectLanguage(text: string): Language {
  const guess = detect(text.slice(0, 4000), { only: [...LANGUAGES] });
  return (LANGUAGES as readonly string[]).includes(guess) ? (guess as Language) : "en";
}

export function isLanguage(x: string | undefined): x is Language {
  return !!x && (LANGUAGES as readonly string[]).includes(x);
}
