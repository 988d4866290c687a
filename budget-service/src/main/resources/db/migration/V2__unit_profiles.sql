-- A unit's yearly profile as reports quote it (单位基本情况): organisation, staffing and duties.
create table unit_profile (
    unit_code               varchar(32) not null references unit (code),
    fiscal_year             integer not null,
    internal_departments    text[] not null default '{}',
    affiliated_institutions text[] not null default '{}',
    authorised_posts        integer check (authorised_posts >= 0),
    staff_in_post           integer check (staff_in_post >= 0),
    responsibilities        text[] not null default '{}',
    version                 integer not null,
    updated_at              timestamptz not null default now(),
    primary key (unit_code, fiscal_year)
);
