create table evaluation (
    id                 uuid primary key,
    unit_code          varchar(32) not null,
    unit_name          varchar(200) not null,
    region_code        varchar(12) not null,
    fiscal_year        integer not null,
    type               varchar(16) not null,
    revision           integer not null,
    status             varchar(16) not null,
    grade_scheme       varchar(64) not null,
    framework_id       uuid not null,
    -- what the evaluation was opened against; never follows later template or budget changes
    framework_snapshot jsonb not null,
    metrics_snapshot   jsonb not null,
    budget_version     integer not null,
    snapshot_stale     boolean not null default false,
    front_matter       jsonb,
    return_reason      text,
    total              numeric(7, 2),
    grade              varchar(32),
    final_score        jsonb,
    finalized_at       timestamptz,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    unique (unit_code, fiscal_year, type, revision)
);
create index evaluation_region_year on evaluation (region_code varchar_pattern_ops, fiscal_year);

create table evaluation_input (
    evaluation_id       uuid not null references evaluation (id),
    leaf_code           varchar(64) not null,
    state               varchar(24) not null,
    actual              numeric(20, 6),
    grade               varchar(16),
    achieved            boolean,
    manual_score        numeric(7, 2),
    reason              text,
    survey_group        varchar(64),
    survey_issued       integer,
    survey_valid        integer,
    survey_satisfied    integer,
    self_reported_score numeric(7, 2),
    updated_at          timestamptz not null,
    primary key (evaluation_id, leaf_code)
);
