// Who supports, aids, agrees or cooperates with whom, weighted by events and by reports, optionally within a date range.
// @param from date "2024-01-01"
// @param to date "2026-12-31"
// @row one directed pair of actors (CONSULT and COOPERATE pairs appear once per direction named in the text): event types, number of events, number of reports
// The pairs are counted from the event_dyads index alone (type, when, dyads, reports), which holds
// only events with a pair; events are opened only for the 100 pairs kept. Ties at the 100th place
// are broken by the pairs' ids.
MATCH (e:Event)
USING INDEX e:Event(type, when, dyads, reports)
WHERE e.type IN ['SUPPORT', 'AID', 'COOPERATE', 'AGREE']
  AND e.when >= coalesce($from, '') AND e.when <= coalesce($to, '9999')
  AND e.dyads IS NOT NULL AND e.reports IS NOT NULL
UNWIND e.dyads AS dyad
WITH dyad, collect(DISTINCT e.type) AS types, count(*) AS events, sum(e.reports) AS reports, collect(e) AS evs
ORDER BY events DESC, reports DESC, dyad LIMIT 100
// A dyad is "Label:id>Label:id".
WITH types, events, reports, evs, [end IN split(dyad, '>') | [split(end, ':')[0], substring(end, size(split(end, ':')[0]) + 1)]] AS ends
MATCH (s:Actor {id: ends[0][1]}) WHERE ends[0][0] IN labels(s)
MATCH (t:Actor {id: ends[1][1]}) WHERE ends[1][0] IN labels(t)
CALL (evs) {
  UNWIND evs AS x
  RETURN max(x.quantity) AS largestQuantity
}
RETURN s.name AS source, t.name AS target, types, events, reports, largestQuantity
ORDER BY events DESC, reports DESC, source, target
