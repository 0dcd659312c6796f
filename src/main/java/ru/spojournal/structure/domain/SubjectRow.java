package ru.spojournal.structure.domain;

import ru.spojournal.structure.SubjectKind;

/** A subject as the administrator's list and form show it: its parent module's code and its version. */
public record SubjectRow(
        Long id,
        String code,
        String name,
        SubjectKind kind,
        Long parentId,
        String parentCode,
        boolean archived,
        long version) {}
