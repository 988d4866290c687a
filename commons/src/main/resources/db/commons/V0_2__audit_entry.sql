-- Shared by every service: the audit trail (issue 7). One row per change, written in the change's transaction.
-- region is the region of the resource acted on (or the caller's when the resource has none); finance-admins read
-- the entries inside their region. 'CN' marks national scope.
create table audit_entry (
    id            uuid primary key,
    occurred_at   timestamptz not null,
    subject       varchar(500),
    roles         varchar(500) not null,
    region        varchar(20) not null,
    caller_region varchar(20),
    action        varchar(60) not null,
    resource_type varchar(60) not null,
    resource_id   varchar(200) not null,
    request_id    varchar(128),
    summary       text
);
create index audit_entry_resource on audit_entry (resource_type, resource_id, occurred_at);
create index audit_entry_region_time on audit_entry (region varchar_pattern_ops, occurred_at);
