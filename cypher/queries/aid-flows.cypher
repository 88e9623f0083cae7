// Aid flows (PLOVER AID): who sends troops, weapons, workers or money to whom, with the quantities and the sentences that say so.
// @param recipient actor "Russia"
// @row one aid event to the recipient: donor, mode, quantity and its words, date, status, who reported it, and one evidence sentence
MATCH (t:Actor {id: $recipient})<-[:TARGET]-(e:Event {type: 'AID'})-[:SOURCE]->(s)
OPTIONAL MATCH (e)-[:REPORTED_BY]->(r)
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(sen:Sentence)
WITH s, t, e, collect(DISTINCT r.name) AS reportedBy, collect(sen.text)[0] AS evidence
RETURN s.name AS donor, t.name AS recipient, e.mode AS mode, e.quantity AS quantity, e.quantityText AS quantityText,
       coalesce(e.date, e.firstReported) AS date, e.status AS status, reportedBy, evidence, e.id AS event
ORDER BY coalesce(quantity, -1) DESC, date
