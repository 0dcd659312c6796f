package ru.spojournal.portal.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.spojournal.journal.JournalSettings;
import ru.spojournal.journal.StudentRecords;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.StudentView;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.portal.domain.AbsenceNotices;
import ru.spojournal.portal.domain.NoticeView;
import ru.spojournal.portal.domain.PortalScope;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.GroupView;

/**
 * R19: the curator sees the absences of the group still waiting for a reason and the parents'
 * notices, and confirms or rejects each notice; only for the groups they curate.
 */
@Controller
class CuratorNoticeController {

    private final AbsenceNotices notices;
    private final PortalScope scope;
    private final CollegeStructure structure;
    private final PeopleDirectory people;
    private final StudentRecords records;
    private final JournalSettings settings;
    private final ru.spojournal.structure.AcademicCalendar calendar;

    CuratorNoticeController(
            AbsenceNotices notices,
            PortalScope scope,
            CollegeStructure structure,
            PeopleDirectory people,
            StudentRecords records,
            JournalSettings settings,
            ru.spojournal.structure.AcademicCalendar calendar) {
        this.notices = notices;
        this.scope = scope;
        this.structure = structure;
        this.people = people;
        this.records = records;
        this.settings = settings;
        this.calendar = calendar;
    }

    @GetMapping("/curator/notices")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<GroupView> groups = user.staffId() == null ? List.of() : structure.groupsCuratedBy(user.staffId());
        List<StudentView> students =
                people.studentsOfGroups(groups.stream().map(GroupView::id).toList());
        Map<Long, StudentView> byId = students.stream().collect(Collectors.toMap(StudentView::id, Function.identity()));
        List<NoticeView> all = notices.ofStudents(byId.keySet());
        java.time.LocalDate today = calendar.today(user.institutionId());
        model.addAttribute("students", byId);
        model.addAttribute(
                "waiting",
                all.stream().filter(n -> n.status().name().equals("SUBMITTED")).toList());
        model.addAttribute(
                "decided",
                all.stream()
                        .filter(n -> !n.status().name().equals("SUBMITTED"))
                        .limit(30)
                        .toList());
        model.addAttribute("unexplained", records.unexplainedHours(byId.keySet(), today.minusDays(30), today));
        model.addAttribute(
                "reasonNames",
                settings.absenceReasons(user.institutionId()).stream()
                        .collect(Collectors.toMap(r -> r.code(), r -> r.name())));
        return "portal/curator-notices";
    }

    @PostMapping("/curator/notices/{id}/decision")
    String decide(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam boolean confirm,
            @RequestParam(required = false) String comment,
            RedirectAttributes flash) {
        try {
            int excused = notices.decide(user, id, confirm, comment);
            flash.addFlashAttribute("notice", confirm ? "notice.confirmed" : "notice.rejected");
            flash.addFlashAttribute("excused", excused);
        } catch (FieldRejectedException e) {
            flash.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/curator/notices";
    }

    @GetMapping("/curator/notices/{id}/attachment")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        var notice = notices.attachmentForCurator(user, id);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(notice.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(notice.type()))
                .body(notice.content());
    }
}
