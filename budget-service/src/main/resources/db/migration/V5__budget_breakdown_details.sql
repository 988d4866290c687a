-- Details of a unit-year's budget, each list replaced whole by one PUT (issue 3): 项目支出 per project, 三公经费 by item,
-- 专项资金 and monthly cumulative execution (绩效运行监控). Amounts in 元 with 2 decimals. A detail belongs to an existing
-- budget; the lists are not part of the budget's own version and history (budget_history keeps the figures only):
-- each list has its own version in budget_detail_set, and every change is in the audit trail.

-- One row per unit-year and list that was ever stated, also when it was then emptied: version 0 means never stated.
create table budget_detail_set (
    unit_code   varchar(32) not null,
    fiscal_year integer not null,
    kind        varchar(32) not null check (kind in ('PROJECTS', 'THREE_PUBLIC_EXPENSES', 'SPECIAL_FUNDS',
                                                     'MONTHLY_EXECUTION')),
    version     integer not null check (version > 0),
    updated_at  timestamptz not null,
    primary key (unit_code, fiscal_year, kind),
    foreign key (unit_code, fiscal_year) references budget (unit_code, fiscal_year) on delete cascade
);

create table budget_project (
    unit_code          varchar(32) not null,
    fiscal_year        integer not null,
    position           integer not null,
    project_code       varchar(64) not null,
    project_name       varchar(200) not null,
    fund_source        varchar(32),
    initial_budget     numeric(17, 2) not null check (initial_budget >= 0),
    adjusted_budget    numeric(17, 2) check (adjusted_budget >= 0),
    actual_expenditure numeric(17, 2) not null check (actual_expenditure >= 0),
    functional_code    varchar(7) check (functional_code ~ '^([0-9]{3}|[0-9]{5}|[0-9]{7})$'),
    economic_code      varchar(5) check (economic_code ~ '^([0-9]{3}|[0-9]{5})$'),
    primary key (unit_code, fiscal_year, project_code),
    unique (unit_code, fiscal_year, position),
    foreign key (unit_code, fiscal_year) references budget (unit_code, fiscal_year) on delete cascade
);

create table budget_three_public_expense (
    unit_code   varchar(32) not null,
    fiscal_year integer not null,
    item        varchar(32) not null check (item in ('OVERSEAS_TRAVEL', 'OFFICIAL_VEHICLES', 'OFFICIAL_RECEPTION')),
    budget      numeric(17, 2) not null check (budget >= 0),
    actual      numeric(17, 2) check (actual >= 0),
    primary key (unit_code, fiscal_year, item),
    foreign key (unit_code, fiscal_year) references budget (unit_code, fiscal_year) on delete cascade
);

create table budget_special_fund (
    unit_code       varchar(32) not null,
    fiscal_year     integer not null,
    position        integer not null,
    code            varchar(64) not null,
    name            varchar(200) not null,
    total_amount    numeric(17, 2) not null check (total_amount >= 0),
    detailed_amount numeric(17, 2) not null check (detailed_amount >= 0 and detailed_amount <= total_amount),
    primary key (unit_code, fiscal_year, code),
    unique (unit_code, fiscal_year, position),
    foreign key (unit_code, fiscal_year) references budget (unit_code, fiscal_year) on delete cascade
);

create table budget_monthly_execution (
    unit_code         varchar(32) not null,
    fiscal_year       integer not null,
    month             smallint not null check (month between 1 and 12),
    cumulative_actual numeric(17, 2) not null check (cumulative_actual >= 0),
    primary key (unit_code, fiscal_year, month),
    foreign key (unit_code, fiscal_year) references budget (unit_code, fiscal_year) on delete cascade
);
