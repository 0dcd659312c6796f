package ru.spojournal.exchange.domain;

import java.util.List;
import ru.spojournal.exchange.domain.CollegeIndex.SubjectRec;
import ru.spojournal.exchange.domain.Entries.SubjectName;
import ru.spojournal.structure.SubjectKind;

/**
 * Finds a subject as a file names it. A code is usually enough; where several subjects share it
 * (each ПМ.01 of a specialty has its own УП.01 «Учебная практика»), the name and the module
 * decide. A name that still fits several subjects is an error that says what to add.
 */
final class SubjectFinder {

    private SubjectFinder() {}

    static List<SubjectRec> candidates(CollegeIndex index, SubjectName n) {
        return index.subjects.stream()
                .filter(s -> Names.norm(s.code).equals(Names.norm(n.code())))
                .filter(s -> Names.blank(n.name()) || Names.norm(s.name).equals(Names.norm(n.name())))
                .filter(s -> Names.blank(n.moduleCode())
                        || s.parent != null && Names.norm(s.parent.code).equals(Names.norm(n.moduleCode())))
                .filter(s -> Names.blank(n.moduleName())
                        || s.parent != null && Names.norm(s.parent.name).equals(Names.norm(n.moduleName())))
                .toList();
    }

    /** The one subject the name fits, or an error at {@code at} and a refused row. */
    static SubjectRec find(CollegeIndex index, SubjectName n, At at, Problems problems) {
        List<SubjectRec> found = candidates(index, n);
        if (found.size() == 1) {
            return found.get(0);
        }
        String shown = Names.blank(n.name()) ? n.code() : n.code() + " " + n.name();
        problems.error(at, found.isEmpty() ? "exchange.subject.unknown" : "exchange.subject.ambiguous", shown);
        throw new RowRefused();
    }

    static SubjectRec module(CollegeIndex index, String code, String name, At at, Problems problems) {
        List<SubjectRec> found = index.subjects.stream()
                .filter(s -> s.kind == SubjectKind.MODULE && Names.norm(s.code).equals(Names.norm(code)))
                .filter(s -> Names.blank(name) || Names.norm(s.name).equals(Names.norm(name)))
                .toList();
        if (found.size() == 1) {
            return found.get(0);
        }
        problems.error(
                at,
                found.isEmpty() ? "exchange.module.unknown" : "exchange.module.ambiguous",
                Names.blank(name) ? code : code + " " + name);
        throw new RowRefused();
    }
}
