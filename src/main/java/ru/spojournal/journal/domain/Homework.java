package ru.spojournal.journal.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import ru.spojournal.platform.jpa.InstitutionOwned;

/**
 * A домашнее задание of a lesson (R4: content, pages, task numbers): for the whole group, or only
 * for the students listed.
 */
@Entity
@Table(name = "homework")
class Homework extends InstitutionOwned {

    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(name = "lesson_id")
    private Long lessonId;

    private String content;
    private String pages;
    private String tasks;

    @Column(name = "due_date")
    private LocalDate dueDate;

    private boolean deleted;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "homework_student", joinColumns = @JoinColumn(name = "homework_id"))
    private Set<Target> targets = new HashSet<>();

    protected Homework() {}

    Homework(long institutionId, long assignmentId, long lessonId) {
        super(institutionId);
        this.assignmentId = assignmentId;
        this.lessonId = lessonId;
    }

    void apply(HomeworkDetails d) {
        this.content = d.content();
        this.pages = d.pages();
        this.tasks = d.tasks();
        this.dueDate = d.dueDate();
        this.targets = d.studentIds().stream()
                .map(id -> new Target(id, getInstitutionId()))
                .collect(Collectors.toCollection(HashSet::new));
    }

    HomeworkDetails details() {
        return new HomeworkDetails(
                content,
                pages,
                tasks,
                dueDate,
                targets.stream().map(Target::studentId).collect(Collectors.toSet()));
    }

    void delete() {
        this.deleted = true;
    }

    Long getAssignmentId() {
        return assignmentId;
    }

    Long getLessonId() {
        return lessonId;
    }

    boolean isDeleted() {
        return deleted;
    }

    /** A student an individual homework is for. */
    @Embeddable
    record Target(
            @Column(name = "student_id") Long studentId,
            @Column(name = "institution_id") Long institutionId) {}
}
