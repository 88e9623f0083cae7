// Entities merged from several surface forms, articles and languages: what each was called, where, and in which languages.
// @param minAliases int 2
// @row one entity: its label, id and name, every surface form seen, the languages and number of articles that named it
MATCH (n:Entity)
WHERE size(coalesce(n.aliases, [])) >= coalesce($minAliases, 2)
OPTIONAL MATCH (n)-[:MENTIONED_IN]->(:Sentence)<-[:HAS_SENTENCE]-(d:Document)
WITH n, collect(DISTINCT d.language) AS languages, count(DISTINCT d) AS articles
RETURN [l IN labels(n) WHERE NOT l IN ['Actor', 'Entity']][0] AS label, n.id AS id, n.name AS name, n.aliases AS aliases,
       size(n.aliases) AS forms, languages, articles
ORDER BY size(languages) DESC, forms DESC, name
LIMIT 100
