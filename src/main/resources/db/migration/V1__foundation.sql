-- Foundation schema: the college's structure, people, accounts and teaching assignments.
-- One portable dialect: H2 (MODE=PostgreSQL) and PostgreSQL 15+ both run this file as is.
-- Every college-owned table carries institution_id so that one database can hold a region.

create sequence id_seq start with 1000 increment by 50;

create table institution (
    id            bigint primary key,
    code          varchar(32)  not null unique,
    name          varchar(300) not null,
    short_name    varchar(100) not null,
    time_zone     varchar(64)  not null,
    demo          boolean      not null default false,
    version       bigint       not null default 0
);

create table department (
    id              bigint primary key,
    institution_id  bigint       not null references institution(id),
    name            varchar(200) not null,
    short_name      varchar(50)  not null,
    head_staff_id   bigint,
    archived        boolean      not null default false,
    version         bigint       not null default 0,
    constraint uq_department_name unique (institution_id, name)
);

create table specialty (
    id              bigint primary key,
    institution_id  bigint       not null references institution(id),
    code            varchar(20)  not null,
    name            varchar(300) not null,
    qualification   varchar(200),
    archived        boolean      not null default false,
    version         bigint       not null default 0,
    constraint uq_specialty_code unique (institution_id, code)
);

create table academic_year (
    id              bigint primary key,
    institution_id  bigint      not null references institution(id),
    name            varchar(20) not null,
    start_date      date        not null,
    end_date        date        not null,
    version         bigint      not null default 0,
    constraint uq_academic_year unique (institution_id, name),
    constraint ck_academic_year_dates check (end_date > start_date)
);

create table term (
    id                bigint primary key,
    institution_id    bigint      not null references institution(id),
    academic_year_id  bigint      not null references academic_year(id),
    number            integer     not null,
    name              varchar(50) not null,
    start_date        date        not null,
    end_date          date        not null,
    version           bigint      not null default 0,
    constraint uq_term unique (academic_year_id, number),
    constraint ck_term_dates check (end_date > start_date)
);

create table bell_schedule (
    id              bigint primary key,
    institution_id  bigint       not null references institution(id),
    name            varchar(100) not null,
    version         bigint       not null default 0
);

-- A period row with day_of_week null applies to every weekday without a row of its own
-- (Saturday bells are often shorter).
create table period (
    id                bigint primary key,
    institution_id    bigint  not null references institution(id),
    bell_schedule_id  bigint  not null references bell_schedule(id),
    day_of_week       integer,
    number            integer not null,
    start_time        time    not null,
    end_time          time    not null,
    constraint uq_period unique (bell_schedule_id, day_of_week, number),
    constraint ck_period_times check (end_time > start_time),
    constraint ck_period_day check (day_of_week is null or day_of_week between 1 and 7)
);

create table person (
    id              bigint primary key,
    institution_id  bigint       not null references institution(id),
    last_name       varchar(100) not null,
    first_name      varchar(100) not null,
    middle_name     varchar(100),
    sex             varchar(1)   not null,
    birth_date      date,
    email           varchar(200),
    phone           varchar(40),
    version         bigint       not null default 0,
    constraint ck_person_sex check (sex in ('M', 'F'))
);
create index ix_person_name on person (institution_id, last_name, first_name);

create table staff (
    id              bigint primary key,
    institution_id  bigint       not null references institution(id),
    person_id       bigint       not null unique references person(id),
    position        varchar(200) not null,
    department_id   bigint       references department(id),
    archived        boolean      not null default false,
    version         bigint       not null default 0
);

alter table department add constraint fk_department_head foreign key (head_staff_id) references staff(id);

create table study_group (
    id               bigint primary key,
    institution_id   bigint       not null references institution(id),
    name             varchar(50)  not null,
    specialty_id     bigint       not null references specialty(id),
    department_id    bigint       not null references department(id),
    course           integer      not null,
    admission_year   integer      not null,
    study_form       varchar(20)  not null default 'FULL_TIME',
    curator_staff_id bigint       references staff(id),
    archived         boolean      not null default false,
    version          bigint       not null default 0,
    constraint uq_study_group_name unique (institution_id, name),
    constraint ck_study_group_course check (course between 1 and 6)
);
create index ix_study_group_curator on study_group (curator_staff_id);

create table subgroup (
    id              bigint primary key,
    institution_id  bigint      not null references institution(id),
    group_id        bigint      not null references study_group(id),
    name            varchar(50) not null,
    version         bigint      not null default 0,
    constraint uq_subgroup unique (group_id, name)
);

create table subject (
    id              bigint primary key,
    institution_id  bigint       not null references institution(id),
    code            varchar(30)  not null,
    name            varchar(300) not null,
    kind            varchar(20)  not null,
    parent_id       bigint       references subject(id),
    archived        boolean      not null default false,
    version         bigint       not null default 0,
    constraint uq_subject unique (institution_id, code, name, parent_id),
    constraint ck_subject_kind check (kind in ('DISCIPLINE', 'MDK', 'MODULE', 'PRACTICE'))
);

-- The curriculum of a specialty: planned hours and the form of attestation of a subject in a
-- semester of study (1..10, counted from admission).
create table curriculum_row (
    id                 bigint primary key,
    institution_id     bigint      not null references institution(id),
    specialty_id       bigint      not null references specialty(id),
    subject_id         bigint      not null references subject(id),
    semester           integer     not null,
    hours              integer     not null,
    attestation_form   varchar(30) not null,
    version            bigint      not null default 0,
    constraint uq_curriculum_row unique (specialty_id, subject_id, semester),
    constraint ck_curriculum_semester check (semester between 1 and 10),
    constraint ck_curriculum_hours check (hours >= 0),
    constraint ck_curriculum_form check (attestation_form in
        ('NONE', 'EXAM', 'DIFF_CREDIT', 'CREDIT', 'QUALIFICATION_EXAM', 'OTHER'))
);

create table student (
    id                  bigint primary key,
    institution_id      bigint      not null references institution(id),
    person_id           bigint      not null unique references person(id),
    group_id            bigint      not null references study_group(id),
    status              varchar(20) not null,
    record_book_number  varchar(30),
    admitted_on         date,
    version             bigint      not null default 0,
    constraint ck_student_status check (status in ('STUDYING', 'ACADEMIC_LEAVE', 'EXPELLED', 'GRADUATED'))
);
create index ix_student_group on student (group_id);

-- The history of a student's movements: admission, transfers, leaves, expulsion, return, graduation.
create table student_movement (
    id               bigint primary key,
    institution_id   bigint       not null references institution(id),
    student_id       bigint       not null references student(id),
    kind             varchar(20)  not null,
    from_group_id    bigint       references study_group(id),
    to_group_id      bigint       references study_group(id),
    effective_on     date         not null,
    order_number     varchar(50),
    reason           varchar(500),
    recorded_at      timestamp(6) with time zone not null,
    recorded_by      bigint
);
create index ix_student_movement_student on student_movement (student_id);

create table subgroup_member (
    subgroup_id     bigint not null references subgroup(id),
    student_id      bigint not null references student(id),
    institution_id  bigint not null references institution(id),
    primary key (subgroup_id, student_id)
);

create table parent (
    id              bigint primary key,
    institution_id  bigint not null references institution(id),
    person_id       bigint not null unique references person(id),
    version         bigint not null default 0
);

create table parent_student (
    parent_id       bigint      not null references parent(id),
    student_id      bigint      not null references student(id),
    institution_id  bigint      not null references institution(id),
    relation        varchar(20) not null,
    primary key (parent_id, student_id)
);
create index ix_parent_student_student on parent_student (student_id);

create table user_account (
    id                    bigint primary key,
    institution_id        bigint       not null references institution(id),
    login                 varchar(64)  not null,
    password_hash         varchar(200) not null,
    person_id             bigint       references person(id),
    enabled               boolean      not null default true,
    must_change_password  boolean      not null default true,
    failed_attempts       integer      not null default 0,
    locked_until          timestamp(6) with time zone,
    last_login_at         timestamp(6) with time zone,
    created_at            timestamp(6) with time zone not null,
    version               bigint       not null default 0,
    constraint uq_user_account_login unique (login)
);
create index ix_user_account_person on user_account (person_id);

create table account_role (
    account_id  bigint      not null references user_account(id),
    role        varchar(30) not null,
    primary key (account_id, role)
);

create table login_event (
    id              bigint primary key,
    institution_id  bigint       not null references institution(id),
    account_id      bigint       not null references user_account(id),
    occurred_at     timestamp(6) with time zone not null,
    address         varchar(64),
    user_agent      varchar(300),
    success         boolean      not null
);
create index ix_login_event_account on login_event (account_id, occurred_at);

-- Teaching load: a teacher teaches a subject to a group (or one of its subgroups) in a term.
create table teaching_assignment (
    id                bigint primary key,
    institution_id    bigint  not null references institution(id),
    teacher_staff_id  bigint  not null references staff(id),
    group_id          bigint  not null references study_group(id),
    subgroup_id       bigint  references subgroup(id),
    subject_id        bigint  not null references subject(id),
    term_id           bigint  not null references term(id),
    planned_hours     integer not null,
    version           bigint  not null default 0,
    constraint ck_assignment_hours check (planned_hours >= 0)
);
create index ix_assignment_teacher on teaching_assignment (teacher_staff_id, term_id);
create index ix_assignment_group on teaching_assignment (group_id, term_id);

-- Spring Modulith's event publication registry (cross-module events survive a restart).
create table event_publication (
    id                      uuid primary key,
    listener_id             varchar(512)  not null,
    event_type              varchar(512)  not null,
    serialized_event        varchar(20000) not null,
    publication_date        timestamp(6) with time zone not null,
    completion_date         timestamp(6) with time zone,
    last_resubmission_date  timestamp(6) with time zone,
    completion_attempts     integer not null default 0,
    status                  varchar(20)
);
create index ix_event_publication_incomplete on event_publication (completion_date);
