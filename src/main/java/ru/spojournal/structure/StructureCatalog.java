package ru.spojournal.structure;

import java.util.List;
import org.springframework.data.domain.Page;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.structure.CatalogCommands.DepartmentEdit;
import ru.spojournal.structure.CatalogCommands.SpecialtyEdit;

/**
 * The administrator's lists of departments and specialties (R14). Rows are archived, never
 * deleted: groups, journals and reports keep referring to them. Lists read a page in two
 * statements and the heads' names in one more, whatever the number of rows.
 */
public interface StructureCatalog {

    List<String> DEPARTMENT_SORTS = List.of("name", "shortName");

    List<String> SPECIALTY_SORTS = List.of("code", "name", "qualification");

    Page<DepartmentRow> departments(long institutionId, ListQuery q, boolean archived);

    DepartmentRow department(long institutionId, long id);

    long createDepartment(long institutionId, DepartmentEdit edit);

    void editDepartment(long institutionId, long id, DepartmentEdit edit);

    void archiveDepartment(long institutionId, long id, boolean archived);

    Page<SpecialtyRow> specialties(long institutionId, ListQuery q, boolean archived);

    SpecialtyRow specialty(long institutionId, long id);

    long createSpecialty(long institutionId, SpecialtyEdit edit);

    void editSpecialty(long institutionId, long id, SpecialtyEdit edit);

    void archiveSpecialty(long institutionId, long id, boolean archived);
}
