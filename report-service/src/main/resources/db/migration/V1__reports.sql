-- One report per evaluation revision; its documents are stored with a checksum.
create table report (
    id              uuid primary key,
    evaluation_id   uuid not null,
    revision        integer not null,
    unit_code       varchar(32) not null,
    unit_name       varchar(200) not null,
    region_code     varchar(12),
    fiscal_year     integer not null,
    evaluation_type varchar(16) not null,
    kind            varchar(32) not null,
    title           varchar(400) not null,
    total           numeric(7, 2) not null,
    grade           varchar(32),
    -- every finding shown in the report (rules and evaluators), with the numbers that triggered it
    findings        jsonb not null,
    -- what scoring and budget answered: the report can be re-rendered from it without calling them
    sources         jsonb not null,
    source_event_id varchar(200),
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    unique (evaluation_id, revision)
);
create index report_unit_year on report (unit_code, fiscal_year);
create index report_region_year on report (region_code varchar_pattern_ops, fiscal_year);

create table report_document (
    report_id  uuid not null references report (id) on delete cascade,
    format     varchar(8) not null,
    media_type varchar(100) not null,
    content    bytea not null,
    sha256     char(64) not null,
    size       bigint not null,
    primary key (report_id, format)
);

-- 存在问题 / 有关建议 an evaluator typed in; kept across regenerations
create table report_entered_finding (
    id             uuid primary key,
    report_id      uuid not null references report (id) on delete cascade,
    severity       varchar(8) not null,
    text           text not null,
    recommendation text,
    created_at     timestamptz not null
);
create index report_entered_finding_report on report_entered_finding (report_id, created_at);

-- The findings catalogue kept as data: a row with a built-in rule's id overrides (or disables) that rule.
create table findings_rule (
    id                      varchar(64) primary key,
    condition               text not null,
    severity                varchar(8) not null,
    finding_template        text not null,
    recommendation_template text,
    citation                text,
    enabled                 boolean not null default true,
    created_at              timestamptz not null,
    updated_at              timestamptz not null
);
