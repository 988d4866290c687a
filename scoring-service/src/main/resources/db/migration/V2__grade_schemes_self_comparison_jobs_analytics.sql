-- Grade schemes created through the API; NATIONAL and JIAYUGUAN are built into the code and never stored here.
create table grade_scheme (
    code       varchar(64) primary key,
    name       varchar(200) not null,
    -- [{"label": "优", "lowerInclusive": 90}, …], lowest band first
    bands      jsonb not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);

-- The unit's own 自评 category totals and overall total ({"byNodeCode": {...}, "total": 90.66}).
alter table evaluation add column reported_scores jsonb;
-- 满意度问卷 per respondent group; leaves bound to survey:<group> fill themselves from these.
alter table evaluation add column surveys jsonb;
-- The finalized revision this one was reopened from.
alter table evaluation add column reopened_from uuid references evaluation (id);

-- One row per scored leaf of a finalized evaluation, so that dashboards aggregate in SQL instead of walking JSON.
create table evaluation_leaf_score (
    evaluation_id uuid not null references evaluation (id),
    leaf_code     varchar(64) not null,
    leaf_name     text not null,
    weight        numeric(7, 2) not null,
    score         numeric(7, 2) not null,
    primary key (evaluation_id, leaf_code)
);
create index evaluation_leaf_score_name on evaluation_leaf_score (leaf_name);
create index evaluation_finalized_region_year on evaluation (fiscal_year, region_code varchar_pattern_ops)
    where status = 'FINALIZED';

-- Evaluations finalized before this migration: their leaves come out of the stored final score tree.
insert into evaluation_leaf_score (evaluation_id, leaf_code, leaf_name, weight, score)
with recursive node (evaluation_id, body) as (
    select e.id, n.value
    from evaluation e, jsonb_array_elements(e.final_score -> 'nodes') n
    where e.final_score is not null
    union all
    select node.evaluation_id, c.value
    from node, jsonb_array_elements(coalesce(node.body -> 'children', '[]'::jsonb)) c
)
select evaluation_id, body ->> 'code', coalesce(body ->> 'name', body ->> 'code'), (body ->> 'weight')::numeric,
       (body ->> 'score')::numeric
from node
where jsonb_array_length(coalesce(body -> 'children', '[]'::jsonb)) = 0
on conflict do nothing;

create table rescore_job (
    id                  uuid primary key,
    region_code         varchar(12) not null,
    fiscal_year         integer not null,
    grade_scheme        varchar(64),
    status              varchar(16) not null,
    total               integer not null default 0,
    processed           integer not null default 0,
    rescored            integer not null default 0,
    finalized_unchanged integer not null default 0,
    failed              integer not null default 0,
    -- the first problems met, [{"evaluationId": …, "unitCode": …, "code": …, "message": …}]; failed counts them all
    errors              jsonb not null default '[]'::jsonb,
    failure             text,
    created_at          timestamptz not null,
    started_at          timestamptz,
    finished_at         timestamptz
);
