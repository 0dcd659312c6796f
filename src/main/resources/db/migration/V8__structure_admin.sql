-- The administrator's pages for the college structure archive rows instead of deleting them,
-- because journals, assignments and reports keep referring to them. Periods become editable
-- one by one, so they get an optimistic-locking version of their own.
alter table subgroup add column archived boolean default false not null;
alter table curriculum_row add column archived boolean default false not null;
alter table period add column version bigint default 0 not null;
