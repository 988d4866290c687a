-- Scope (docs/security.md). The evaluation agency (第三方评价机构) an evaluation is assigned to, by code: evaluators
-- whose token's unit claim carries that code read and score it. Null: assigned to no agency yet.
alter table evaluation add column evaluator_agency varchar(64);
create index evaluation_agency on evaluation (evaluator_agency);

-- The region of the finance bureau that created a grade scheme; null: national, usable everywhere.
alter table grade_scheme add column owner_region varchar(12);
