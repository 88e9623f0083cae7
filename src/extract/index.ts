/** The extraction stage: what the graph stage and the commands need. */
export { extract, type ExtractOptions } from "./extract.js";
export { readArticleFile, readStdin, parseText, parseHtml, parseJsonl, withDefaults, EXTENSIONS, type ArticleDefaults, type InputError, type ReadResult } from "./read.js";
export { buildGazetteer, defaultGazetteer, type Gazetteer } from "./gazetteer.js";
export type { Article, Extraction, EntityRecord, EventRecord, RelationRecord, Language } from "./types.js";
