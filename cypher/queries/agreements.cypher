// Agreements with their kind, status, date and parties, and the events about them.
// @param status string "signed"
// @row one agreement: its name, kind, status and date, the parties, and the events that concern it (type: source -> target)
MATCH (g:Agreement)
WHERE $status IS NULL OR g.status = $status
// The most reported first; parties and events are looked up only for those kept.
WITH g ORDER BY g.documents DESC, g.name LIMIT 200
OPTIONAL MATCH (party)-[:PARTY_TO]->(g)
WITH g, collect(DISTINCT party.name) AS parties
OPTIONAL MATCH (e:Event)-[:ABOUT]->(g)
OPTIONAL MATCH (e)-[:SOURCE]->(s)
OPTIONAL MATCH (e)-[:TARGET]->(t)
WITH g, parties, e, collect(DISTINCT s.name) AS sources, collect(DISTINCT t.name) AS targets
RETURN g.name AS agreement, g.id AS id, g.kind AS kind, g.status AS status, g.date AS date, parties,
       [x IN collect(CASE WHEN e IS NULL THEN null ELSE e.type + ': '
          + reduce(acc = '', n IN sources | acc + CASE WHEN acc = '' THEN '' ELSE ' & ' END + n) + ' -> '
          + reduce(acc = '', n IN targets | acc + CASE WHEN acc = '' THEN '' ELSE ' & ' END + n) END) WHERE x IS NOT NULL] AS events,
       g.documents AS documents
ORDER BY documents DESC, size(parties) DESC, agreement
