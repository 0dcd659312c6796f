package ru.spojournal.structure.domain;

import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.spojournal.platform.ListQuery;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.structure.CatalogCommands.DepartmentEdit;
import ru.spojournal.structure.CatalogCommands.SpecialtyEdit;
import ru.spojournal.structure.DepartmentRow;
import ru.spojournal.structure.SpecialtyRow;
import ru.spojournal.structure.StaffChoices;
import ru.spojournal.structure.StructureCatalog;

/**
 * The administrator's lists of departments and specialties (R14). Rows are archived, never
 * deleted: groups, journals and reports keep referring to them. Lists read a page in two
 * statements and the heads' names in one more, whatever the number of rows.
 */
@Service
@Transactional
public class StructureCatalogService implements StructureCatalog {

    private final DepartmentRepository departments;
    private final SpecialtyRepository specialties;
    private final StaffChoices staff;

    StructureCatalogService(DepartmentRepository departments, SpecialtyRepository specialties, StaffChoices staff) {
        this.departments = departments;
        this.specialties = specialties;
        this.staff = staff;
    }

    @Transactional(readOnly = true)
    @Override
    public Page<DepartmentRow> departments(long institutionId, ListQuery q, boolean archived) {
        Page<Department> page = departments.search(institutionId, archived, q.like(), q.thenBy("id"));
        Map<Long, String> heads = staff.staffNames(page.getContent().stream()
                .map(Department::getHeadStaffId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return page.map(d -> d.row(heads.get(d.getHeadStaffId())));
    }

    @Transactional(readOnly = true)
    @Override
    public DepartmentRow department(long institutionId, long id) {
        return Owned.of(departments.findById(id), institutionId, "department").row(null);
    }

    @Override
    public long createDepartment(long institutionId, DepartmentEdit edit) {
        checkDepartment(institutionId, edit, -1L);
        Department department = new Department(
                institutionId, edit.name().strip(), edit.shortName().strip());
        department.assignHead(edit.headStaffId());
        return departments.save(department).getId();
    }

    @Override
    public void editDepartment(long institutionId, long id, DepartmentEdit edit) {
        Department department =
                Owned.atVersion(Owned.of(departments.findById(id), institutionId, "department"), edit.version());
        checkDepartment(institutionId, edit, id);
        department.edit(edit.name().strip(), edit.shortName().strip(), edit.headStaffId());
        departments.flush();
    }

    @Override
    public void archiveDepartment(long institutionId, long id, boolean archived) {
        Owned.of(departments.findById(id), institutionId, "department").archive(archived);
    }

    private void checkDepartment(long institutionId, DepartmentEdit edit, long exceptId) {
        if (departments.nameTaken(institutionId, edit.name().strip(), exceptId)) {
            throw new FieldRejectedException(
                    "name", "department.name.duplicate", edit.name().strip());
        }
        checkStaff(institutionId, edit.headStaffId(), "headStaffId");
    }

    /** A head or curator must be a member of this college's staff. */
    void checkStaff(long institutionId, Long staffId, String field) {
        if (staffId != null && staff.staff(institutionId).stream().noneMatch(c -> c.id().equals(staffId))) {
            throw new FieldRejectedException(field, "structure.staff.unknown");
        }
    }

    @Transactional(readOnly = true)
    @Override
    public Page<SpecialtyRow> specialties(long institutionId, ListQuery q, boolean archived) {
        return specialties
                .search(institutionId, archived, q.like(), q.thenBy("id"))
                .map(Specialty::row);
    }

    @Transactional(readOnly = true)
    @Override
    public SpecialtyRow specialty(long institutionId, long id) {
        return Owned.of(specialties.findById(id), institutionId, "specialty").row();
    }

    @Override
    public long createSpecialty(long institutionId, SpecialtyEdit edit) {
        checkSpecialty(institutionId, edit, -1L);
        return specialties
                .save(new Specialty(
                        institutionId, edit.code().strip(), edit.name().strip(), Owned.strip(edit.qualification())))
                .getId();
    }

    @Override
    public void editSpecialty(long institutionId, long id, SpecialtyEdit edit) {
        Specialty specialty =
                Owned.atVersion(Owned.of(specialties.findById(id), institutionId, "specialty"), edit.version());
        checkSpecialty(institutionId, edit, id);
        specialty.edit(edit.code().strip(), edit.name().strip(), Owned.strip(edit.qualification()));
        specialties.flush();
    }

    @Override
    public void archiveSpecialty(long institutionId, long id, boolean archived) {
        Owned.of(specialties.findById(id), institutionId, "specialty").archive(archived);
    }

    private void checkSpecialty(long institutionId, SpecialtyEdit edit, long exceptId) {
        if (specialties.codeTaken(institutionId, edit.code().strip(), exceptId)) {
            throw new FieldRejectedException(
                    "code", "specialty.code.duplicate", edit.code().strip());
        }
    }
}
