-- Bulk uploads run as jobs: the upload is spooled to a temporary file and imported on a managed executor through
-- the same pipeline as a direct push; this row is what GET /api/v1/imports/budgets/jobs/{id} answers.
create table budget_import_job (
    id              uuid primary key,
    status          varchar(16) not null,  -- QUEUED, RUNNING, SUCCEEDED, FAILED
    format          varchar(8) not null,   -- json, csv, xlsx
    mode            varchar(16) not null,
    dry_run         boolean not null,
    idempotency_key varchar(200),
    source_system   varchar(100),
    -- the submitter's region prefix: who may read the job, and the scope the rows are checked against
    scope_prefix    varchar(32),
    created_by      varchar(100) not null,
    request_id      varchar(128),
    upload_bytes    bigint not null,
    processed       bigint not null default 0,
    total           bigint,
    http_status     integer,
    replayed        boolean not null default false,
    summary         text,                  -- the ImportSummary JSON, when the import answered
    error           text,                  -- the problem JSON, when the upload could not be imported at all
    created_at      timestamptz not null,
    started_at      timestamptz,
    finished_at     timestamptz
);
