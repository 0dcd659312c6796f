package ru.spojournal.teaching.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.AcademicYearView;
import ru.spojournal.structure.TermView;
import ru.spojournal.teaching.AssignmentView;
import ru.spojournal.teaching.SlotView;
import ru.spojournal.teaching.SubstitutionKind;
import ru.spojournal.teaching.SubstitutionView;
import ru.spojournal.teaching.Timetable;
import ru.spojournal.teaching.TimetableEntry;
import ru.spojournal.teaching.TimetableEntry.EntryKind;
import ru.spojournal.teaching.WeekParity;

/** The implementation of {@link ru.spojournal.teaching.Timetable}. */
@Service
@Transactional(readOnly = true)
class TimetableService implements Timetable {

    private final TimetableSlotRepository slots;
    private final SubstitutionRepository substitutions;
    private final TeachingAssignmentRepository assignments;
    private final AcademicCalendar calendar;

    TimetableService(
            TimetableSlotRepository slots,
            SubstitutionRepository substitutions,
            TeachingAssignmentRepository assignments,
            AcademicCalendar calendar) {
        this.slots = slots;
        this.substitutions = substitutions;
        this.assignments = assignments;
        this.calendar = calendar;
    }

    /** The lessons a teacher conducts on the days, their own and those they substitute. */
    public List<TimetableEntry> forTeacher(long institutionId, long staffId, LocalDate from, LocalDate to) {
        List<AssignmentView> own = termsBetween(institutionId, from, to).stream()
                .flatMap(t -> assignments.findByTeacherStaffIdAndTermId(staffId, t.id()).stream())
                .map(TeachingAssignment::view)
                .toList();
        List<Long> ownIds = own.stream().map(AssignmentView::id).toList();
        List<Long> replaced = substitutions.between(institutionId, from, to).stream()
                .map(Substitution::view)
                .filter(v -> Objects.equals(v.substituteStaffId(), staffId) && !ownIds.contains(v.assignmentId()))
                .map(SubstitutionView::assignmentId)
                .distinct()
                .toList();
        List<AssignmentView> all = new ArrayList<>(own);
        assignments.findAllById(replaced).stream().map(TeachingAssignment::view).forEach(all::add);
        List<TimetableEntry> entries = new ArrayList<>(expand(institutionId, all, from, to));
        // Keep what this teacher conducts, and the cancellations of their own lessons.
        entries.removeIf(
                e -> e.kind() == EntryKind.CANCELLED ? e.teacherStaffId() != staffId : e.conductedBy() != staffId);
        entries.sort(Comparator.comparing(TimetableEntry::date).thenComparing(TimetableEntry::periodNumber));
        return entries;
    }

    /** The lessons of the assignments on the days, substitutions applied (a group's or a student's week). */
    public List<TimetableEntry> forAssignments(
            long institutionId, Collection<AssignmentView> of, LocalDate from, LocalDate to) {
        List<TimetableEntry> entries = new ArrayList<>(expand(institutionId, of, from, to));
        entries.sort(Comparator.comparing(TimetableEntry::date).thenComparing(TimetableEntry::periodNumber));
        return entries;
    }

    public List<SlotView> slotsOf(Collection<Long> assignmentIds) {
        return assignmentIds.isEmpty()
                ? List.of()
                : slots.ofAssignments(assignmentIds).stream()
                        .map(TimetableSlot::view)
                        .toList();
    }

    public List<SubstitutionView> substitutions(long institutionId, LocalDate from, LocalDate to) {
        return substitutions.between(institutionId, from, to).stream()
                .map(Substitution::view)
                .toList();
    }

    private List<TimetableEntry> expand(
            long institutionId, Collection<AssignmentView> of, LocalDate from, LocalDate to) {
        if (of.isEmpty()) {
            return List.of();
        }
        Map<Long, AssignmentView> byId =
                of.stream().collect(Collectors.toMap(AssignmentView::id, Function.identity(), (a, b) -> a));
        Map<Long, TermView> terms =
                calendar.terms(institutionId).stream().collect(Collectors.toMap(TermView::id, Function.identity()));
        List<AcademicYearView> years = calendar.academicYears(institutionId);
        Map<String, TimetableEntry> byKey = new HashMap<>();
        for (TimetableSlot slot : slots.ofAssignments(byId.keySet())) {
            SlotView s = slot.view();
            TermView term = terms.get(s.termId());
            AssignmentView a = byId.get(s.assignmentId());
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (d.getDayOfWeek().getValue() != s.dayOfWeek() || term == null || !term.contains(d)) {
                    continue;
                }
                LocalDate yearStart = yearStart(years, d).orElse(term.startDate());
                if (s.parity().holdsIn(WeekParity.of(d, yearStart))) {
                    byKey.put(
                            key(a.id(), d, s.periodNumber()),
                            new TimetableEntry(
                                    d,
                                    s.periodNumber(),
                                    a.id(),
                                    a.teacherStaffId(),
                                    null,
                                    s.room(),
                                    EntryKind.REGULAR));
                }
            }
        }
        for (Substitution sub : substitutions.between(institutionId, from, to)) {
            SubstitutionView v = sub.view();
            AssignmentView a = byId.get(v.assignmentId());
            if (a == null) {
                continue;
            }
            String key = key(a.id(), v.date(), v.periodNumber());
            TimetableEntry regular = byKey.get(key);
            String room = v.room() != null ? v.room() : regular == null ? null : regular.room();
            EntryKind kind = switch (v.kind()) {
                case CANCEL -> EntryKind.CANCELLED;
                case REPLACE -> EntryKind.REPLACED;
                case EXTRA -> EntryKind.EXTRA;
            };
            byKey.put(
                    key,
                    new TimetableEntry(
                            v.date(),
                            v.periodNumber(),
                            a.id(),
                            a.teacherStaffId(),
                            v.kind() == SubstitutionKind.CANCEL ? null : v.substituteStaffId(),
                            room,
                            kind));
        }
        return new ArrayList<>(byKey.values());
    }

    private List<TermView> termsBetween(long institutionId, LocalDate from, LocalDate to) {
        return calendar.terms(institutionId).stream()
                .filter(t -> !t.endDate().isBefore(from) && !t.startDate().isAfter(to))
                .toList();
    }

    private static Optional<LocalDate> yearStart(List<AcademicYearView> years, LocalDate d) {
        return years.stream()
                .filter(y -> !d.isBefore(y.startDate()) && !d.isAfter(y.endDate()))
                .map(AcademicYearView::startDate)
                .findFirst();
    }

    private static String key(long assignmentId, LocalDate date, int period) {
        return assignmentId + "|" + date + "|" + period;
    }
}
