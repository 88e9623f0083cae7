// What a given source reported (REPORTED_BY) and whether anyone else confirms it: other reporters and other articles.
// @param source actor "KCNA"
// @row one event the source reported (the 200 most recent): type, actors, date, status, the other sources that report it and the number of articles
MATCH (r:Actor {id: $source})<-[:REPORTED_BY]-(e:Event)
WITH r, e ORDER BY e.when DESC LIMIT 200
OPTIONAL MATCH (e)-[:REPORTED_BY]->(other) WHERE other <> r
OPTIONAL MATCH (e)-[:SOURCE]->(s)
OPTIONAL MATCH (e)-[:TARGET]->(t)
WITH e, collect(DISTINCT other.name) AS others, collect(DISTINCT s.name) AS sources, collect(DISTINCT t.name) AS targets
RETURN e.type AS type, sources, targets, e.when AS date, e.status AS status,
       others AS alsoReportedBy, e.reports AS articles, size(others) > 0 OR e.reports > 1 AS confirmed, e.id AS event
ORDER BY confirmed, date
