package ru.spojournal.structure;

/** Planned hours and attestation of a subject in a semester of a specialty. */
public record CurriculumRowView(
        Long id, Long specialtyId, Long subjectId, int semester, int hours, AttestationForm attestationForm) {}
