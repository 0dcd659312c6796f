package ru.spojournal.structure.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.structure.CatalogCommands.DatesEdit;
import ru.spojournal.structure.CatalogCommands.PeriodEdit;

/**
 * The administrator's academic years, terms and bells (R14: the administrator opens the year and
 * sets the schedule of work). Dates and times are checked before anything is saved; a term stays
 * inside its year, and a year keeps its terms inside it.
 */
@Service
@Transactional
public class CalendarAdmin {

    private final AcademicYearRepository years;
    private final TermRepository terms;
    private final BellScheduleRepository bells;
    private final PeriodRepository periods;

    CalendarAdmin(
            AcademicYearRepository years,
            TermRepository terms,
            BellScheduleRepository bells,
            PeriodRepository periods) {
        this.years = years;
        this.terms = terms;
        this.bells = bells;
        this.periods = periods;
    }

    @Transactional(readOnly = true)
    public List<AcademicYearRow> years(long institutionId) {
        return years.findByInstitutionIdOrderByStartDateDesc(institutionId).stream()
                .map(AcademicYear::row)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<TermRow> terms(long institutionId) {
        return terms.findAllOf(institutionId).stream().map(Term::row).toList();
    }

    @Transactional(readOnly = true)
    public AcademicYearRow year(long institutionId, long id) {
        return Owned.of(years.findById(id), institutionId, "academicYear").row();
    }

    @Transactional(readOnly = true)
    public TermRow term(long institutionId, long id) {
        return Owned.of(terms.findById(id), institutionId, "term").row();
    }

    public long createYear(long institutionId, DatesEdit edit) {
        checkDates(edit, "academicYear.endDate.beforeStart");
        checkYearName(edit);
        if (years.existsByInstitutionIdAndName(institutionId, edit.name().strip())) {
            throw new FieldRejectedException(
                    "name", "academicYear.name.duplicate", edit.name().strip());
        }
        return years.save(new AcademicYear(institutionId, edit.name().strip(), edit.startDate(), edit.endDate()))
                .getId();
    }

    public void editYear(long institutionId, long id, DatesEdit edit) {
        AcademicYear year =
                Owned.atVersion(Owned.of(years.findById(id), institutionId, "academicYear"), edit.version());
        checkDates(edit, "academicYear.endDate.beforeStart");
        checkYearName(edit);
        if (!year.getName().equals(edit.name().strip())
                && years.existsByInstitutionIdAndName(institutionId, edit.name().strip())) {
            throw new FieldRejectedException(
                    "name", "academicYear.name.duplicate", edit.name().strip());
        }
        if (terms.anyOutside(id, edit.startDate(), edit.endDate())) {
            throw new FieldRejectedException("startDate", "academicYear.termsOutside");
        }
        year.edit(edit.name().strip(), edit.startDate(), edit.endDate());
        years.flush();
    }

    public void editTerm(long institutionId, long id, DatesEdit edit) {
        Term term = Owned.atVersion(Owned.of(terms.findById(id), institutionId, "term"), edit.version());
        checkDates(edit, "term.endDate.beforeStart");
        AcademicYear year = term.getAcademicYear();
        if (edit.startDate().isBefore(year.getStartDate()) || edit.endDate().isAfter(year.getEndDate())) {
            throw new FieldRejectedException("startDate", "term.outsideYear", year.getName());
        }
        term.edit(edit.name().strip(), edit.startDate(), edit.endDate());
        terms.flush();
    }

    private static void checkYearName(DatesEdit edit) {
        if (edit.name().strip().length() > 20) {
            throw new FieldRejectedException("name", "academicYear.name.tooLong");
        }
    }

    private static void checkDates(DatesEdit edit, String key) {
        if (!edit.endDate().isAfter(edit.startDate())) {
            throw new FieldRejectedException("endDate", key);
        }
    }

    /** Every bell schedule with its пары: two statements whatever the number of rows. */
    @Transactional(readOnly = true)
    public List<BellScheduleRow> bells(long institutionId) {
        Map<Long, List<PeriodRow>> bySchedule = periods.findAllOf(institutionId).stream()
                .map(Period::row)
                .sorted(Comparator.comparing((PeriodRow p) -> p.dayOfWeek() == null ? 0 : p.dayOfWeek())
                        .thenComparingInt(PeriodRow::number))
                .collect(Collectors.groupingBy(PeriodRow::bellScheduleId));
        return bells.findByInstitutionId(institutionId).stream()
                .map(b -> new BellScheduleRow(b.getId(), b.getName(), bySchedule.getOrDefault(b.getId(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    public PeriodRow period(long institutionId, long id) {
        return periods.findById(id)
                .filter(p -> p.getInstitutionId() == institutionId)
                .orElseThrow(() -> new ru.spojournal.platform.error.NotFoundException("period"))
                .row();
    }

    /** A пара ends after it starts (R14: the schedule of work); its number is unique on its day. */
    public long addPeriod(long institutionId, PeriodEdit edit) {
        BellSchedule schedule = Owned.of(bells.findById(edit.bellScheduleId()), institutionId, "bellSchedule");
        checkTimes(edit);
        boolean taken = periods.findByBellScheduleId(schedule.getId()).stream()
                .anyMatch(p -> p.row().number() == edit.number()
                        && Objects.equals(p.row().dayOfWeek(), edit.dayOfWeek()));
        if (taken) {
            throw new FieldRejectedException("number", "period.number.duplicate", edit.number());
        }
        return periods.save(new Period(
                        institutionId, schedule.getId(), edit.dayOfWeek(), edit.number(), edit.start(), edit.end()))
                .getId();
    }

    public void editPeriod(long institutionId, long id, PeriodEdit edit) {
        Period period = periods.findById(id)
                .filter(p -> p.getInstitutionId() == institutionId)
                .orElseThrow(() -> new ru.spojournal.platform.error.NotFoundException("period"));
        if (edit.version() != null && edit.version() != period.getVersion()) {
            throw new ru.spojournal.platform.error.ConflictException("stale period", null);
        }
        checkTimes(new PeriodEdit(null, null, period.row().number(), edit.start(), edit.end(), null));
        period.retime(edit.start(), edit.end());
        periods.flush();
    }

    private static void checkTimes(PeriodEdit edit) {
        if (!edit.end().isAfter(edit.start())) {
            throw new FieldRejectedException("end", "period.end.beforeStart", edit.number());
        }
    }
}
