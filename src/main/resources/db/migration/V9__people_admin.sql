-- A teaching assignment is archived, never deleted: its journal keeps its lessons and marks.
alter table teaching_assignment add column archived boolean default false not null;
create index ix_assignment_subject on teaching_assignment (group_id, subject_id, term_id);
