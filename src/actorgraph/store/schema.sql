-- actorgraph store, schema version 1.
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
CREATE INDEX IF NOT EXISTS entity_actor_actor ON entity_actor(actor);

CREATE TABLE IF NOT EXISTS rejections (
    path TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
