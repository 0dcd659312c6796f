-- Accounts and the audit log (R14, R16, R17).
-- One portable dialect: H2 (MODE=PostgreSQL) and PostgreSQL 15+ both run this file as is.

-- Who did what to whom and when: account actions and refused requests. Entries are only ever
-- added. A refusal of a visitor who is not signed in belongs to no college, hence the nullable
-- institution_id. Account ids are kept without a foreign key, so that the log outlives them.
create table audit_entry (
    id                 bigint primary key,
    institution_id     bigint       references institution(id),
    occurred_at        timestamp(6) with time zone not null,
    kind               varchar(30)  not null,
    actor_account_id   bigint,
    actor_login        varchar(64),
    target_account_id  bigint,
    target_login       varchar(64),
    target_name        varchar(320),
    detail             varchar(500)
);
create index ix_audit_entry_time on audit_entry (institution_id, occurred_at);
create index ix_audit_entry_actor on audit_entry (institution_id, actor_login);

-- The administrator's list of accounts is read per college.
create index ix_user_account_institution on user_account (institution_id, login);
