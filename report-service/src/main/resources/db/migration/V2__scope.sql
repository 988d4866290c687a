-- Scope (docs/security.md). The evaluation agency (第三方评价机构) the reported evaluation is assigned to: evaluators
-- whose token's unit claim carries that code read the report and add findings to it. Null: no agency, no evaluator.
-- Reports made before scoring exposed the agency take it from their stored snapshot when it is there.
alter table report add column evaluator_agency varchar(64);
update report set evaluator_agency = sources -> 'evaluation' ->> 'evaluatorAgency';
create index report_agency on report (evaluator_agency);

-- The region of the finance bureau that stored a findings rule; null: national (built-in overrides, national admins).
-- A rule applies to the reports of its owner region and of every region inside it.
alter table findings_rule add column owner_region varchar(12);
