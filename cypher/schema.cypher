// Constraints and indexes of the graph model (../shared/GRAPH_MODEL.md).
// Every statement is idempotent (IF NOT EXISTS): applySchema() runs this file before any write.

// One node per id and label: MERGE on id is then safe under concurrent ingests.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT state_id IF NOT EXISTS FOR (n:State) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE;
// A summary, not part of the graph model: per month ("2025-08") and actor, the events it took part
// in (-[:ACTIVE]->). Writes mark the months they touch dirty; queries read clean months from the
// summary and everything else from the events, so the summary only ever makes them faster.
CREATE CONSTRAINT activity_month_id IF NOT EXISTS FOR (n:ActivityMonth) REQUIRE n.id IS UNIQUE;

// Name and alias look-up in any language ("Moscovo" finds Russia).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|State|Organization|Agreement|Place) ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };

// Person, State and Organization also carry :Actor, and every entity :Entity, so that "any actor
// with this id" is one index seek.
CREATE INDEX actor_id IF NOT EXISTS FOR (n:Actor) ON (n.id);
CREATE INDEX entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id);

CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
// Event.when is the event's date, or the day it was first reported when the text gives none: what
// date-range questions filter on, with an index.
CREATE INDEX event_when IF NOT EXISTS FOR (n:Event) ON (n.when);
// Event.dyads lists the directed actor pairs of an event ("State:PRK>State:RUS"): with its reports in
// the same index, "who does what to whom, how often" over a date range is read from the index alone,
// without touching the events or their relationships.
CREATE INDEX event_dyads IF NOT EXISTS FOR (n:Event) ON (n.type, n.when, n.dyads, n.reports);
CREATE INDEX event_status IF NOT EXISTS FOR (n:Event) ON (n.status);
CREATE INDEX document_url IF NOT EXISTS FOR (n:Document) ON (n.url);
// Document.urls exists only where one text came from several URLs (syndicated copies, every URL with
// `url` first): "which document lists this URL" scans this index's few entries, not every document.
CREATE INDEX document_urls IF NOT EXISTS FOR (n:Document) ON (n.urls);
CREATE INDEX document_published IF NOT EXISTS FOR (n:Document) ON (n.published);
CREATE INDEX state_iso2 IF NOT EXISTS FOR (n:State) ON (n.iso2);
CREATE INDEX person_wikidata IF NOT EXISTS FOR (n:Person) ON (n.wikidata);
CREATE INDEX organization_wikidata IF NOT EXISTS FOR (n:Organization) ON (n.wikidata);
