-- Scope (docs/security.md). A framework version belongs to the region of the finance bureau that created it; null
-- is national (the built-in templates), usable everywhere. A declaration lies in its unit's region.
alter table framework add column owner_region varchar(12);
create index framework_owner_region on framework (owner_region varchar_pattern_ops);

-- Declarations stored before scope existed are national: only a national caller sees them.
alter table declaration add column region_code varchar(12) not null default '';
alter table declaration alter column region_code drop default;
create index declaration_region on declaration (region_code varchar_pattern_ops, fiscal_year);
