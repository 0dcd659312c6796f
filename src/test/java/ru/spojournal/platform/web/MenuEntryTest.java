package ru.spojournal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MenuEntryTest {

    @Test
    void entries_of_a_section_are_gathered_into_one_drop_down_at_the_place_of_the_first() {
        List<MenuEntry> bar = MenuEntry.of(List.of(
                new MenuItem("notifications", "/notifications", 90, 3L),
                new MenuItem("students", "/admin/students", 15).in(MenuSection.PEOPLE),
                new MenuItem("admin", "/admin", 10),
                new MenuItem("staff", "/admin/staff", 14).in(MenuSection.PEOPLE),
                new MenuItem("structure", "/admin/structure", 11).in(MenuSection.STUDIES)));
        assertThat(bar)
                .extracting(MenuEntry::labelKey)
                .containsExactly("admin", "menu.section.studies", "menu.section.people", "notifications");
        assertThat(bar.get(2).items()).extracting(MenuItem::path).containsExactly("/admin/staff", "/admin/students");
        assertThat(bar.get(3).dropdown()).isFalse();
        assertThat(bar.get(3).count()).isEqualTo(3L);
    }

    @Test
    void the_same_entry_from_two_contributors_appears_once() {
        MenuItem home = new MenuItem("teacher", "/teacher", 30);
        assertThat(MenuEntry.of(List.of(home, home))).hasSize(1);
    }
}
