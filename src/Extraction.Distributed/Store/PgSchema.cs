using Extraction.Output.Store;

namespace Extraction.Distributed.Store;

/// <summary>The shared store's schema, as ordered migrations (see docs/scaling.md, "The PostgreSQL store").
/// results and crops have the columns of the local extraction.db (src/Extraction.Output/Store/ResultStore.cs),
/// so one reader serves either; sources, submissions and work are what a shared queue adds. The batch tables
/// (documents, indicators, figures, findings, problems, pairs, …) are not migrations: like the local store's, they
/// are replaced whole by each export from the same sheet definitions. To add a table, append a migration with the
/// next version; never edit or renumber one that has shipped.</summary>
public static class PgSchema
{
    /// <summary>Every migrator takes this lock first, so workers starting together migrate once.</summary>
    public const string SerializeMigrations = "SELECT pg_advisory_xact_lock(7317001)";

    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "sources, submissions, work queue state, results and crops", """
            CREATE TABLE sources (
              sha256 text PRIMARY KEY,
              bytes bigint NOT NULL,
              content bytea NOT NULL,
              stored_utc timestamptz NOT NULL DEFAULT now());
            CREATE TABLE submissions (
              id bigserial PRIMARY KEY,
              sha256 text NOT NULL REFERENCES sources (sha256),
              path text NOT NULL,
              file text NOT NULL,
              submitted_utc timestamptz NOT NULL DEFAULT now(),
              UNIQUE (path, sha256));
            CREATE TABLE work (
              sha256 text PRIMARY KEY REFERENCES sources (sha256),
              file text NOT NULL,
              lane text NOT NULL,
              state text NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
              attempts integer NOT NULL DEFAULT 0,
              worker text,
              queued_utc timestamptz NOT NULL DEFAULT now(),
              started_utc timestamptz,
              finished_utc timestamptz);
            CREATE TABLE results (
              sha256 text NOT NULL,
              tool_key text NOT NULL,
              file text NOT NULL,
              path text NOT NULL,
              failed integer NOT NULL,
              json text NOT NULL,
              finished_utc text NOT NULL,
              PRIMARY KEY (sha256, tool_key));
            CREATE TABLE crops (key text PRIMARY KEY, png bytea NOT NULL);
            """),
        new(2, "review workspace (extract serve): uploaded documents, reviewers' decisions and their history", """
            CREATE TABLE workspace_documents (
              sha256 text PRIMARY KEY,
              display_name text NOT NULL,
              extension text NOT NULL,
              bytes bigint NOT NULL,
              uploaded_by text NOT NULL,
              uploaded_utc timestamptz NOT NULL,
              status text NOT NULL,
              report_json text);
            CREATE TABLE decisions (
              sha256 text NOT NULL,
              fingerprint text NOT NULL,
              verdict text NOT NULL CHECK (verdict IN ('confirmed', 'rejected', 'pending')),
              note text NOT NULL,
              reviewer text NOT NULL,
              decided_utc timestamptz NOT NULL,
              PRIMARY KEY (sha256, fingerprint));
            CREATE TABLE decision_history (
              sha256 text NOT NULL,
              fingerprint text NOT NULL,
              verdict text NOT NULL,
              note text NOT NULL,
              reviewer text NOT NULL,
              decided_utc timestamptz NOT NULL);
            CREATE INDEX decision_history_by_finding ON decision_history (sha256, fingerprint);
            """),
    ];
}
