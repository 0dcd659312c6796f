-- Import and export: identifiers of records in other systems, so that importing the same file again
-- finds the records it created instead of making new ones. One portable dialect (H2 and PostgreSQL).
-- A unique constraint admits many NULLs on both databases: only records that came with an id are
-- constrained.

alter table person add column external_id varchar(100);
alter table person add constraint uq_person_external unique (institution_id, external_id);

-- The login a member of staff should get when the credentials are issued (a staff file may name it).
alter table person add column preferred_login varchar(64);

alter table study_group add column external_id varchar(100);
alter table study_group add constraint uq_study_group_external unique (institution_id, external_id);
