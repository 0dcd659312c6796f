package ru.spojournal.portal.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import ru.spojournal.platform.jpa.InstitutionOwned;

/** R19: a parent's notice of why a child was absent, and the curator's answer. */
@Entity
@Table(name = "absence_notice")
class AbsenceNotice extends InstitutionOwned {

    @Column(name = "student_id")
    private Long studentId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "from_date")
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Column(name = "reason_code")
    private String reasonCode;

    private String comment;

    @Column(name = "attachment_name")
    private String attachmentName;

    @Column(name = "attachment_type")
    private String attachmentType;

    @Basic(fetch = FetchType.LAZY)
    private byte[] attachment;

    @Enumerated(EnumType.STRING)
    private NoticeStatus status;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment")
    private String decisionComment;

    @Column(name = "created_at")
    private Instant createdAt;

    protected AbsenceNotice() {}

    AbsenceNotice(
            long institutionId,
            long studentId,
            long parentId,
            LocalDate from,
            LocalDate to,
            String reasonCode,
            String comment,
            Instant createdAt) {
        super(institutionId);
        this.studentId = studentId;
        this.parentId = parentId;
        this.fromDate = from;
        this.toDate = to;
        this.reasonCode = reasonCode;
        this.comment = comment;
        this.status = NoticeStatus.SUBMITTED;
        this.createdAt = createdAt;
    }

    void attach(String name, String type, byte[] content) {
        this.attachmentName = name;
        this.attachmentType = type;
        this.attachment = content;
    }

    void decide(boolean confirmed, long accountId, Instant at, String comment) {
        this.status = confirmed ? NoticeStatus.CONFIRMED : NoticeStatus.REJECTED;
        this.decidedBy = accountId;
        this.decidedAt = at;
        this.decisionComment = comment;
    }

    Long getStudentId() {
        return studentId;
    }

    Long getParentId() {
        return parentId;
    }

    NoticeStatus getStatus() {
        return status;
    }

    byte[] getAttachment() {
        return attachment;
    }

    String getAttachmentType() {
        return attachmentType;
    }

    String getAttachmentName() {
        return attachmentName;
    }

    NoticeView view() {
        return new NoticeView(
                getId(),
                studentId,
                parentId,
                fromDate,
                toDate,
                reasonCode,
                comment,
                attachmentName != null,
                status,
                decidedAt,
                decisionComment,
                createdAt);
    }
}
