// The evidence for one event: every sentence that states it, with the words that triggered it and its article's title, date and link.
// @param event string "(an Event id from another query's event column)"
// @row one sentence: its text, the trigger words, and the article it comes from
MATCH (e:Event {id: $event})-[m:MENTIONED_IN]->(s:Sentence)<-[:HAS_SENTENCE]-(d:Document)
RETURN e.label AS event, s.text AS sentence, coalesce(m.surfaces, [m.surface]) AS trigger, d.title AS article, d.published AS published, d.url AS url, s.id AS sentenceId
ORDER BY published, s.index
