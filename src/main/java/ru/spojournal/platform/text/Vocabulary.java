package ru.spojournal.platform.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The words a module's data is made of (mark symbols, column headings, default catalogues), read
 * once from {@code vocabulary/<module>.properties} in UTF-8. They are data, not display text: a
 * mark «н» stays «н» whatever language the page is shown in. A missing word fails at start-up,
 * never in the middle of an import.
 */
public final class Vocabulary {

    private final String name;
    private final Map<String, String> words;

    private Vocabulary(String name, Map<String, String> words) {
        this.name = name;
        this.words = Map.copyOf(words);
    }

    /** Reads {@code vocabulary/<name>.properties} from the classpath. */
    public static Vocabulary load(String name) {
        String path = "vocabulary/" + name + ".properties";
        try (InputStream stream = Vocabulary.class.getClassLoader().getResourceAsStream(path)) {
            if (stream == null) {
                throw new IllegalStateException("No vocabulary file " + path);
            }
            Properties properties = new Properties();
            try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            return new Vocabulary(
                    name,
                    properties.stringPropertyNames().stream()
                            .collect(Collectors.toMap(Function.identity(), properties::getProperty)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String word(String key) {
        String word = words.get(key);
        if (word == null) {
            throw new IllegalStateException("No word " + key + " in vocabulary " + name);
        }
        return word;
    }

    /** A word that may be absent (an empty value counts as absent). */
    public String wordOrNull(String key) {
        String word = words.get(key);
        return word == null || word.isEmpty() ? null : word;
    }

    /**
     * A word with its {@code {0}}, {@code {1}}, ... replaced by the arguments as {@link
     * String#valueOf} writes them (no number or date formatting, unlike {@code MessageFormat}).
     */
    public String format(String key, Object... arguments) {
        String text = word(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** A list of words kept under one key, separated by «|» (the separator no word contains). */
    public List<String> words(String key) {
        return List.of(word(key).split("\\|", -1));
    }
}
