create table unit (
    code        varchar(32) primary key,
    name        varchar(200) not null,
    type        varchar(40) not null,
    region_code varchar(12) not null,
    parent_code varchar(32) references unit (code),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
create index unit_region on unit (region_code varchar_pattern_ops);

-- One unit-year's figures, in 元 with 2 decimals (NUMERIC, never floating point).
create table budget (
    id                         bigserial primary key,
    unit_code                  varchar(32) not null references unit (code),
    fiscal_year                integer not null,
    initial_budget             numeric(17, 2) not null,
    adjusted_budget            numeric(17, 2),
    funds_received             numeric(17, 2),
    actual_expenditure         numeric(17, 2),
    carry_over                 numeric(17, 2),
    three_public_budget        numeric(17, 2),
    three_public_actual        numeric(17, 2),
    procurement_budget         numeric(17, 2),
    procurement_actual         numeric(17, 2),
    special_funds_total        numeric(17, 2),
    special_funds_detailed     numeric(17, 2),
    final_accounts_expenditure numeric(17, 2),
    all_source_expenditure     numeric(17, 2),
    authorised_posts           integer,
    staff_in_post              integer,
    version                    integer not null,
    updated_at                 timestamptz not null default now(),
    unique (unit_code, fiscal_year)
);
