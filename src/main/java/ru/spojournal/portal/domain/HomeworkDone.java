package ru.spojournal.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A student's private tick that a homework is done. */
@Entity
@Table(name = "homework_done")
class HomeworkDone {

    @EmbeddedId
    private Key key;

    @Column(name = "institution_id")
    private Long institutionId;

    @Column(name = "done_at")
    private Instant doneAt;

    protected HomeworkDone() {}

    HomeworkDone(long institutionId, long homeworkId, long studentId, Instant doneAt) {
        this.key = new Key(homeworkId, studentId);
        this.institutionId = institutionId;
        this.doneAt = doneAt;
    }

    Key key() {
        return key;
    }

    @Embeddable
    record Key(
            @Column(name = "homework_id") Long homeworkId,
            @Column(name = "student_id") Long studentId) implements Serializable {}
}
