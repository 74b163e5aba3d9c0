-- HyperDesk schema 1: sweeps, runs, their state changes and metric values.
-- Times of sweeps, runs and state changes are ISO-8601 UTC text with nine fraction digits
-- (exact Instants that sort as text); metric times are epoch milliseconds, as logged.
-- Metric value columns are declared without a type on purpose: with no type affinity SQLite
-- keeps every double as an 8-byte real (a REAL column would turn -0.0 into 0). SQLite cannot
-- store NaN: NULL in a value column means NaN (SPEC M5: kept as logged).

CREATE TABLE sweeps (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    config_json TEXT NOT NULL,
    state       TEXT NOT NULL,           -- SweepState name
    reason      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    ended_at    TEXT,
    owner_pid   INTEGER,                 -- process that created or last resumed it (SPEC W4)
    owner_started_at TEXT                -- that process's start, to tell a reused pid apart
);
CREATE INDEX sweeps_by_creation ON sweeps (created_at);

CREATE TABLE runs (
    id           TEXT PRIMARY KEY,       -- <sweep-id>_<n> (SPEC L3)
    sweep_id     TEXT NOT NULL REFERENCES sweeps (id),
    number       INTEGER NOT NULL,
    parameters   TEXT NOT NULL,          -- JSON object in declaration order
    resumed_from TEXT,                   -- run id it continues (SPEC W3)
    state        TEXT NOT NULL,          -- RunState name
    reason       TEXT NOT NULL DEFAULT '',
    exit_code    INTEGER,
    created_at   TEXT NOT NULL,
    started_at   TEXT,
    ended_at     TEXT,
    UNIQUE (sweep_id, number)
);

CREATE TABLE run_states (
    id        INTEGER PRIMARY KEY,       -- insertion order = order of the changes
    run_id    TEXT NOT NULL REFERENCES runs (id),
    state     TEXT NOT NULL,
    at        TEXT NOT NULL,
    reason    TEXT NOT NULL DEFAULT '',
    exit_code INTEGER
);
CREATE INDEX run_states_by_run ON run_states (run_id, id);

-- One row per (run, metric): the series' identity and the aggregates the writer keeps up to
-- date, so run tables never scan the values. max/min are over finite values only (SPEC M5):
-- NULL when there is none; max_at and min_at say when that value was first logged (SPEC M4).
CREATE TABLE series (
    id        INTEGER PRIMARY KEY,       -- also the order in which a run's metric names appeared
    run_id    TEXT NOT NULL REFERENCES runs (id),
    name      TEXT NOT NULL,
    count     INTEGER NOT NULL,
    last_step INTEGER NOT NULL,
    last_value,                          -- value at the highest step; NULL = NaN
    max_value,
    max_at    INTEGER,
    min_value,
    min_at    INTEGER,
    UNIQUE (run_id, name)
);

CREATE TABLE metrics (
    series_id INTEGER NOT NULL REFERENCES series (id),
    step      INTEGER NOT NULL,          -- 1, 2, 3 … (SPEC M2)
    value,                               -- NULL = NaN
    at        INTEGER NOT NULL,          -- epoch milliseconds
    PRIMARY KEY (series_id, step)
) WITHOUT ROWID;

-- For people reading the file with the sqlite3 shell: one line per logged value.
CREATE VIEW metric_values AS
    SELECT s.run_id AS run_id, s.name AS name, m.step AS step, m.value AS value, m.at AS at
    FROM metrics m JOIN series s ON s.id = m.series_id;
