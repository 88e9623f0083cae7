// Who an actor is: labels, names in every language, Wikidata id, roles, and the events it took part in, by type and side, with dates.
// @param actor actor "Putin"
// @row one kind of involvement: the event type, whether the actor was its SOURCE or TARGET, how many events and reports, first and last date; the actor's own facts repeat on every row
MATCH (a:Actor {id: $actor})
OPTIONAL MATCH (a)-[role:LEADS|PART_OF]->(org)
WITH a, collect(DISTINCT CASE WHEN org IS NULL THEN null ELSE type(role) + ' ' + org.name + coalesce(' (' + role.role + ')', '') END) AS roles
OPTIONAL MATCH (e:Event)-[side:SOURCE|TARGET]->(a)
WITH a, roles, e.type AS type, type(side) AS side, count(e) AS events, sum(coalesce(e.reports, 1)) AS reports,
     min(coalesce(e.date, e.firstReported)) AS first, max(coalesce(e.date, e.lastReported)) AS last
RETURN a.name AS name, [l IN labels(a) WHERE NOT l IN ['Actor', 'Entity']][0] AS label, a.id AS id, a.wikidata AS wikidata,
       a.aliases AS aliases, roles, type, side, events, reports, first, last
ORDER BY events DESC, type, side
