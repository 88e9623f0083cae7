import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder of the language data files (lexicons, gazetteers). */
export const DATA_DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), "../.."), "data");
