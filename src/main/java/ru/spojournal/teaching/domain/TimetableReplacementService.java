package ru.spojournal.teaching.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.NewSlot;
import ru.spojournal.teaching.SlotView;
import ru.spojournal.teaching.TimetableReplacement;
import ru.spojournal.teaching.WeekParity;

/** The implementation of {@link ru.spojournal.teaching.TimetableReplacement}. */
@Service
@Transactional
class TimetableReplacementService implements TimetableReplacement {

    private final TimetableSlotRepository slots;
    private final TeachingAssignmentRepository assignments;

    TimetableReplacementService(TimetableSlotRepository slots, TeachingAssignmentRepository assignments) {
        this.slots = slots;
        this.assignments = assignments;
    }

    public SlotChanges replace(long institutionId, long termId, Collection<Long> groupIds, List<NewSlot> asked) {
        List<NewSlot> wanted =
                asked.stream().map(TimetableReplacementService::normal).toList();
        Map<Long, AssignmentView> byId = assignments.findByInstitutionIdAndTermId(institutionId, termId).stream()
                .map(TeachingAssignment::view)
                .collect(Collectors.toMap(AssignmentView::id, Function.identity()));
        for (NewSlot w : wanted) {
            AssignmentView a = byId.get(w.assignmentId());
            if (a == null || !groupIds.contains(a.groupId())) {
                throw new FieldRejectedException("assignmentId", "slot.assignment.unknown");
            }
            if (w.dayOfWeek() < 1 || w.dayOfWeek() > 7) {
                throw new FieldRejectedException("dayOfWeek", "slot.day.range");
            }
            if (w.periodNumber() < 1 || w.periodNumber() > 8) {
                throw new FieldRejectedException("periodNumber", "slot.period.range");
            }
        }
        List<TimetableSlot> replaced = new ArrayList<>();
        List<NewSlot> result = new ArrayList<>(wanted);
        for (TimetableSlot s : slots.ofTerm(termId)) {
            AssignmentView a = byId.get(s.getAssignmentId());
            if (a == null) {
                continue;
            }
            if (groupIds.contains(a.groupId())) {
                replaced.add(s);
            } else {
                SlotView v = s.view();
                result.add(new NewSlot(v.assignmentId(), v.dayOfWeek(), v.periodNumber(), v.parity(), v.room()));
            }
        }
        checkClashes(result, byId);
        return apply(institutionId, termId, replaced, wanted);
    }

    private SlotChanges apply(long institutionId, long termId, List<TimetableSlot> replaced, List<NewSlot> wanted) {
        Set<NewSlot> missing = new HashSet<>(
                wanted.stream().map(TimetableReplacementService::normal).toList());
        int removed = 0;
        int unchanged = 0;
        for (TimetableSlot s : replaced) {
            SlotView v = s.view();
            if (missing.remove(
                    normal(new NewSlot(v.assignmentId(), v.dayOfWeek(), v.periodNumber(), v.parity(), v.room())))) {
                unchanged++;
            } else {
                s.delete();
                removed++;
            }
        }
        slots.saveAll(missing.stream()
                .map(n -> new TimetableSlot(
                        institutionId, termId, n.assignmentId(), n.dayOfWeek(), n.periodNumber(), n.parity(), n.room()))
                .toList());
        return new SlotChanges(missing.size(), removed, unchanged);
    }

    /** Two slots of one group (unless of two different subgroups) or of one teacher may not meet. */
    private static void checkClashes(List<NewSlot> all, Map<Long, AssignmentView> byId) {
        Map<List<Integer>, List<NewSlot>> byTime =
                all.stream().collect(Collectors.groupingBy(s -> List.of(s.dayOfWeek(), s.periodNumber())));
        for (List<NewSlot> same : byTime.values()) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    String clash = TimetableReplacement.clash(
                            byId.get(same.get(i).assignmentId()),
                            same.get(i).parity(),
                            byId.get(same.get(j).assignmentId()),
                            same.get(j).parity());
                    if (clash != null) {
                        throw new FieldRejectedException("periodNumber", clash);
                    }
                }
            }
        }
    }

    private static NewSlot normal(NewSlot s) {
        String room = s.room() == null || s.room().isBlank() ? null : s.room().strip();
        return new NewSlot(
                s.assignmentId(),
                s.dayOfWeek(),
                s.periodNumber(),
                s.parity() == null ? WeekParity.ALL : s.parity(),
                room);
    }
}
