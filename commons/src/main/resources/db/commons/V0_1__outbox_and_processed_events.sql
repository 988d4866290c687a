-- Shared by every service: the transactional outbox and the idempotent-consumer ledger.
create table outbox_message (
    id           uuid primary key,
    topic        varchar(200) not null,
    event_type   varchar(200) not null,
    message_key  varchar(200) not null,
    subject      varchar(500),
    payload      text not null,
    created_at   timestamptz not null,
    published_at timestamptz,
    attempts     integer not null default 0
);
create index outbox_message_pending on outbox_message (created_at) where published_at is null;

create table processed_event (
    event_id     varchar(200) not null,
    consumer     varchar(100) not null,
    processed_at timestamptz not null default now(),
    primary key (event_id, consumer)
);
