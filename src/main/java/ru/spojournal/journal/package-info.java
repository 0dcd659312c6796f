/**
 * The teacher's journal (R1–R7): lessons with their topics and types, mark columns by kind of
 * work, marks, attendance, homework for the group and for single students, exemptions, and the
 * history of every change. One journal per teaching assignment; its teacher records, those who
 * supervise read.
 *
 * <p>What other modules may use is in this package: the events it publishes ({@link
 * ru.spojournal.journal.JournalEvents}), a student's records ({@link ru.spojournal.journal.StudentRecords}),
 * the excuse of absences, the institution's journal lists, the bulk loader and the value types they
 * speak in. Everything else, the entities, repositories, access policies and services behind the
 * journal's own pages, lives in {@code domain}, {@code web} and {@code api}, which the modularity
 * test keeps out of every other module's reach.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Journal",
        allowedDependencies = {"people", "platform", "structure", "teaching"})
package ru.spojournal.journal;
