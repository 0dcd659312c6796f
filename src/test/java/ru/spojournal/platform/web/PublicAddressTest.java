package ru.spojournal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicAddressTest {

    @Test
    void a_path_becomes_a_link_under_the_configured_address_whatever_its_slashes() {
        assertThat(new PublicAddress("https://journal.college.ru/").of("/parent/marks?child=7"))
                .isEqualTo("https://journal.college.ru/parent/marks?child=7");
        assertThat(new PublicAddress(" https://journal.college.ru ").of("student/marks"))
                .isEqualTo("https://journal.college.ru/student/marks");
        assertThat(new PublicAddress("https://spo.example.org/journal").of("/notifications"))
                .isEqualTo("https://spo.example.org/journal/notifications");
    }

    @Test
    void no_path_is_the_home_page_and_an_absolute_link_is_kept() {
        assertThat(new PublicAddress("https://journal.college.ru").of(null)).isEqualTo("https://journal.college.ru/");
        assertThat(new PublicAddress("https://journal.college.ru").of("https://other.example/x"))
                .isEqualTo("https://other.example/x");
    }
}
