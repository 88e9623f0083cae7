// The most connected actors in a date range: how many events they take part in, with how many distinct partners and reports.
// @param from date "2025-01-01"
// @param to date "2025-12-31"
// @row one actor: events as source, events as target, distinct counterparts, reports
// Whole months of the range that the activity summary holds up to date (ActivityMonth, not dirty)
// are read from it; the gaps between them (the range's ragged ends, month-only dates, months
// written since the last refresh) from the events themselves. The answer is the same either way.
WITH coalesce($from, '') AS lo, coalesce($to, '9999') AS hi
OPTIONAL MATCH (m:ActivityMonth) WHERE m.id + '-01' >= lo AND m.id + '-31' <= hi AND m.dirty = false
WITH lo, hi, m ORDER BY m.id
WITH lo, hi, collect(m) AS clean
WITH clean, lo, hi, [m IN clean | m.id] AS months
// Each gap is [from, before) on Event.when: [lo, first-01) ... [last-32, hi].
WITH clean, [i IN range(0, size(months)) | [CASE WHEN i = 0 THEN lo ELSE months[i - 1] + '-32' END,
                                            CASE WHEN i = size(months) THEN hi + '\u0000' ELSE months[i] + '-01' END]] AS gaps
CALL (clean, gaps) {
  UNWIND clean AS m
  MATCH (m)-[r:ACTIVE]->(a)
  RETURN a, r.asSource AS asSource, r.asTarget AS asTarget, r.reports AS reports
  UNION ALL
  UNWIND gaps AS gap
  MATCH (e:Event) WHERE e.when >= gap[0] AND e.when < gap[1]
  MATCH (e)-[side:SOURCE|TARGET]->(a:Actor)
  RETURN a, CASE type(side) WHEN 'SOURCE' THEN 1 ELSE 0 END AS asSource, CASE type(side) WHEN 'TARGET' THEN 1 ELSE 0 END AS asTarget,
         coalesce(e.reports, 1) AS reports
}
WITH clean, gaps, a, sum(asSource) AS asSource, sum(asTarget) AS asTarget, sum(reports) AS reports
ORDER BY asSource + asTarget DESC, reports DESC, a.name, a.id LIMIT 25
WITH clean, gaps, collect({actor: a, asSource: asSource, asTarget: asTarget, reports: reports}) AS top
// Counterparts only for the 25 kept: the summary's lists, and one pass over the gaps' events.
CALL (clean, gaps, top) {
  WITH clean, [t IN top | t.actor] AS actors
  UNWIND clean AS m
  MATCH (m)-[r:ACTIVE]->(a) WHERE a IN actors
  UNWIND r.with AS other
  RETURN a, other
  UNION
  WITH gaps, [t IN top | t.actor] AS actors
  UNWIND gaps AS gap
  MATCH (e:Event) WHERE e.when >= gap[0] AND e.when < gap[1]
  MATCH (e)-[:SOURCE|TARGET]->(a:Actor) WHERE a IN actors
  MATCH (e)-[:SOURCE|TARGET]->(o:Actor) WHERE o <> a
  RETURN a, [l IN labels(o) WHERE NOT l IN ['Actor', 'Entity']][0] + ':' + o.id AS other
}
WITH top, a, count(DISTINCT other) AS counterparts
WITH top, collect({actor: a, counterparts: counterparts}) AS counted
UNWIND top AS t
WITH t, t.actor AS a, head([c IN counted WHERE c.actor = t.actor | c.counterparts]) AS counterparts
RETURN a.name AS actor, [l IN labels(a) WHERE NOT l IN ['Actor', 'Entity']][0] AS label, t.asSource + t.asTarget AS events,
       t.asSource AS asSource, t.asTarget AS asTarget, coalesce(counterparts, 0) AS counterparts, t.reports AS reports
ORDER BY events DESC, reports DESC, actor
