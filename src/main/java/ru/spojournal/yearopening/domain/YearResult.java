package ru.spojournal.yearopening.domain;

import java.util.List;

/** What the opening did; the carried assignments are listed so that the administrator reviews them. */
public record YearResult(
        String yearName,
        int groupsMoved,
        int groupsGraduated,
        int studentsGraduated,
        List<String> newGroups,
        List<YearPreview.CarriedAssignment> carried) {}
