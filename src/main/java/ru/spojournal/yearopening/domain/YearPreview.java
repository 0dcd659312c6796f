package ru.spojournal.yearopening.domain;

import java.util.List;

/**
 * Everything the opening of the year will do, shown before it is done: the groups moving up, the
 * groups graduating with their students, the new groups, the assignments carried over, and the
 * problems that stop it (message keys with their arguments).
 */
public record YearPreview(
        String sourceYearName,
        List<GroupMove> moving,
        List<Graduation> graduating,
        List<NewGroup> newGroups,
        List<CarriedAssignment> carried,
        List<Problem> problems) {

    public record GroupMove(long groupId, String name, String specialtyCode, int fromCourse, int toCourse) {}

    public record Graduation(long groupId, String name, String specialtyCode, int course, long students) {}

    public record NewGroup(String name, String specialtyCode, String specialtyName) {}

    public record CarriedAssignment(
            String groupName, String subjectTitle, String teacherName, int termNumber, int hours) {}

    public record Problem(String key, Object[] args) {}

    public long graduatingStudents() {
        return graduating.stream().mapToLong(Graduation::students).sum();
    }

    public boolean canApply() {
        return problems.isEmpty();
    }
}
