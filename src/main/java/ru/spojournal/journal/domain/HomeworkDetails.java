package ru.spojournal.journal.domain;

import java.time.LocalDate;
import java.util.Set;

/** Homework as the teacher sets it; no students means the whole group or subgroup. */
public record HomeworkDetails(String content, String pages, String tasks, LocalDate dueDate, Set<Long> studentIds) {

    public boolean individual() {
        return studentIds != null && !studentIds.isEmpty();
    }

    String describe() {
        StringBuilder out = new StringBuilder(content);
        if (pages != null && !pages.isBlank()) {
            out.append(JournalWords.WORDS.format("homeworkPages", pages));
        }
        if (tasks != null && !tasks.isBlank()) {
            out.append(JournalWords.WORDS.format("homeworkTasks", tasks));
        }
        if (dueDate != null) {
            out.append(JournalWords.WORDS.format("homeworkDue", dueDate));
        }
        if (individual()) {
            out.append(JournalWords.WORDS.format("homeworkStudents", studentIds.size()));
        }
        return out.toString();
    }
}
