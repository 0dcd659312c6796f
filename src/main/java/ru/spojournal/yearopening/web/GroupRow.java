package ru.spojournal.yearopening.web;

/** A proposed first-year group in the wizard; unticked, it is not created. */
public class GroupRow {

    long specialtyId;
    long departmentId;
    String name;
    boolean include;

    public GroupRow() {}

    GroupRow(long specialtyId, long departmentId, String name, boolean include) {
        this.specialtyId = specialtyId;
        this.departmentId = departmentId;
        this.name = name;
        this.include = include;
    }

    public long getSpecialtyId() {
        return specialtyId;
    }

    public void setSpecialtyId(long specialtyId) {
        this.specialtyId = specialtyId;
    }

    public long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(long departmentId) {
        this.departmentId = departmentId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isInclude() {
        return include;
    }

    public void setInclude(boolean include) {
        this.include = include;
    }
}
