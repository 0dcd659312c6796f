package ru.spojournal.portal.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.journal.AbsenceExcuses;
import ru.spojournal.journal.JournalSettings;
import ru.spojournal.platform.error.AccessRefusedException;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.error.NotFoundException;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.portal.AbsenceNoticeAnswered;
import ru.spojournal.portal.AbsenceNoticeSubmitted;

/**
 * R19: parents tell the curator the reasons of absences; the curator confirms or rejects, and the
 * absences become excused or stay as they were. A notice is for one's own child, for days that
 * have absences, with at most a small scan of a certificate.
 */
@Service
@Transactional
public class AbsenceNotices {

    public static final int MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
    private static final Set<String> ATTACHMENT_TYPES = Set.of("image/jpeg", "image/png", "application/pdf");

    private final AbsenceNoticeRepository notices;
    private final PortalScope scope;
    private final AbsenceExcuses excuses;
    private final JournalSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AbsenceNotices(
            AbsenceNoticeRepository notices,
            PortalScope scope,
            AbsenceExcuses excuses,
            JournalSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.notices = notices;
        this.scope = scope;
        this.excuses = excuses;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** A parent's notice for one of their children. */
    public record Submission(
            long studentId,
            LocalDate from,
            LocalDate to,
            String reasonCode,
            String comment,
            String fileName,
            String fileType,
            byte[] file) {}

    public long submit(CurrentUser parent, Submission s) {
        if (parent.parentId() == null) {
            throw new AccessRefusedException("only a parent submits notices");
        }
        ChildView child = scope.child(parent, s.studentId(), FamilyPolicy.Section.NOTICES);
        if (s.from() == null || s.to() == null) {
            throw new FieldRejectedException(s.from() == null ? "from" : "to", "notice.dates.required");
        }
        if (s.to().isBefore(s.from())) {
            throw new FieldRejectedException("to", "notice.dates.order");
        }
        if (s.from().isBefore(child.today().minusDays(60)) || s.to().isAfter(child.today())) {
            throw new FieldRejectedException("from", "notice.dates.range");
        }
        if (settings.activeAbsenceReasons(parent.institutionId()).stream()
                .noneMatch(r -> r.code().equals(s.reasonCode()))) {
            throw new FieldRejectedException("reasonCode", "notice.reason.required");
        }
        if (s.comment() != null && s.comment().length() > 1000) {
            throw new FieldRejectedException("comment", "notice.comment.tooLong");
        }
        boolean hasFile = s.file() != null && s.file().length > 0;
        if (hasFile && s.file().length > MAX_ATTACHMENT_BYTES) {
            throw new FieldRejectedException("file", "notice.file.tooLarge", MAX_ATTACHMENT_BYTES / 1024 / 1024);
        }
        if (hasFile && !ATTACHMENT_TYPES.contains(s.fileType())) {
            throw new FieldRejectedException("file", "notice.file.type");
        }
        if (excuses.absencesBetween(child.student().id(), child.journalIds(), s.from(), s.to()) == 0) {
            throw new FieldRejectedException("from", "notice.noAbsences");
        }
        AbsenceNotice notice = new AbsenceNotice(
                parent.institutionId(),
                child.student().id(),
                parent.parentId(),
                s.from(),
                s.to(),
                s.reasonCode(),
                blank(s.comment()),
                clock.instant());
        if (hasFile) {
            notice.attach(s.fileName(), s.fileType(), s.file());
        }
        long id = notices.save(notice).getId();
        events.publishEvent(new AbsenceNoticeSubmitted(
                parent.institutionId(), id, child.student().id(), child.group().id()));
        return id;
    }

    @Transactional(readOnly = true)
    public List<NoticeView> ofStudents(Collection<Long> studentIds) {
        return studentIds.isEmpty()
                ? List.of()
                : notices.ofStudents(studentIds).stream()
                        .map(AbsenceNotice::view)
                        .toList();
    }

    /**
     * The curator's answer. Confirming excuses the absences of the days in the child's journals.
     * Only the curator of the child's group decides.
     */
    public int decide(CurrentUser curator, long noticeId, boolean confirm, String comment) {
        AbsenceNotice notice = notices.findById(noticeId)
                .filter(n -> n.getInstitutionId() == curator.institutionId())
                .orElseThrow(() -> new NotFoundException("notice"));
        ChildView child = scope.curatedChild(curator, notice.getStudentId());
        if (!NoticePolicy.open(notice.getStatus())) {
            throw new FieldRejectedException("status", "notice.alreadyDecided");
        }
        notice.decide(confirm, curator.accountId(), clock.instant(), blank(comment));
        NoticeView v = notice.view();
        int excused = confirm
                ? excuses.excuse(
                        curator.institutionId(),
                        child.student().id(),
                        child.journalIds(),
                        v.from(),
                        v.to(),
                        v.reasonCode(),
                        curator.accountId(),
                        PortalWords.WORDS.word("noticeConfirmed"))
                : 0;
        events.publishEvent(new AbsenceNoticeAnswered(
                curator.institutionId(), noticeId, notice.getStudentId(), notice.getParentId(), confirm));
        return excused;
    }

    /** A scan of a certificate as it was sent. */
    public record Attachment(String name, String type, byte[] content) {}

    /** The attachment of a notice, for the curator of the child's group only. */
    @Transactional(readOnly = true)
    public Attachment attachmentForCurator(CurrentUser curator, long noticeId) {
        AbsenceNotice notice = notices.findById(noticeId)
                .filter(n -> n.getInstitutionId() == curator.institutionId() && n.getAttachment() != null)
                .orElseThrow(() -> new NotFoundException("attachment"));
        scope.curatedChild(curator, notice.getStudentId());
        return new Attachment(notice.getAttachmentName(), notice.getAttachmentType(), notice.getAttachment());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
