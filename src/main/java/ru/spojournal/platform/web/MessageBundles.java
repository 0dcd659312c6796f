package ru.spojournal.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The message bundles: {@code messages} plus every {@code i18n/<area>.properties}, found on the
 * classpath, so that a module adds its texts with a file of its own and no shared list to edit.
 */
@Configuration(proxyBeanMethods = false)
public class MessageBundles {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(names().toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** The base names of all bundles, Russian (no locale suffix) files only. */
    public static List<String> names() {
        try {
            Resource[] areas = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            return Stream.concat(
                            Stream.of("messages"),
                            Stream.of(areas)
                                    .map(Resource::getFilename)
                                    .filter(name -> name != null && !name.contains("_"))
                                    .map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
                                    .sorted())
                    .distinct()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
