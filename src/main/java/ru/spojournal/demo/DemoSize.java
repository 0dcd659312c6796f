package ru.spojournal.demo;

/** How much to generate: one small college, a full college, or a region of full colleges. */
public enum DemoSize {
    /** 2 departments, 6 groups, about 150 students: the default first start. */
    DEMO(2, 3, 22),
    /** 4 departments, 80 groups, about 2,000 students and 150 teachers. */
    COLLEGE(4, 8, 25),
    /** Several colleges of the COLLEGE size in one database. */
    REGION(4, 8, 25);

    final int departments;
    final int specialties;
    final int studentsPerGroup;

    DemoSize(int departments, int specialties, int studentsPerGroup) {
        this.departments = departments;
        this.specialties = specialties;
        this.studentsPerGroup = studentsPerGroup;
    }
}
