-- Zhibiao store, schema version 7. Portable SQL as in V1 (H2 2.3 and PostgreSQL). V6 is left to another branch.
--
-- Team work on one store: who a document is assigned to, which documents a second analyst reviews again,
-- that analyst's own verdicts, and the decisions that settled where the two disagreed. The second verdicts
-- live apart from the indicator row, which holds the first review: neither analyst sees or overwrites the
-- other's work, and agreement is measured between the two. Every change here is also written to
-- audit_event by the code that makes it, as every review action is.

-- One analyst per document (a document not assigned has no row). analyst and assigned_by are names as the
-- history records them: the database user on a team store, the Settings name on a store file.
CREATE TABLE document_assignment (
    document_id BIGINT       NOT NULL PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    analyst     VARCHAR(100) NOT NULL,
    assigned_by VARCHAR(100) NOT NULL,
    assigned_at TIMESTAMP    NOT NULL
);
CREATE INDEX document_assignment_analyst_idx ON document_assignment (analyst);

-- A document marked for second review, and the second analyst once one is named (null: anyone but the
-- first may take it).
CREATE TABLE second_review (
    document_id BIGINT       NOT NULL PRIMARY KEY REFERENCES document (id) ON DELETE CASCADE,
    analyst     VARCHAR(100),
    marked_by   VARCHAR(100) NOT NULL,
    marked_at   TIMESTAMP    NOT NULL
);

-- The second analyst's verdict on one engine row: the status, and the value, unit and code they hold right
-- (the engine's when they verify, their own when they correct, none when they reject).
CREATE TABLE second_verdict (
    indicator_id BIGINT       NOT NULL PRIMARY KEY REFERENCES indicator (id) ON DELETE CASCADE,
    document_id  BIGINT       NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    analyst      VARCHAR(100) NOT NULL,
    status       VARCHAR(16)  NOT NULL CHECK (status IN ('verified', 'corrected', 'rejected')),
    stated_value DOUBLE PRECISION,
    unit         VARCHAR(64),
    code         VARCHAR(100),
    reviewed_at  TIMESTAMP    NOT NULL
);
CREATE INDEX second_verdict_document_idx ON second_verdict (document_id);

-- The final decision where the two disagreed: whose verdict was taken ('first', 'second', or the
-- adjudicator's 'own'), and the first verdict as it stood then, so that agreement is still measured between
-- the two reviews after the decision has become the row's status.
CREATE TABLE adjudication (
    indicator_id BIGINT       NOT NULL PRIMARY KEY REFERENCES indicator (id) ON DELETE CASCADE,
    document_id  BIGINT       NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    decision     VARCHAR(16)  NOT NULL CHECK (decision IN ('first', 'second', 'own')),
    first_status VARCHAR(16)  NOT NULL CHECK (first_status IN ('verified', 'corrected', 'rejected')),
    first_value  DOUBLE PRECISION,
    first_unit   VARCHAR(64),
    first_code   VARCHAR(100),
    analyst      VARCHAR(100) NOT NULL,
    decided_at   TIMESTAMP    NOT NULL
);
CREATE INDEX adjudication_document_idx ON adjudication (document_id);
