// The evidence for a relationship between two entities (LEADS, PART_OF, LOCATED_IN, PARTY_TO, or any): its sentences and articles.
// @param from entity "Putin"
// @param to entity "Russia"
// @row one sentence that supports the relationship: its type, confidence, basis (text or gazetteer), the sentence and its article
MATCH (x:Entity {id: $from})-[r]->(y:Entity {id: $to})
UNWIND r.evidence AS sid
MATCH (s:Sentence {id: sid})<-[:HAS_SENTENCE]-(d:Document)
RETURN type(r) AS relationship, r.role AS role, r.confidence AS confidence, r.basis AS basis, s.text AS sentence,
       d.title AS article, d.published AS published, d.url AS url
ORDER BY relationship, published
