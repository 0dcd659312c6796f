package ru.spojournal.structure.domain;

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
import ru.spojournal.structure.AcademicCalendar;
import ru.spojournal.structure.AcademicYearView;
import ru.spojournal.structure.PeriodView;
import ru.spojournal.structure.TermView;

/**
 * Time as the college lives it: its time zone, "today" there, its terms and its пары. The day of a
 * lesson is always the college's day, whatever the server's zone.
 */
@Service
@Transactional(readOnly = true)
public class AcademicCalendarService implements AcademicCalendar {

    private final InstitutionRepository institutions;
    private final TermRepository terms;
    private final AcademicYearRepository years;
    private final PeriodRepository periods;
    private final Clock clock;

    AcademicCalendarService(
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

    @Override
    public ZoneId zone(long institutionId) {
        return institutions
                .findById(institutionId)
                .map(i -> i.view().zone())
                .orElseThrow(() -> new NotFoundException("institution"));
    }

    @Override
    public LocalDate today(long institutionId) {
        return LocalDate.now(clock.withZone(zone(institutionId)));
    }

    @Override
    public List<AcademicYearView> academicYears(long institutionId) {
        return years.findByInstitutionIdOrderByStartDateDesc(institutionId).stream()
                .map(y -> new AcademicYearView(y.getId(), y.getName(), y.getStartDate(), y.getEndDate()))
                .toList();
    }

    @Override
    public List<TermView> terms(long institutionId) {
        return terms.findAllOf(institutionId).stream().map(Term::view).toList();
    }

    @Override
    public Optional<TermView> term(long institutionId, long termId) {
        return terms(institutionId).stream().filter(t -> t.id() == termId).findFirst();
    }

    @Override
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

    @Override
    public Optional<TermView> currentTerm(long institutionId) {
        return termAt(institutionId, today(institutionId));
    }

    @Override
    public List<PeriodView> periods(long institutionId, DayOfWeek day) {
        Map<Boolean, List<PeriodView>> byKind = periods.findAllOf(institutionId).stream()
                .map(Period::view)
                .filter(p -> p.dayOfWeek() == null || p.dayOfWeek() == day.getValue())
                .collect(Collectors.partitioningBy(p -> p.dayOfWeek() != null));
        List<PeriodView> specific = byKind.get(true);
        return specific.isEmpty() ? byKind.get(false) : specific;
    }
}
