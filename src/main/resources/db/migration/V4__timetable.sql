-- The timetable: weekly slots of teaching assignments (every week, or odd/even weeks: числитель
-- and знаменатель), and dated substitutions and cancellations.
create table timetable_slot (
    id              bigint primary key,
    institution_id  bigint      not null references institution(id),
    term_id         bigint      not null references term(id),
    assignment_id   bigint      not null references teaching_assignment(id),
    day_of_week     integer     not null,
    period_number   integer     not null,
    week_parity     varchar(10) not null default 'ALL',
    room            varchar(30),
    deleted         boolean     not null default false,
    version         bigint      not null default 0,
    constraint ck_slot_day check (day_of_week between 1 and 7),
    constraint ck_slot_period check (period_number between 1 and 8),
    constraint ck_slot_parity check (week_parity in ('ALL', 'ODD', 'EVEN'))
);
create index ix_slot_assignment on timetable_slot (assignment_id);
create index ix_slot_term on timetable_slot (term_id, day_of_week);

-- A dated change: another teacher conducts the lesson (REPLACE), the lesson does not take place
-- (CANCEL), or an extra lesson is added (EXTRA).
create table substitution (
    id                    bigint primary key,
    institution_id        bigint      not null references institution(id),
    lesson_date           date        not null,
    period_number         integer     not null,
    kind                  varchar(10) not null,
    slot_id               bigint      references timetable_slot(id),
    assignment_id         bigint      not null references teaching_assignment(id),
    substitute_staff_id   bigint      references staff(id),
    room                  varchar(30),
    note                  varchar(300),
    deleted               boolean     not null default false,
    version               bigint      not null default 0,
    constraint ck_substitution_kind check (kind in ('REPLACE', 'CANCEL', 'EXTRA'))
);
create index ix_substitution_date on substitution (institution_id, lesson_date);
create index ix_substitution_assignment on substitution (assignment_id, lesson_date);
