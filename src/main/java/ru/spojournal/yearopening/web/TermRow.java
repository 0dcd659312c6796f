package ru.spojournal.yearopening.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A term of the new year in the wizard. */
public class TermRow {

    int number;
    String name;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    LocalDate endDate;

    public TermRow() {}

    TermRow(int number, String name, LocalDate startDate, LocalDate endDate) {
        this.number = number;
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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
}
