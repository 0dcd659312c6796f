package ru.spojournal.yearopening.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import ru.spojournal.yearopening.domain.YearPlan;

/** The wizard's editable plan, bound from the form; rows are indexed as the page lists them. */
public class YearOpeningForm {

    private String yearName;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    private String orderNumber;
    private List<TermRow> terms = new ArrayList<>();
    private List<CourseRow> courses = new ArrayList<>();
    private List<GroupRow> groups = new ArrayList<>();

    static YearOpeningForm of(YearPlan plan) {
        YearOpeningForm form = new YearOpeningForm();
        form.yearName = plan.yearName();
        form.startDate = plan.startDate();
        form.endDate = plan.endDate();
        form.orderNumber = plan.orderNumber();
        plan.terms().forEach(t -> form.terms.add(new TermRow(t.number(), t.name(), t.startDate(), t.endDate())));
        plan.finalCourses().forEach(f -> form.courses.add(new CourseRow(f.specialtyId(), f.course())));
        plan.newGroups()
                .forEach(g -> form.groups.add(new GroupRow(g.specialtyId(), g.departmentId(), g.name(), g.include())));
        return form;
    }

    /** The plan; a field left empty is rejected by name first. */
    YearPlan plan() {
        return new YearPlan(
                yearName == null ? "" : yearName.strip(),
                startDate,
                endDate,
                terms.stream()
                        .map(t -> new YearPlan.TermPlan(t.number, t.name == null ? "" : t.name, t.startDate, t.endDate))
                        .toList(),
                courses.stream()
                        .map(c -> new YearPlan.FinalCourse(c.specialtyId, c.course))
                        .toList(),
                groups.stream()
                        .map(g -> new YearPlan.NewGroupPlan(g.specialtyId, g.departmentId, g.name, g.include))
                        .toList(),
                orderNumber);
    }

    public String getYearName() {
        return yearName;
    }

    public void setYearName(String yearName) {
        this.yearName = yearName;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public List<TermRow> getTerms() {
        return terms;
    }

    public void setTerms(List<TermRow> terms) {
        this.terms = terms;
    }

    public List<CourseRow> getCourses() {
        return courses;
    }

    public void setCourses(List<CourseRow> courses) {
        this.courses = courses;
    }

    public List<GroupRow> getGroups() {
        return groups;
    }

    public void setGroups(List<GroupRow> groups) {
        this.groups = groups;
    }
}
