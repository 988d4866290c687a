-- A framework version is a document: its tree is stored whole and never changes once published.
create table framework (
    id           uuid primary key,
    code         varchar(64) not null,
    version      integer not null,
    name         varchar(200) not null,
    description  text,
    status       varchar(16) not null,
    tree         jsonb not null,
    leaf_count   integer not null,
    created_at   timestamptz not null,
    published_at timestamptz,
    unique (code, version)
);
