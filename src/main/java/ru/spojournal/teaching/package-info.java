/**
 * Teaching: the load of each teacher (teacher × group or subgroup × subject × term × hours); later
 * work programs, planned topics, the timetable and substitutions. The journal module keeps one
 * journal per teaching assignment (R2).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Teaching",
        allowedDependencies = {"people", "platform", "structure"})
package ru.spojournal.teaching;
