-- actorgraph store, schema version 3 (2 adds the cross-document comparison tables:
-- outlet_config, doc_outlets, edges, edge_mapping, meta; 3 adds the query tables rel_actors,
-- actor_stats, actor_outlets, ranking columns on edges and composite indexes). Every
-- statement is IF NOT EXISTS, so the script runs on every writable open: an older store is
-- migrated and a store missing an index gets it (columns added to an existing table are
-- handled by Store._migrate before this script runs).
-- Per-document rows are written in one transaction per document, so a document is
-- either fully stored (with its analysis) or absent. Cross-document tables (actors,
-- entity_actor) are rebuilt by resolution after each run.

CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    title TEXT,
    author TEXT,
    outlet TEXT,
    published TEXT,
    url TEXT,
    format TEXT NOT NULL,
    text TEXT NOT NULL,
    analyzed INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Listing order of documents (pages, search), so LIMIT stops early.
CREATE INDEX IF NOT EXISTS documents_path ON documents(path, id);

-- Full-text index of titles and texts (search): word and prefix matching, case and diacritics
-- folded. The index stores no text of its own: it reads documents through the view below,
-- keyed by documents_fts_ids.fid (an explicit integer key, so VACUUM, which may renumber the
-- implicit rowids of documents, cannot break it). The triggers keep it in step with
-- documents whoever writes them; Store._migrate fills it for a store from before it.
CREATE TABLE IF NOT EXISTS documents_fts_ids (
    fid INTEGER PRIMARY KEY,
    document TEXT NOT NULL UNIQUE
);
CREATE VIEW IF NOT EXISTS documents_fts_content AS
    SELECT m.fid AS fid, d.title AS title, d.text AS text
    FROM documents_fts_ids m JOIN documents d ON d.id = m.document;
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(
    title, text, content = 'documents_fts_content', content_rowid = 'fid',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts_ids (document) VALUES (new.id);
    INSERT INTO documents_fts (rowid, title, text)
        VALUES (last_insert_rowid(), new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
        SELECT 'delete', fid, old.title, old.text FROM documents_fts_ids WHERE document = old.id;
    DELETE FROM documents_fts_ids WHERE document = old.id;
END;
CREATE TRIGGER IF NOT EXISTS documents_fts_update AFTER UPDATE OF id, title, text ON documents
BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text)
        SELECT 'delete', fid, old.title, old.text FROM documents_fts_ids WHERE document = old.id;
    DELETE FROM documents_fts_ids WHERE document = old.id;
    INSERT INTO documents_fts_ids (document) VALUES (new.id);
    INSERT INTO documents_fts (rowid, title, text)
        VALUES (last_insert_rowid(), new.title, new.text);
END;

CREATE TABLE IF NOT EXISTS sentences (
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (document, idx)
);

CREATE TABLE IF NOT EXISTS entities (
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    aliases TEXT NOT NULL,   -- JSON list
    reasons TEXT NOT NULL,   -- JSON list
    affiliation TEXT,
    PRIMARY KEY (document, id)
);
CREATE INDEX IF NOT EXISTS entities_key ON entities(key);

CREATE TABLE IF NOT EXISTS mentions (
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(document, entity);

CREATE TABLE IF NOT EXISTS relations (
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    stance TEXT NOT NULL,
    type TEXT NOT NULL,
    plover TEXT NOT NULL,
    polarity TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    trigger TEXT NOT NULL,
    speaker TEXT,
    date TEXT
);
CREATE INDEX IF NOT EXISTS relations_doc ON relations(document);
-- Joins from entity_actor (actor -> document, entity) to the relations of that entity.
CREATE INDEX IF NOT EXISTS relations_source ON relations(document, source);
CREATE INDEX IF NOT EXISTS relations_target ON relations(document, target);

CREATE TABLE IF NOT EXISTS claims (
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    speaker TEXT,
    speaker_text TEXT NOT NULL,
    cue TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_doc ON claims(document);

CREATE TABLE IF NOT EXISTS events (
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS events_doc ON events(document);

CREATE TABLE IF NOT EXISTS labels (
    document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    label TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    sentence INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS labels_doc ON labels(document);
CREATE INDEX IF NOT EXISTS labels_entity ON labels(document, entity);

-- Cross-document resolution results (rebuilt after each run).
CREATE TABLE IF NOT EXISTS actors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    aliases TEXT NOT NULL,   -- JSON list
    reasons TEXT NOT NULL    -- JSON list: why names were merged
);

CREATE TABLE IF NOT EXISTS entity_actor (
    document TEXT NOT NULL,
    entity TEXT NOT NULL,
    actor TEXT NOT NULL,
    PRIMARY KEY (document, entity)
);
-- An actor's documents in id order without touching the table (actor page, framing); it
-- also serves every lookup by actor alone, so the old one-column index is dropped (a store
-- from before: one index fewer to rebuild, and aggregation scans this covering one).
DROP INDEX IF EXISTS entity_actor_actor;
CREATE INDEX IF NOT EXISTS entity_actor_actor_doc ON entity_actor(actor, document, entity);
-- Case-insensitive name lookup (find_actor).
CREATE INDEX IF NOT EXISTS actors_name ON actors(name COLLATE NOCASE);

-- Every actor's name and aliases, casefolded, one per line, in a trigram index: substring
-- lookups of actors (search, find_actor) read candidates here instead of every actor
-- (store/actor_index.py). Rewritten with the actors; filled by Store._migrate when missing.
CREATE VIRTUAL TABLE IF NOT EXISTS actor_names_fts USING fts5(
    actor UNINDEXED, names, tokenize = 'trigram'
);

-- Actor ids come from canonical names, so an id changes when new articles give an actor a
-- better name. The old id keeps resolving (links, bookmarks, scripts) through this table.
CREATE TABLE IF NOT EXISTS actor_redirects (
    old TEXT PRIMARY KEY,
    new TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS rejections (
    path TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- Version 2: cross-document comparison (actorgraph.compare). Rebuilt or updated by
-- aggregation after each resolution; see docs/compare.md.

-- Small key/value table: resolution and aggregation generations (freshness checks).
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- User outlet mapping (from an --outlets TOML file): a URL host, an outlet name as written
-- in metadata or an author byline, mapped to one outlet name and an optional leaning.
CREATE TABLE IF NOT EXISTS outlet_config (
    kind TEXT NOT NULL,      -- host | name
    key TEXT NOT NULL,       -- lower-cased host or name
    outlet TEXT NOT NULL,
    leaning TEXT,
    PRIMARY KEY (kind, key)
);

-- The outlet each document is attributed to (metadata, URL host or the mapping above).
CREATE TABLE IF NOT EXISTS doc_outlets (
    document TEXT PRIMARY KEY,
    outlet TEXT NOT NULL,
    leaning TEXT,
    date TEXT                -- the document's publication date, copied for joins
);
CREATE INDEX IF NOT EXISTS doc_outlets_outlet ON doc_outlets(outlet);
-- Covering for joins that need a document's outlet and date (framing labels).
CREATE INDEX IF NOT EXISTS doc_outlets_document ON doc_outlets(document, outlet, date);

-- Aggregated edges: one row per (source actor, stance, target actor).
CREATE TABLE IF NOT EXISTS edges (
    source TEXT NOT NULL,
    stance TEXT NOT NULL,
    target TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    documents INTEGER NOT NULL,
    outlets INTEGER NOT NULL,
    outlet_names TEXT NOT NULL,  -- JSON list
    first_date TEXT,
    last_date TEXT,
    asserted INTEGER NOT NULL,
    negated INTEGER NOT NULL,
    hedged INTEGER NOT NULL,
    voices INTEGER NOT NULL,     -- distinct (document, speaker) stating or denying it
    contested INTEGER NOT NULL DEFAULT 0,
    -- Version 3: ranking of contested rows, computed at aggregation (compare/contested.py).
    asserted_voices INTEGER NOT NULL DEFAULT 0,
    negated_voices INTEGER NOT NULL DEFAULT 0,
    strength REAL NOT NULL DEFAULT 0,       -- denied: sqrt(asserted x negated voices), else 0
    pair_strength REAL NOT NULL DEFAULT 0,  -- support edge of a contested support/oppose pair
    pair_mentions INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (source, stance, target)
);
CREATE INDEX IF NOT EXISTS edges_target ON edges(target);
CREATE INDEX IF NOT EXISTS edges_mentions ON edges(mentions DESC);
-- The default edge order (query_edges), so `edges --limit N` reads N index entries.
CREATE INDEX IF NOT EXISTS edges_rank
    ON edges(mentions DESC, documents DESC, source, stance, target);
-- The contested() order of denied rows and of support/oppose pairs (compare/contested.py).
CREATE INDEX IF NOT EXISTS edges_denied_rank
    ON edges(strength DESC, asserted + negated DESC, source, target) WHERE strength > 0;
CREATE INDEX IF NOT EXISTS edges_opposite_rank
    ON edges(pair_strength DESC, pair_mentions DESC, source, target) WHERE pair_strength > 0;

-- Version 3: relations with both ends resolved to actors (self-relations left out), the
-- document's outlet and the effective date (sentence date, else publication date). Rebuilt
-- with the edges; it turns evidence, timeline, framing and filtered-edge queries into index
-- range scans instead of walks from an actor's every entity.
CREATE TABLE IF NOT EXISTS rel_actors (
    source TEXT NOT NULL,
    stance TEXT NOT NULL,
    target TEXT NOT NULL,
    polarity TEXT NOT NULL,
    document TEXT NOT NULL,
    outlet TEXT NOT NULL,
    date TEXT,               -- COALESCE(relation date, publication date)
    sort_date TEXT NOT NULL, -- date, or '~' (after every date) when there is none
    type TEXT NOT NULL,
    plover TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    trigger TEXT NOT NULL,
    speaker TEXT,            -- document-local entity id (resolved when read)
    rel_date TEXT,           -- the relation's own date
    published TEXT
);
CREATE INDEX IF NOT EXISTS rel_actors_edge
    ON rel_actors(source, stance, target, sort_date, document, start);
CREATE INDEX IF NOT EXISTS rel_actors_source ON rel_actors(source, sort_date, document);
CREATE INDEX IF NOT EXISTS rel_actors_target ON rel_actors(target, sort_date, document, source);
-- Covering index for contested() side statistics (documents, voices, outlets per polarity).
CREATE INDEX IF NOT EXISTS rel_actors_sides
    ON rel_actors(source, stance, target, polarity, outlet, document, speaker);
-- Covering indexes for framing's per-outlet stance counts around one actor, in GROUP BY
-- order (outlet, stance): no sort of a popular actor's hundred thousand rows.
DROP INDEX IF EXISTS rel_actors_out;
DROP INDEX IF EXISTS rel_actors_in;
CREATE INDEX IF NOT EXISTS rel_actors_out_outlet ON rel_actors(source, outlet, stance, polarity);
CREATE INDEX IF NOT EXISTS rel_actors_in_outlet ON rel_actors(target, outlet, stance, polarity);
CREATE INDEX IF NOT EXISTS rel_actors_outlet ON rel_actors(outlet, date);
CREATE INDEX IF NOT EXISTS rel_actors_date ON rel_actors(date);
CREATE INDEX IF NOT EXISTS rel_actors_document ON rel_actors(document);
-- One outlet's evidence for an edge, oldest first (edges(outlet=O)): a range scan instead of
-- walking every relation of a popular edge for the few from that outlet.
CREATE INDEX IF NOT EXISTS rel_actors_edge_outlet
    ON rel_actors(source, stance, target, outlet, sort_date, document, start);

-- Per (edge, outlet): the edge aggregated over that outlet's relations only, so
-- edges(outlet=O) reads ranked rows instead of grouping the outlet's relations on every call.
-- Rebuilt with the edges; meta 'edge_outlets' marks a store whose table has been filled.
CREATE TABLE IF NOT EXISTS edge_outlets (
    outlet TEXT NOT NULL,
    source TEXT NOT NULL,
    stance TEXT NOT NULL,
    target TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    documents INTEGER NOT NULL,
    first_date TEXT,
    last_date TEXT,
    asserted INTEGER NOT NULL,
    negated INTEGER NOT NULL,
    hedged INTEGER NOT NULL,
    PRIMARY KEY (source, stance, target, outlet)
) WITHOUT ROWID;
-- The query_edges order within one outlet, so `edges --outlet O --limit N` reads N entries.
CREATE INDEX IF NOT EXISTS edge_outlets_rank
    ON edge_outlets(outlet, mentions DESC, documents DESC, source, stance, target);
CREATE INDEX IF NOT EXISTS edge_outlets_target ON edge_outlets(target, outlet);

-- Version 3: per actor, mentions and documents with a mention (Graph.actors), and per
-- (actor, outlet) the documents with one of its entities (framing). Rebuilt with the edges.
CREATE TABLE IF NOT EXISTS actor_stats (
    actor TEXT PRIMARY KEY,
    mentions INTEGER NOT NULL,
    documents INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS actor_outlets (
    actor TEXT NOT NULL,
    outlet TEXT NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (actor, outlet)
);

-- Per (actor, outlet, label as written): uses, first dated use and its document (framing).
-- Rebuilt with the edges; meta 'actor_labels' marks a store whose table has been filled.
CREATE TABLE IF NOT EXISTS actor_labels (
    actor TEXT NOT NULL,
    outlet TEXT NOT NULL,
    label TEXT NOT NULL,
    uses INTEGER NOT NULL,
    first_use TEXT,          -- earliest publication date among the uses (NULL: none dated)
    document TEXT,           -- the document of that first use
    PRIMARY KEY (actor, outlet, label)
) WITHOUT ROWID;

-- The entity -> actor mapping the stored edges were computed with, so the next
-- aggregation only recomputes the edges of actors whose mapping changed.
CREATE TABLE IF NOT EXISTS edge_mapping (
    document TEXT NOT NULL,
    entity TEXT NOT NULL,
    actor TEXT NOT NULL,
    PRIMARY KEY (document, entity)
);
