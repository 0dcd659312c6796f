-- Students' and parents' side: homework ticks, absence notices from parents, in-app notifications,
-- notification preferences, the e-mail outbox and personal calendar feeds.

-- A student's own tick that a homework is done; only the student sees it.
create table homework_done (
    homework_id     bigint not null references homework(id),
    student_id      bigint not null references student(id),
    institution_id  bigint not null references institution(id),
    done_at         timestamp(6) with time zone not null,
    primary key (homework_id, student_id)
);

-- R19: a parent tells the curator why a child was absent; the curator confirms or rejects.
create table absence_notice (
    id                 bigint primary key,
    institution_id     bigint        not null references institution(id),
    student_id         bigint        not null references student(id),
    parent_id          bigint        not null references parent(id),
    from_date          date          not null,
    to_date            date          not null,
    reason_code        varchar(30)   not null,
    comment            varchar(1000),
    attachment_name    varchar(200),
    attachment_type    varchar(100),
    attachment         bytea,
    status             varchar(20)   not null,
    decided_by         bigint,
    decided_at         timestamp(6) with time zone,
    decision_comment   varchar(500),
    created_at         timestamp(6) with time zone not null,
    version            bigint        not null default 0,
    constraint ck_notice_dates check (to_date >= from_date),
    constraint ck_notice_status check (status in ('SUBMITTED', 'CONFIRMED', 'REJECTED'))
);
create index ix_absence_notice_student on absence_notice (student_id, created_at);

-- In-app notifications of one account.
create table notification (
    id              bigint primary key,
    institution_id  bigint        not null references institution(id),
    account_id      bigint        not null references user_account(id),
    kind            varchar(30)   not null,
    title           varchar(300)  not null,
    body            varchar(2000),
    link            varchar(300),
    created_at      timestamp(6) with time zone not null,
    read_at         timestamp(6) with time zone
);
create index ix_notification_account on notification (account_id, created_at);

-- What an account wants to hear of, and how: in the app, by e-mail each time, in a digest, or not.
create table notification_preference (
    account_id      bigint      not null references user_account(id),
    kind            varchar(30) not null,
    delivery        varchar(20) not null,
    primary key (account_id, kind),
    constraint ck_preference_delivery check (delivery in ('OFF', 'APP', 'EMAIL', 'DIGEST'))
);

-- E-mails to send, sent off the request thread, retried, and sent once: the key is unique.
create table email_outbox (
    id               bigint primary key,
    institution_id   bigint        not null references institution(id),
    account_id       bigint        references user_account(id),
    dedup_key        varchar(200)  not null,
    recipient        varchar(200)  not null,
    subject          varchar(300)  not null,
    body             varchar(20000) not null,
    status           varchar(20)   not null,
    attempts         integer       not null default 0,
    next_attempt_at  timestamp(6) with time zone not null,
    last_error       varchar(500),
    created_at       timestamp(6) with time zone not null,
    sent_at          timestamp(6) with time zone,
    constraint uq_email_outbox_key unique (dedup_key),
    constraint ck_email_status check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED'))
);
create index ix_email_outbox_due on email_outbox (status, next_attempt_at);

-- The secret address of an account's calendar feed; renewing it replaces the token.
create table calendar_feed (
    account_id      bigint       primary key references user_account(id),
    institution_id  bigint       not null references institution(id),
    token           varchar(64)  not null unique,
    created_at      timestamp(6) with time zone not null
);
