-- Breakdown of actualExpenditure by type (基本支出 = 人员经费 + 公用经费; 项目支出) and of
-- allSourceExpenditure by fund source (资金来源), in 元 with 2 decimals.
alter table budget
    add column basic_expenditure        numeric(17, 2),
    add column personnel_expenditure    numeric(17, 2),
    add column operating_expenditure    numeric(17, 2),
    add column project_expenditure      numeric(17, 2),
    add column fs_general_appropriation numeric(17, 2),
    add column fs_government_fund       numeric(17, 2),
    add column fs_state_capital         numeric(17, 2),
    add column fs_special_account       numeric(17, 2),
    add column fs_unit_own              numeric(17, 2),
    add column fs_other                 numeric(17, 2);

-- Every change of a unit-year's figures: who, when, from which system and request, and the resulting Budget
-- resource. "Before" is the previous version's "after" (versions have no gaps), so it is not stored twice; the
-- figures as of any past instant are the "after" of the last change at or before it.
create table budget_history (
    id              bigserial primary key,
    unit_code       varchar(32) not null,
    fiscal_year     integer not null,
    version         integer not null,
    changed_at      timestamptz not null,
    changed_by      varchar(100) not null,
    source_system   varchar(100),
    request_id      varchar(128),
    idempotency_key varchar(200),
    -- json, not jsonb: kept as written and never queried inside; jsonb's decomposition tripled the cost of a
    -- 100,000-row push. A unit-year has few versions, so the unique index also serves "as of".
    after           json not null,
    unique (unit_code, fiscal_year, version)
);

-- Budgets stored before history existed get one synthetic entry, so that "as of" finds them.
insert into budget_history (unit_code, fiscal_year, version, changed_at, changed_by, source_system, after)
select unit_code, fiscal_year, version, updated_at, 'migration', null,
       jsonb_build_object('unitCode', unit_code, 'fiscalYear', fiscal_year, 'version', version,
                          'initialBudget', initial_budget, 'adjustedBudget', adjusted_budget,
                          'fundsReceived', funds_received, 'actualExpenditure', actual_expenditure,
                          'carryOver', carry_over, 'threePublicBudget', three_public_budget,
                          'threePublicActual', three_public_actual, 'procurementBudget', procurement_budget,
                          'procurementActual', procurement_actual, 'specialFundsTotal', special_funds_total,
                          'specialFundsDetailed', special_funds_detailed,
                          'finalAccountsExpenditure', final_accounts_expenditure,
                          'allSourceExpenditure', all_source_expenditure, 'authorisedPosts', authorised_posts,
                          'staffInPost', staff_in_post, 'fundSourceExpenditure', '{}'::jsonb,
                          'updatedAt', updated_at)::json
from budget;

-- The first answer to each bulk push, by its Idempotency-Key: a replay returns it and changes nothing.
create table budget_import_request (
    idempotency_key varchar(200) primary key,
    request_hash    char(64) not null,
    http_status     integer not null,
    response        text not null,
    created_at      timestamptz not null default now()
);
