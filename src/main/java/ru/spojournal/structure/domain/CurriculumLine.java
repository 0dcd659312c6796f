package ru.spojournal.structure.domain;

import ru.spojournal.structure.AttestationForm;

/** A row of a specialty's учебный план with its subject's code and name, for the administrator's page. */
public record CurriculumLine(
        Long id,
        int semester,
        Long subjectId,
        String subjectCode,
        String subjectName,
        int hours,
        AttestationForm attestationForm,
        boolean archived,
        long version) {}
