package ru.spojournal.exchange.domain;

import java.util.List;

/**
 * The lists a college keeps in spreadsheets, each with its columns in the order of the template.
 * A column's header, meaning and example are in the exchange message bundle under
 * {@code exchange.header.<id>}, {@code exchange.help.<list>.<id>} and
 * {@code exchange.example.<list>.<id>}; headers are always read and written in Russian, since
 * they are the file's format.
 */
public enum ImportList {
    STUDENTS(
            "students",
            List.of(
                    col("externalId"),
                    req("lastName"),
                    req("firstName"),
                    col("middleName"),
                    req("sex"),
                    col("birthDate"),
                    req("group"),
                    col("recordBook"),
                    col("admittedOn"),
                    col("phone"),
                    col("email"),
                    col("subgroups"))),
    STAFF(
            "staff",
            List.of(
                    col("externalId"),
                    req("lastName"),
                    req("firstName"),
                    col("middleName"),
                    req("sex"),
                    col("birthDate"),
                    req("position"),
                    col("department"),
                    col("phone"),
                    col("email"),
                    col("login"))),
    GROUPS(
            "groups",
            List.of(
                    col("externalId"),
                    req("groupName"),
                    req("specialtyCode"),
                    col("specialtyName"),
                    col("qualification"),
                    req("department"),
                    req("course"),
                    req("admissionYear"),
                    col("curator"))),
    SUBJECTS(
            "subjects",
            List.of(
                    req("subjectCode"),
                    req("subjectName"),
                    req("subjectKind"),
                    col("moduleCode"),
                    col("moduleName"),
                    col("specialtyCode"),
                    col("semester"),
                    col("hours"),
                    col("attestation"))),
    ASSIGNMENTS(
            "assignments",
            List.of(
                    req("teacher"),
                    col("teacherExternalId"),
                    req("group"),
                    col("subgroup"),
                    req("subjectCode"),
                    col("subjectName"),
                    col("moduleCode"),
                    col("moduleName"),
                    req("academicYear"),
                    req("termNumber"),
                    req("hours"))),
    TIMETABLE(
            "timetable",
            List.of(
                    req("group"),
                    col("subgroup"),
                    req("day"),
                    req("period"),
                    col("parity"),
                    req("subject"),
                    req("teacher"),
                    col("room"),
                    req("academicYear"),
                    req("termNumber")));

    /** The columns of each parent in the students list: «Родитель 1: ФИО», «Родитель 1: степень родства»... */
    public static final List<String> PARENT_COLUMNS =
            List.of("parentName", "parentRelation", "parentPhone", "parentEmail");

    private final String slug;
    private final List<Column> columns;

    ImportList(String slug, List<Column> columns) {
        this.slug = slug;
        this.columns = columns;
    }

    /** A column of a list: its id and whether every row must fill it. */
    public record Column(String id, boolean required) {}

    private static Column col(String id) {
        return new Column(id, false);
    }

    private static Column req(String id) {
        return new Column(id, true);
    }

    public String slug() {
        return slug;
    }

    public List<Column> columns() {
        return columns;
    }

    public String titleKey() {
        return "exchange.list." + slug;
    }

    public static ImportList bySlug(String slug) {
        for (ImportList list : values()) {
            if (list.slug.equals(slug)) {
                return list;
            }
        }
        throw new ru.spojournal.platform.error.NotFoundException("list");
    }
}
