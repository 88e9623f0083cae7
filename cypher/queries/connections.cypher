// The shortest connections between two actors through events (actor - event - actor - event - ...), up to three events apart.
// @param a actor "Kim Jong Un"
// @param b actor "Donald Trump"
// @row one shortest path: the actors and events along it, as readable steps
MATCH (x:Actor {id: $a}), (y:Actor {id: $b})
MATCH p = allShortestPaths((x)-[:SOURCE|TARGET*..6]-(y))
WHERE all(n IN nodes(p)[1..-1] WHERE n:Event OR n:Actor)
RETURN size([n IN nodes(p) WHERE n:Event]) AS events,
       [n IN nodes(p) | CASE WHEN n:Event THEN '[' + n.type + coalesce(' ' + n.date, '') + ']' ELSE n.name END] AS steps
ORDER BY events
LIMIT 25
