// The timeline of events between two actors, in date order, with status, place and how many articles report each.
// @param a actor "North Korea"
// @param b actor "Russia"
// @row one event between the two actors: its date, type and mode, who is source and target, status, quantity, places and reports
MATCH (x:Actor {id: $a}), (y:Actor {id: $b})
MATCH (x)<-[:SOURCE|TARGET]-(e:Event)-[:SOURCE|TARGET]->(y)
OPTIONAL MATCH (e)-[:SOURCE]->(s)
OPTIONAL MATCH (e)-[:TARGET]->(t)
OPTIONAL MATCH (e)-[:AT]->(p)
RETURN coalesce(e.date, e.firstReported) AS date, e.type AS type, e.mode AS mode, collect(DISTINCT s.name) AS sources, collect(DISTINCT t.name) AS targets,
       e.status AS status, e.quantity AS quantity, collect(DISTINCT p.name) AS places, e.reports AS reports, e.id AS event
ORDER BY date, type
