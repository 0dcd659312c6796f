package ru.spojournal.teaching.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.error.NotFoundException;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.SlotView;
import ru.spojournal.teaching.SubstitutionKind;
import ru.spojournal.teaching.TimetableAdmin;
import ru.spojournal.teaching.WeekParity;

/** The implementation of {@link ru.spojournal.teaching.TimetableAdmin}. */
@Service
@Transactional
class TimetableAdminService implements TimetableAdmin {

    private final TimetableSlotRepository slots;
    private final SubstitutionRepository substitutions;
    private final TeachingAssignmentRepository assignments;

    TimetableAdminService(
            TimetableSlotRepository slots,
            SubstitutionRepository substitutions,
            TeachingAssignmentRepository assignments) {
        this.slots = slots;
        this.substitutions = substitutions;
        this.assignments = assignments;
    }

    public long addSlot(
            long institutionId, long assignmentId, int dayOfWeek, int periodNumber, WeekParity parity, String room) {
        AssignmentView a = assignment(institutionId, assignmentId);
        if (dayOfWeek < 1 || dayOfWeek > 7) {
            throw new FieldRejectedException("dayOfWeek", "slot.day.range");
        }
        if (periodNumber < 1 || periodNumber > 8) {
            throw new FieldRejectedException("periodNumber", "slot.period.range");
        }
        WeekParity p = parity == null ? WeekParity.ALL : parity;
        List<AssignmentView> sameTerm = assignments.findByInstitutionIdAndTermId(institutionId, a.termId()).stream()
                .map(TeachingAssignment::view)
                .toList();
        Map<Long, AssignmentView> byId =
                sameTerm.stream().collect(Collectors.toMap(AssignmentView::id, Function.identity()));
        for (TimetableSlot existing : slots.ofAssignments(byId.keySet())) {
            SlotView s = existing.view();
            if (s.dayOfWeek() != dayOfWeek || s.periodNumber() != periodNumber || !overlap(s.parity(), p)) {
                continue;
            }
            AssignmentView other = byId.get(s.assignmentId());
            boolean sameGroup = other.groupId().equals(a.groupId())
                    && (other.subgroupId() == null
                            || a.subgroupId() == null
                            || Objects.equals(other.subgroupId(), a.subgroupId()));
            if (sameGroup) {
                throw new FieldRejectedException("periodNumber", "slot.group.busy");
            }
            if (other.teacherStaffId().equals(a.teacherStaffId())) {
                throw new FieldRejectedException("periodNumber", "slot.teacher.busy");
            }
        }
        return slots.save(new TimetableSlot(
                        institutionId, a.termId(), assignmentId, dayOfWeek, periodNumber, p, blank(room)))
                .getId();
    }

    public void removeSlot(long institutionId, long slotId) {
        slots.findById(slotId)
                .filter(s -> s.getInstitutionId() == institutionId)
                .orElseThrow(() -> new NotFoundException("slot"))
                .delete();
    }

    public long substitute(
            long institutionId,
            LocalDate date,
            int periodNumber,
            SubstitutionKind kind,
            long assignmentId,
            Long substituteStaffId,
            String room,
            String note) {
        assignment(institutionId, assignmentId);
        if (kind != SubstitutionKind.CANCEL && substituteStaffId == null && kind == SubstitutionKind.REPLACE) {
            throw new FieldRejectedException("substituteStaffId", "substitution.teacher.required");
        }
        if (periodNumber < 1 || periodNumber > 8) {
            throw new FieldRejectedException("periodNumber", "slot.period.range");
        }
        return substitutions
                .save(new Substitution(
                        institutionId,
                        date,
                        periodNumber,
                        kind,
                        null,
                        assignmentId,
                        substituteStaffId,
                        blank(room),
                        blank(note)))
                .getId();
    }

    private AssignmentView assignment(long institutionId, long assignmentId) {
        return assignments
                .findById(assignmentId)
                .filter(a -> a.getInstitutionId() == institutionId)
                .map(TeachingAssignment::view)
                .orElseThrow(() -> new FieldRejectedException("assignmentId", "slot.assignment.unknown"));
    }

    private static boolean overlap(WeekParity a, WeekParity b) {
        return a == WeekParity.ALL || b == WeekParity.ALL || a == b;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
