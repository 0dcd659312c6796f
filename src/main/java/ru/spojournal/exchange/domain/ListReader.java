package ru.spojournal.exchange.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import ru.spojournal.exchange.domain.Entries.AssignmentEntry;
import ru.spojournal.exchange.domain.Entries.GroupEntry;
import ru.spojournal.exchange.domain.Entries.ParentEntry;
import ru.spojournal.exchange.domain.Entries.PersonFields;
import ru.spojournal.exchange.domain.Entries.StaffEntry;
import ru.spojournal.exchange.domain.Entries.StudentEntry;
import ru.spojournal.exchange.domain.Entries.SubjectEntry;
import ru.spojournal.exchange.domain.Entries.SubjectName;
import ru.spojournal.exchange.domain.ImportList.Column;
import ru.spojournal.people.PersonName;
import ru.spojournal.people.Relation;
import ru.spojournal.people.Sex;

/**
 * Turns the rows of a list into the batch's records. Headers are recognised without regard to
 * case, «ё» or extra spaces, in any order; a column the list does not know is reported and left
 * out, a missing required column stops the reading with a message naming it.
 */
public final class ListReader implements RowSink {

    private static final int MAX_PARENTS = 9;

    private final ImportList list;
    private final ImportBatch batch;
    private final Headers headers;
    private final IntConsumer progress;
    private final Map<String, Integer> columns = new HashMap<>();
    private final Map<String, String> fileHeaders = new HashMap<>();
    private final TreeMap<Integer, Map<String, Integer>> parentColumns = new TreeMap<>();
    private boolean usable;

    public ListReader(ImportList list, ImportBatch batch, Headers headers, IntConsumer progress) {
        this.list = list;
        this.batch = batch;
        this.headers = headers;
        this.progress = progress;
    }

    @Override
    public void header(List<String> cells) {
        Map<String, String> known = new HashMap<>();
        list.columns().forEach(c -> known.put(Names.norm(headers.header(c.id())), c.id()));
        Map<String, String[]> parents = new HashMap<>();
        if (list == ImportList.STUDENTS) {
            for (int n = 1; n <= MAX_PARENTS; n++) {
                for (String id : ImportList.PARENT_COLUMNS) {
                    parents.put(Names.norm(headers.parentHeader(id, n)), new String[] {id, String.valueOf(n)});
                }
            }
        }
        List<At> unknown = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell == null || cell.isBlank()) {
                continue;
            }
            At at = new At(1, cell.strip());
            String id = known.get(Names.norm(cell));
            String[] parent = parents.get(Names.norm(cell));
            if (id != null) {
                if (columns.putIfAbsent(id, i) != null) {
                    batch.problems.error(at, "exchange.header.twice");
                }
                fileHeaders.put(id, cell.strip());
            } else if (parent != null) {
                parentColumns
                        .computeIfAbsent(Integer.valueOf(parent[1]), n -> new HashMap<>())
                        .put(parent[0], i);
                fileHeaders.put(parent[0] + parent[1], cell.strip());
            } else {
                unknown.add(at);
            }
        }
        if (columns.isEmpty()) {
            batch.problems.error(At.row(1), "exchange.header.none", String.join(" ", cells));
            return;
        }
        unknown.forEach(at -> batch.problems.warning(at, "exchange.header.unknown"));
        usable = true;
        for (Column c : list.columns()) {
            if (c.required() && !columns.containsKey(c.id())) {
                batch.problems.error(
                        new At(1, headers.header(c.id())), "exchange.header.missing", headers.header(c.id()));
                usable = false;
            }
        }
    }

    @Override
    public void row(int number, List<String> cells) {
        if (!usable) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        columns.forEach((id, i) -> values.put(id, i < cells.size() ? cells.get(i) : ""));
        parentColumns.forEach((n, cols) ->
                cols.forEach((id, i) -> values.put(id + n, i < cells.size() ? cells.get(i) : "")));
        Cells row = new Cells(new Src(number, fileHeaders), values, batch.problems);
        switch (list) {
            case STUDENTS -> batch.students.add(student(row));
            case STAFF -> batch.staff.add(staff(row));
            case GROUPS -> batch.groups.add(group(row));
            case SUBJECTS -> batch.subjects.add(subject(row));
            case ASSIGNMENTS -> batch.assignments.add(assignment(row));
            case TIMETABLE -> batch.slots.add(TimetableCells.slot(row));
        }
        progress.accept(number);
    }

    private static PersonFields person(Cells c) {
        String last = c.text("lastName", true, 100);
        String first = c.text("firstName", true, 100);
        String middle = c.text("middleName", false, 100);
        Sex sex = c.sex("sex");
        PersonName name =
                last == null || first == null ? new PersonName("", "", null) : new PersonName(last, first, middle);
        return new PersonFields(name, sex, c.date("birthDate"), c.text("phone", false, 40), c.email("email"));
    }

    private StudentEntry student(Cells c) {
        PersonFields person = person(c);
        String group = c.text("group", true, 50);
        String book = c.text("recordBook", false, 30);
        String subgroupText = c.text("subgroups", false, 200);
        List<String> subgroups = subgroupText == null
                ? List.of()
                : List.of(subgroupText.split("\\s*[;,]\\s*")).stream()
                        .filter(s -> !s.isBlank())
                        .toList();
        List<ParentEntry> parents = new ArrayList<>();
        for (Integer n : parentColumns.keySet()) {
            ParentEntry parent = parent(c, n);
            if (parent != null) {
                parents.add(parent);
            }
        }
        return new StudentEntry(
                c.src(),
                c.text("externalId", false, 100),
                person,
                group,
                null,
                book,
                c.date("admittedOn"),
                subgroups,
                parents);
    }

    private static ParentEntry parent(Cells c, int n) {
        String phone = c.text("parentPhone" + n, false, 40);
        String email = c.email("parentEmail" + n);
        Relation relation = c.relation("parentRelation" + n);
        boolean any = phone != null || email != null || relation != null;
        PersonName name = c.fullName("parentName" + n, any);
        if (name == null) {
            return null;
        }
        Sex sex = Cells.sexOf(relation, name);
        if (sex == null) {
            c.fail("parentName" + n, "exchange.parent.sexUnknown", name.full());
            return null;
        }
        return new ParentEntry(n, null, name, sex, relation, phone, email);
    }

    private static StaffEntry staff(Cells c) {
        return new StaffEntry(
                c.src(),
                c.text("externalId", false, 100),
                person(c),
                c.text("position", true, 200),
                c.text("department", false, 200),
                c.text("login", false, 64));
    }

    private static GroupEntry group(Cells c) {
        return new GroupEntry(
                c.src(),
                c.text("externalId", false, 100),
                c.text("groupName", true, 50),
                c.text("specialtyCode", true, 20),
                c.text("specialtyName", false, 300),
                c.text("qualification", false, 200),
                c.text("department", true, 200),
                c.integer("course", true, 1, 6),
                c.integer("admissionYear", true, 1990, 2100),
                c.text("curator", false, 300),
                null);
    }

    private static SubjectEntry subject(Cells c) {
        SubjectName name = new SubjectName(
                c.text("subjectCode", true, 30),
                c.text("subjectName", true, 300),
                c.text("moduleCode", false, 30),
                c.text("moduleName", false, 300));
        return new SubjectEntry(
                c.src(),
                name,
                c.kind("subjectKind"),
                c.text("specialtyCode", false, 20),
                c.integer("semester", false, 1, 10),
                c.integer("hours", false, 0, 10000),
                c.form("attestation"));
    }

    private static AssignmentEntry assignment(Cells c) {
        SubjectName subject = new SubjectName(
                c.text("subjectCode", true, 30),
                c.text("subjectName", false, 300),
                c.text("moduleCode", false, 30),
                c.text("moduleName", false, 300));
        return new AssignmentEntry(
                c.src(),
                c.text("teacher", true, 300),
                c.text("teacherExternalId", false, 100),
                c.text("group", true, 50),
                null,
                c.text("subgroup", false, 50),
                subject,
                c.text("academicYear", true, 20),
                c.integer("termNumber", true, 1, 4),
                c.integer("hours", true, 0, 10000));
    }
}
