package ru.spojournal.journal.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/** The lesson form: the right page of the paper journal, plus the kinds of work of the lesson. */
class LessonForm {

    @NotNull(message = "{lesson.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @Min(value = 1, message = "{lesson.period.range}")
    @Max(value = 8, message = "{lesson.period.range}")
    private Integer periodNumber;

    @NotNull(message = "{lesson.hours.required}")
    private Integer hours = 2;

    @NotBlank(message = "{lesson.topic.required}")
    @Size(max = 500, message = "{lesson.topic.tooLong}")
    private String topic;

    private Long lessonTypeId;

    /** Kinds of work; a row without a kind is ignored. */
    private List<Long> workTypeIds = new ArrayList<>(List.of(0L, 0L, 0L));

    private List<String> columnTitles = new ArrayList<>(List.of("", "", ""));

    @Size(max = 2000, message = "{homework.content.tooLong}")
    private String homeworkContent;

    @Size(max = 200, message = "{homework.pages.tooLong}")
    private String homeworkPages;

    @Size(max = 200, message = "{homework.tasks.tooLong}")
    private String homeworkTasks;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate homeworkDue;

    @Size(max = 2000, message = "{homework.content.tooLong}")
    private String individualContent;

    private Set<Long> individualStudentIds = new HashSet<>();

    @Size(max = 500, message = "{journal.reason.tooLong}")
    private String reason;

    private Long version;

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Integer getPeriodNumber() {
        return periodNumber;
    }

    public void setPeriodNumber(Integer periodNumber) {
        this.periodNumber = periodNumber;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public Long getLessonTypeId() {
        return lessonTypeId;
    }

    public void setLessonTypeId(Long lessonTypeId) {
        this.lessonTypeId = lessonTypeId;
    }

    public List<Long> getWorkTypeIds() {
        return workTypeIds;
    }

    public void setWorkTypeIds(List<Long> workTypeIds) {
        this.workTypeIds = workTypeIds;
    }

    public List<String> getColumnTitles() {
        return columnTitles;
    }

    public void setColumnTitles(List<String> columnTitles) {
        this.columnTitles = columnTitles;
    }

    public String getHomeworkContent() {
        return homeworkContent;
    }

    public void setHomeworkContent(String homeworkContent) {
        this.homeworkContent = homeworkContent;
    }

    public String getHomeworkPages() {
        return homeworkPages;
    }

    public void setHomeworkPages(String homeworkPages) {
        this.homeworkPages = homeworkPages;
    }

    public String getHomeworkTasks() {
        return homeworkTasks;
    }

    public void setHomeworkTasks(String homeworkTasks) {
        this.homeworkTasks = homeworkTasks;
    }

    public LocalDate getHomeworkDue() {
        return homeworkDue;
    }

    public void setHomeworkDue(LocalDate homeworkDue) {
        this.homeworkDue = homeworkDue;
    }

    public String getIndividualContent() {
        return individualContent;
    }

    public void setIndividualContent(String individualContent) {
        this.individualContent = individualContent;
    }

    public Set<Long> getIndividualStudentIds() {
        return individualStudentIds;
    }

    public void setIndividualStudentIds(Set<Long> individualStudentIds) {
        this.individualStudentIds = individualStudentIds;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
