-- 绩效目标申报: one declaration per unit and fiscal year, started from a published framework version.
create table declaration (
    id               uuid primary key,
    unit_code        varchar(64) not null,
    fiscal_year      integer not null,
    template_id      uuid not null references framework (id),
    template_code    varchar(64) not null,
    template_version integer not null,
    name             varchar(200) not null,
    status           varchar(16) not null,
    tree             jsonb not null,
    leaf_count       integer not null,
    return_reason    text,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    submitted_at     timestamptz,
    approved_at      timestamptz,
    unique (unit_code, fiscal_year)
);
create index declaration_status on declaration (status, fiscal_year);

-- 指标库: every distinct leaf ever published (in a framework version or an approved declaration).
create extension if not exists pg_trgm;
create table library_indicator (
    id                       uuid primary key,
    definition_key           varchar(64) not null unique,
    name                     varchar(200) not null,
    category                 varchar(32),
    sub_category             varchar(32),
    direction                varchar(16),
    target                   varchar(1000),
    measure_unit             varchar(50),
    scoring_method           varchar(32),
    definition               jsonb not null,
    source_kind              varchar(16) not null,
    source_id                uuid not null,
    source_label             varchar(200) not null,
    usage_count              integer not null default 0,
    first_published_at       timestamptz not null
);
create index library_indicator_name_trgm on library_indicator using gin (name gin_trgm_ops);
create index library_indicator_category on library_indicator (category, sub_category);
create index library_indicator_usage on library_indicator (usage_count desc, name);
