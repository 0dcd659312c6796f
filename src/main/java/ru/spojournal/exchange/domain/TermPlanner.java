package ru.spojournal.exchange.domain;

import java.util.List;
import ru.spojournal.exchange.domain.CollegeIndex.YearRec;
import ru.spojournal.exchange.domain.Entries.TermEntry;
import ru.spojournal.structure.StructureCommands.NewAcademicYear;
import ru.spojournal.structure.StructureCommands.NewTerm;

/**
 * Academic years and their terms from a OneRoster package (academicSessions). Existing ones are
 * found by the year's name and the term's number and left as they are.
 */
final class TermPlanner {

    private final CollegeIndex index;
    private final Plan plan;
    private final Problems problems;

    TermPlanner(CollegeIndex index, Plan plan, Problems problems) {
        this.index = index;
        this.plan = plan;
        this.problems = problems;
    }

    void plan(List<TermEntry> entries) {
        for (TermEntry e : entries) {
            if (e.src().broken()) {
                continue;
            }
            YearRec year = year(e);
            String key = CollegeIndex.termKey(e.academicYear(), e.number());
            if (index.terms.containsKey(key)) {
                plan.count("exchange.count.terms.unchanged");
                continue;
            }
            if (e.start().isBefore(year.start())
                    || e.end().isAfter(year.end())
                    || !e.end().isAfter(e.start())) {
                problems.error(e.src().at("startDate"), "exchange.term.outsideYear", e.name(), year.name());
                continue;
            }
            Ref term = Ref.pending(e.name());
            index.terms.put(key, term);
            plan.count("exchange.count.terms.created");
            plan.step(w -> term.created(w.structure()
                    .createTerm(
                            w.institutionId(),
                            new NewTerm(year.ref().id(), e.number(), e.name(), e.start(), e.end()))));
        }
    }

    private YearRec year(TermEntry e) {
        YearRec year = index.years.get(Names.norm(e.academicYear()));
        if (year != null) {
            return year;
        }
        YearRec created = new YearRec(Ref.pending(e.academicYear()), e.academicYear(), e.yearStart(), e.yearEnd());
        index.years.put(Names.norm(e.academicYear()), created);
        plan.count("exchange.count.years.created");
        plan.step(w -> created.ref()
                .created(w.structure()
                        .createAcademicYear(
                                w.institutionId(),
                                new NewAcademicYear(created.name(), created.start(), created.end()))));
        return created;
    }
}
