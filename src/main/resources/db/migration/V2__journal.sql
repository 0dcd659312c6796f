-- The teacher's journal: lessons, mark columns by kind of work, marks, attendance, homework,
-- exemptions, and the history of every change (R1). Rows are never removed: a deleted lesson is
-- marked deleted, a cleared mark keeps its row with an empty value, and journal_change keeps who,
-- when, the old and the new value and, after the lesson's day, why.

-- Settings of the institution: kinds of work with their weights, lesson types, absence reasons.
create table work_type (
    id              bigint primary key,
    institution_id  bigint        not null references institution(id),
    code            varchar(30)   not null,
    name            varchar(100)  not null,
    weight          numeric(4, 2) not null,
    pass_fail       boolean       not null default false,
    sort_order      integer       not null,
    archived        boolean       not null default false,
    version         bigint        not null default 0,
    constraint uq_work_type unique (institution_id, code),
    constraint ck_work_type_weight check (weight > 0 and weight <= 10)
);

create table lesson_type (
    id              bigint primary key,
    institution_id  bigint       not null references institution(id),
    code            varchar(30)  not null,
    name            varchar(100) not null,
    sort_order      integer      not null,
    archived        boolean      not null default false,
    version         bigint       not null default 0,
    constraint uq_lesson_type unique (institution_id, code)
);

create table absence_reason (
    id              bigint primary key,
    institution_id  bigint       not null references institution(id),
    code            varchar(30)  not null,
    name            varchar(100) not null,
    excused         boolean      not null,
    sort_order      integer      not null,
    archived        boolean      not null default false,
    version         bigint       not null default 0,
    constraint uq_absence_reason unique (institution_id, code)
);

-- A lesson (занятие) of one teaching assignment. For practice days period_number is empty.
create table lesson (
    id                   bigint primary key,
    institution_id       bigint        not null references institution(id),
    assignment_id        bigint        not null references teaching_assignment(id),
    lesson_date          date          not null,
    period_number        integer,
    hours                integer       not null,
    topic                varchar(500)  not null,
    lesson_type_id       bigint        references lesson_type(id),
    first_recorded_at    timestamp(6) with time zone not null,
    attendance_taken_at  timestamp(6) with time zone,
    recorded_by          bigint        not null,
    deleted              boolean       not null default false,
    version              bigint        not null default 0,
    constraint ck_lesson_hours check (hours between 1 and 12)
);
create index ix_lesson_assignment on lesson (assignment_id, lesson_date);

-- A mark column: one kind of work within a lesson (устный ответ, практическая работа №3, ...).
create table mark_column (
    id              bigint primary key,
    institution_id  bigint       not null references institution(id),
    assignment_id   bigint       not null references teaching_assignment(id),
    lesson_id       bigint       not null references lesson(id),
    work_type_id    bigint       not null references work_type(id),
    title           varchar(100),
    position        integer      not null,
    deleted         boolean      not null default false,
    version         bigint       not null default 0
);
create index ix_mark_column_assignment on mark_column (assignment_id);
create index ix_mark_column_lesson on mark_column (lesson_id);

-- One mark per student per column; a cleared mark keeps its row with an empty value.
create table mark (
    id              bigint primary key,
    institution_id  bigint      not null references institution(id),
    assignment_id   bigint      not null references teaching_assignment(id),
    column_id       bigint      not null references mark_column(id),
    student_id      bigint      not null references student(id),
    mark_value      varchar(4),
    updated_at      timestamp(6) with time zone not null,
    updated_by      bigint      not null,
    version         bigint      not null default 0,
    constraint uq_mark unique (column_id, student_id)
);
create index ix_mark_assignment on mark (assignment_id);
create index ix_mark_student on mark (student_id);

-- Attendance of a student at a lesson: absent (with hours) or late; empty kind means present.
create table attendance (
    id                 bigint primary key,
    institution_id     bigint      not null references institution(id),
    assignment_id      bigint      not null references teaching_assignment(id),
    lesson_id          bigint      not null references lesson(id),
    student_id         bigint      not null references student(id),
    kind               varchar(10),
    hours_missed       integer,
    absence_reason_id  bigint      references absence_reason(id),
    updated_at         timestamp(6) with time zone not null,
    updated_by         bigint      not null,
    version            bigint      not null default 0,
    constraint uq_attendance unique (lesson_id, student_id),
    constraint ck_attendance_kind check (kind is null or kind in ('ABSENT', 'LATE'))
);
create index ix_attendance_assignment on attendance (assignment_id);
create index ix_attendance_student on attendance (student_id);

-- Homework of a lesson: for the whole group, or for the students listed in homework_student.
create table homework (
    id              bigint primary key,
    institution_id  bigint        not null references institution(id),
    assignment_id   bigint        not null references teaching_assignment(id),
    lesson_id       bigint        not null references lesson(id),
    content         varchar(2000) not null,
    pages           varchar(200),
    tasks           varchar(200),
    due_date        date,
    deleted         boolean       not null default false,
    version         bigint        not null default 0
);
create index ix_homework_assignment on homework (assignment_id);
create index ix_homework_lesson on homework (lesson_id);

create table homework_student (
    homework_id     bigint not null references homework(id),
    student_id      bigint not null references student(id),
    institution_id  bigint not null references institution(id),
    primary key (homework_id, student_id)
);
create index ix_homework_student_student on homework_student (student_id);

-- «осв»: a student exempt from the subject of a journal; left out of the group's shares.
create table exemption (
    id              bigint primary key,
    institution_id  bigint       not null references institution(id),
    assignment_id   bigint       not null references teaching_assignment(id),
    student_id      bigint       not null references student(id),
    reason          varchar(300),
    active          boolean      not null default true,
    version         bigint       not null default 0,
    constraint uq_exemption unique (assignment_id, student_id)
);

-- R1: the history of every change in a journal.
create table journal_change (
    id              bigint primary key,
    institution_id  bigint       not null references institution(id),
    assignment_id   bigint       not null references teaching_assignment(id),
    lesson_id       bigint,
    subject_kind    varchar(20)  not null,
    subject_id      bigint,
    student_id      bigint,
    old_value       varchar(600),
    new_value       varchar(600),
    reason          varchar(500),
    late            boolean      not null default false,
    changed_at      timestamp(6) with time zone not null,
    changed_by      bigint       not null
);
create index ix_journal_change_assignment on journal_change (assignment_id, changed_at);
create index ix_journal_change_cell on journal_change (subject_kind, subject_id, student_id);
