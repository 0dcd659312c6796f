package ru.spojournal.yearopening.web;

/** The last course of a specialty in the wizard. */
public class CourseRow {

    long specialtyId;
    int course;

    public CourseRow() {}

    CourseRow(long specialtyId, int course) {
        this.specialtyId = specialtyId;
        this.course = course;
    }

    public long getSpecialtyId() {
        return specialtyId;
    }

    public void setSpecialtyId(long specialtyId) {
        this.specialtyId = specialtyId;
    }

    public int getCourse() {
        return course;
    }

    public void setCourse(int course) {
        this.course = course;
    }
}
