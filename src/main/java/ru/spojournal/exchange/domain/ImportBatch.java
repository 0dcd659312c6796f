package ru.spojournal.exchange.domain;

import java.util.ArrayList;
import java.util.List;
import ru.spojournal.exchange.domain.Entries.AssignmentEntry;
import ru.spojournal.exchange.domain.Entries.GroupEntry;
import ru.spojournal.exchange.domain.Entries.StaffEntry;
import ru.spojournal.exchange.domain.Entries.StudentEntry;
import ru.spojournal.exchange.domain.Entries.SubjectEntry;
import ru.spojournal.exchange.domain.Entries.TermEntry;

/**
 * Everything one import brings: a single list fills one of these, a OneRoster package several.
 * The problems found while reading travel with it; the file name tells each list's problems
 * apart in a package.
 */
public final class ImportBatch {

    final List<TermEntry> terms = new ArrayList<>();
    final List<StaffEntry> staff = new ArrayList<>();
    final List<GroupEntry> groups = new ArrayList<>();
    final List<SubjectEntry> subjects = new ArrayList<>();
    final List<StudentEntry> students = new ArrayList<>();
    final List<AssignmentEntry> assignments = new ArrayList<>();
    final List<Entries.SlotEntry> slots = new ArrayList<>();
    final Problems problems = new Problems();
    String termsFile;
    String staffFile;
    String groupsFile;
    String subjectsFile;
    String studentsFile;
    String assignmentsFile;
    String slotsFile;

    int size() {
        return terms.size()
                + staff.size()
                + groups.size()
                + subjects.size()
                + students.size()
                + assignments.size()
                + slots.size();
    }
}
