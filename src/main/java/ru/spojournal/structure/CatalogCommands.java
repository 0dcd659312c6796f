package ru.spojournal.structure;

/** Edits of the administrator's lists; each carries the version the form was read at. */
public final class CatalogCommands {

    private CatalogCommands() {}

    public record DepartmentEdit(String name, String shortName, Long headStaffId, Long version) {}

    public record SpecialtyEdit(String code, String name, String qualification, Long version) {}
}
