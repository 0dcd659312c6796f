package ru.spojournal.journal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.spojournal.platform.jpa.InstitutionOwned;

/** A column of marks within a lesson, for one kind of work (R3: a mark for each kind of work). */
@Entity
@Table(name = "mark_column")
class MarkColumn extends InstitutionOwned {

    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(name = "lesson_id")
    private Long lessonId;

    @Column(name = "work_type_id")
    private Long workTypeId;

    private String title;
    private int position;
    private boolean deleted;

    protected MarkColumn() {}

    MarkColumn(long institutionId, long assignmentId, long lessonId, long workTypeId, String title, int position) {
        super(institutionId);
        this.assignmentId = assignmentId;
        this.lessonId = lessonId;
        this.workTypeId = workTypeId;
        this.title = title;
        this.position = position;
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

    Long getWorkTypeId() {
        return workTypeId;
    }

    String getTitle() {
        return title;
    }

    boolean isDeleted() {
        return deleted;
    }
}
