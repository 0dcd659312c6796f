/**
 * The teacher's journal (R1–R7): lessons with their topics and types, mark columns by kind of
 * work, marks, attendance, homework for the group and for single students, exemptions, and the
 * history of every change. One journal per teaching assignment; its teacher records, those who
 * supervise read. Other modules read it through {@link ru.spojournal.journal.JournalQueries}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Journal",
        allowedDependencies = {"people", "platform", "structure", "teaching"})
package ru.spojournal.journal;
