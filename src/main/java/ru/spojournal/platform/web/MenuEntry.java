package ru.spojournal.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the bar shows: a link, or a drop-down of the links of one section, in the order of their first entry. */
public record MenuEntry(String labelKey, String path, Long count, List<MenuItem> items) {

    public boolean dropdown() {
        return !items.isEmpty();
    }

    /** Sorts the items and gathers those of a section into one drop-down at the place of its first item. */
    static List<MenuEntry> of(List<MenuItem> items) {
        List<MenuItem> sorted = items.stream()
                .distinct()
                .sorted(Comparator.comparingInt(MenuItem::order))
                .toList();
        Map<Object, List<MenuItem>> byPlace = new LinkedHashMap<>();
        for (MenuItem item : sorted) {
            Object key = item.section() == null ? item : item.section();
            byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
        }
        return byPlace.entrySet().stream()
                .map(e -> e.getKey() instanceof MenuSection s
                        ? new MenuEntry(s.labelKey(), null, null, List.copyOf(e.getValue()))
                        : new MenuEntry(
                                e.getValue().get(0).labelKey(),
                                e.getValue().get(0).path(),
                                e.getValue().get(0).count(),
                                List.of()))
                .toList();
    }
}
