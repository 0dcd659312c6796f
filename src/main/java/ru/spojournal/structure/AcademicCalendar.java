package ru.spojournal.structure;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.platform.error.NotFoundException;

/**
 * Time as the college lives it: its time zone, "today" there, its terms and its пары. The day of a
 * lesson is always the college's day, whatever the server's zone.
 */
@Service
@Transactional(readOnly = true)
public class AcademicCalendar {

    private final InstitutionRepository institutions;
    private final TermRepository terms;
    private final AcademicYearRepository years;
    private final PeriodRepository periods;
    private final Clock clock;

    AcademicCalendar(
            InstitutionRepository institutions,
            TermRepository terms,
            AcademicYearRepository years,
            PeriodRepository periods,
            Clock clock) {
        this.institutions = institutions;
        this.years = years;
        this.terms = terms;
        this.periods = periods;
        this.clock = clock;
    }

    public ZoneId zone(long institutionId) {
        return institutions
                .findById(institutionId)
                .map(i -> i.view().zone())
                .orElseThrow(() -> new NotFoundException("institution"));
    }

    public LocalDate today(long institutionId) {
        return LocalDate.now(clock.withZone(zone(institutionId)));
    }

    public List<AcademicYearView> academicYears(long institutionId) {
        return years.findByInstitutionIdOrderByStartDateDesc(institutionId).stream()
                .map(y -> new AcademicYearView(y.getId(), y.getName(), y.getStartDate(), y.getEndDate()))
                .toList();
    }

    public List<TermView> terms(long institutionId) {
        return terms.findAllOf(institutionId).stream().map(Term::view).toList();
    }

    public Optional<TermView> term(long institutionId, long termId) {
        return terms(institutionId).stream().filter(t -> t.id() == termId).findFirst();
    }

    /** The term that holds the date, or else the nearest one before it, or else the first. */
    public Optional<TermView> termAt(long institutionId, LocalDate date) {
        List<TermView> all = terms(institutionId);
        return all.stream()
                .filter(t -> t.contains(date))
                .findFirst()
                .or(() -> all.stream()
                        .filter(t -> t.endDate().isBefore(date))
                        .max(Comparator.comparing(TermView::endDate)))
                .or(() -> all.stream().findFirst());
    }

    public Optional<TermView> currentTerm(long institutionId) {
        return termAt(institutionId, today(institutionId));
    }

    /** The пары of a weekday: rows made for that day, or else the rows for every day. */
    public List<PeriodView> periods(long institutionId, DayOfWeek day) {
        Map<Boolean, List<PeriodView>> byKind = periods.findAllOf(institutionId).stream()
                .map(Period::view)
                .filter(p -> p.dayOfWeek() == null || p.dayOfWeek() == day.getValue())
                .collect(Collectors.partitioningBy(p -> p.dayOfWeek() != null));
        List<PeriodView> specific = byKind.get(true);
        return specific.isEmpty() ? byKind.get(false) : specific;
    }
}
