package ru.spojournal.journal.domain;

/** A line of "my journals": which group (or subgroup) and subject, and today's lessons recorded. */
public record JournalSummary(
        long assignmentId,
        String group,
        String subgroup,
        String subjectCode,
        String subjectName,
        String term,
        int plannedHours,
        long lessonsToday,
        boolean editable) {

    public String title() {
        return group + (subgroup == null ? "" : ", " + subgroup) + " — " + subjectCode + " " + subjectName;
    }
}
