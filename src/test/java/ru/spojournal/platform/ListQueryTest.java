package ru.spojournal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a user types is searched for literally, and a list sorts only by its own keys. */
class ListQueryTest {

    private static final List<String> SORTS = List.of("name", "position");

    @Test
    void wildcards_and_the_escape_character_are_escaped() {
        assertThat(Like.containing("50%")).isEqualTo("%50!%%");
        assertThat(Like.containing("a_b")).isEqualTo("%a!_b%");
        assertThat(Like.containing("Wow!")).isEqualTo("%wow!!%");
        assertThat(Like.containing("!%_")).isEqualTo("%!!!%!_%");
        assertThat(Like.startingWith("ivanov_")).isEqualTo("ivanov!_%");
    }

    @Test
    void words_are_lower_cased_and_nothing_else_changes() {
        assertThat(Like.containing("Иванов Пётр")).isEqualTo("%иванов пётр%");
        assertThat(Like.containing("")).isEqualTo("%%");
    }

    @Test
    void the_query_reads_its_words_stripped_and_escaped() {
        ListQuery q = ListQuery.of("  100%  ", null, null, 0, SORTS);
        assertThat(q.text()).isEqualTo("100%");
        assertThat(q.hasText()).isTrue();
        assertThat(q.like()).isEqualTo("%100!%%");
        assertThat(ListQuery.of(null, null, null, 0, SORTS).hasText()).isFalse();
    }

    @Test
    void an_unknown_sort_falls_back_to_the_first_key_and_keeps_its_direction() {
        ListQuery q = ListQuery.of("", "p.id; drop table", "desc", 2, SORTS);
        assertThat(q.sort()).isEqualTo("name");
        assertThat(q.descending()).isTrue();
        assertThat(q.direction()).isEqualTo("desc");
        assertThat(q.page()).isEqualTo(2);
        assertThat(q.pageable().getOffset()).isEqualTo(2L * ListQuery.PAGE_SIZE);
    }

    @Test
    void a_known_sort_is_kept_and_a_negative_page_is_the_first() {
        ListQuery q = ListQuery.of("", "position", "asc", -3, SORTS);
        assertThat(q.sort()).isEqualTo("position");
        assertThat(q.descending()).isFalse();
        assertThat(q.page()).isZero();
        assertThat(q.thenBy("id").getSort().toList())
                .extracting(o -> o.getProperty())
                .containsExactly("position", "id");
    }
}
