package ru.spojournal.journal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.spojournal.journal.api.JournalApiRequests.AttendanceRequest;
import ru.spojournal.journal.api.JournalApiRequests.ExemptionRequest;
import ru.spojournal.journal.api.JournalApiRequests.LessonRequest;
import ru.spojournal.journal.api.JournalApiRequests.MarkRequest;
import ru.spojournal.journal.domain.CellState;
import ru.spojournal.journal.domain.ChangeKind;
import ru.spojournal.journal.domain.ChangeView;
import ru.spojournal.journal.domain.JournalAccess;
import ru.spojournal.journal.domain.JournalCommands.PostAttendance;
import ru.spojournal.journal.domain.JournalCommands.PostMark;
import ru.spojournal.journal.domain.JournalContext;
import ru.spojournal.journal.domain.JournalQueries;
import ru.spojournal.journal.domain.LessonService;
import ru.spojournal.journal.domain.MyJournals;
import ru.spojournal.journal.domain.RecordService;
import ru.spojournal.journal.domain.RecordingScope;
import ru.spojournal.platform.security.CurrentUser;

/**
 * The journal over JSON: the same services and the same rules as the pages (R8: only the journal's
 * teacher writes; supervisors read). The grid's script saves each cell through it.
 *
 * <p>Every answer is JSON, and a call that accepts no JSON is refused (406) before anything runs: a
 * save that had already been made could not be answered any more, and the caller would take the
 * refusal for "nothing saved" (R1).
 */
@RestController
@RequestMapping(path = "/api/v1/journals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Journal", description = "api.doc.journal")
class JournalApiController {

    private static final int SAVE_ATTEMPTS = 4;

    private final JournalAccess access;
    private final JournalQueries queries;
    private final LessonService lessons;
    private final RecordService records;
    private final MyJournals myJournals;

    JournalApiController(
            JournalAccess access,
            JournalQueries queries,
            LessonService lessons,
            RecordService records,
            MyJournals myJournals) {
        this.access = access;
        this.queries = queries;
        this.lessons = lessons;
        this.records = records;
        this.myJournals = myJournals;
    }

    @GetMapping
    @Operation(summary = "api.doc.journals")
    List<ru.spojournal.journal.domain.JournalSummary> mine(@AuthenticationPrincipal CurrentUser user) {
        return myJournals.of(user);
    }

    @GetMapping("/{id}")
    @Operation(summary = "api.doc.journalWhole")
    JournalResponses.JournalData journal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return JournalResponses.of(queries.grid(access.read(user, id)));
    }

    @PostMapping("/{id}/lessons")
    @Operation(summary = "api.doc.lessonCreate")
    ResponseEntity<JournalResponses.Created> createLesson(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid @RequestBody LessonRequest body) {
        JournalContext ctx = access.edit(user, id);
        long lessonId = lessons.create(ctx, JournalResponses.command(body));
        return ResponseEntity.created(URI.create("/api/v1/journals/" + id + "/lessons/" + lessonId))
                .body(new JournalResponses.Created(lessonId));
    }

    @PutMapping("/{id}/lessons/{lessonId}")
    @Operation(summary = "api.doc.lessonUpdate")
    ResponseEntity<Void> updateLesson(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @PathVariable long lessonId,
            @Valid @RequestBody LessonRequest body) {
        lessons.update(access.edit(user, id), lessonId, JournalResponses.command(body));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/lessons/{lessonId}")
    @Operation(summary = "api.doc.lessonDelete")
    ResponseEntity<Void> deleteLesson(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @PathVariable long lessonId,
            @RequestParam(defaultValue = "false") boolean confirm,
            @RequestParam(required = false) String reason) {
        lessons.delete(access.edit(user, id), lessonId, confirm, reason);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/marks")
    @Operation(summary = "api.doc.mark")
    CellState mark(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @Valid @RequestBody MarkRequest body) {
        RecordingScope ctx = access.editCell(user, id, body.studentId());
        PostMark cmd = new PostMark(body.columnId(), body.studentId(), body.value(), body.version(), body.reason());
        return raceFree(() -> records.postMark(ctx, cmd));
    }

    @PutMapping("/{id}/attendance")
    @Operation(summary = "api.doc.attendance")
    CellState attendance(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @Valid @RequestBody AttendanceRequest body) {
        RecordingScope ctx = access.editCell(user, id, body.studentId());
        PostAttendance cmd = new PostAttendance(
                body.lessonId(),
                body.studentId(),
                body.kind(),
                body.hours(),
                body.reasonId(),
                body.version(),
                body.reason());
        return raceFree(() -> records.postAttendance(ctx, cmd));
    }

    /**
     * A cell save that lost a race in the database (a row another save locked, updated or inserted
     * at the same instant) is tried again in a fresh transaction. The version check inside the save
     * then decides on fresh data: a cell someone else changed answers 409 with its current value,
     * while a race on anything else, or with the same value, is no conflict at all.
     */
    private static CellState raceFree(java.util.function.Supplier<CellState> save) {
        for (int attempt = 1; ; attempt++) {
            try {
                return save.get();
            } catch (org.springframework.dao.TransientDataAccessException
                    | org.springframework.dao.DataIntegrityViolationException e) {
                if (attempt == SAVE_ATTEMPTS) {
                    throw new ru.spojournal.platform.error.RetryLaterException(
                            "cell save raced " + attempt + " times", e);
                }
            }
        }
    }

    @PostMapping("/{id}/lessons/{lessonId}/attendance-taken")
    @Operation(summary = "api.doc.allPresent")
    ResponseEntity<Void> attendanceTaken(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long lessonId) {
        records.attendanceTaken(access.edit(user, id), lessonId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/exemptions/{studentId}")
    @Operation(summary = "api.doc.exemption")
    ResponseEntity<Void> exemption(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @PathVariable long studentId,
            @Valid @RequestBody ExemptionRequest body) {
        records.exempt(access.editCell(user, id, studentId), studentId, body.exempt(), body.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "api.doc.cellHistory")
    List<ChangeView> cellHistory(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam ChangeKind kind,
            @RequestParam long subjectId,
            @RequestParam long studentId) {
        return queries.cellHistory(access.read(user, id), kind, subjectId, studentId);
    }

    @GetMapping("/{id}/lessons/{lessonId}/history")
    @Operation(summary = "api.doc.lessonHistory")
    List<ChangeView> lessonHistory(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long lessonId) {
        return queries.lessonHistory(access.read(user, id), lessonId);
    }
}
