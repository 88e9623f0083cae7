// Entities merged from several surface forms, articles and languages: what each was called, where, and in which languages.
// @param minAliases int 2
// @row one entity: its label, id and name, every surface form seen, the languages and number of articles that named it
MATCH (n:Entity)
WHERE size(coalesce(n.aliases, [])) >= coalesce($minAliases, 2)
// The most-named first; languages are looked up only for those kept.
WITH n ORDER BY size(n.aliases) DESC, n.documents DESC LIMIT 100
CALL (n) {
  MATCH (n)-[:MENTIONED_IN]->(:Sentence)<-[:HAS_SENTENCE]-(d:Document)
  RETURN collect(DISTINCT d.language) AS languages
}
RETURN [l IN labels(n) WHERE NOT l IN ['Actor', 'Entity']][0] AS label, n.id AS id, n.name AS name, n.aliases AS aliases,
       size(n.aliases) AS forms, languages, n.documents AS articles
ORDER BY size(languages) DESC, forms DESC, name
