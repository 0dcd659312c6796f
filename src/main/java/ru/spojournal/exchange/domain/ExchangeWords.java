package ru.spojournal.exchange.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.spojournal.platform.text.Vocabulary;

/** The words of the import and export files, read once from {@code vocabulary/exchange.properties}. */
final class ExchangeWords {

    static final Vocabulary WORDS = Vocabulary.load("exchange");

    private ExchangeWords() {}

    /**
     * What an import accepts for each value of {@code type}: the words under {@code <prefix>Read<VALUE>},
     * each naming one value only.
     */
    static <E extends Enum<E>> Map<String, E> read(String prefix, Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .flatMap(value ->
                        WORDS.words(prefix + "Read" + value.name()).stream().map(word -> Map.entry(word, value)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** What an export writes for each value of {@code type}: the word under {@code <prefix>Written<VALUE>}. */
    static <E extends Enum<E>> Map<E, String> written(String prefix, Class<E> type) {
        Map<E, String> words = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            words.put(value, WORDS.word(prefix + "Written" + value.name()));
        }
        return Collections.unmodifiableMap(words);
    }

    static List<String> words(String key) {
        return WORDS.words(key);
    }

    static String word(String key) {
        return WORDS.word(key);
    }
}
