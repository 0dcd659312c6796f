package ru.spojournal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.annotation.AliasFor;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A web slice: the named controllers with the real security rules, locale, message bundles, error
 * handlers and layout, rendered by the real templates, without a database. The login machinery of
 * the people module is mocked (the slice signs users in with {@link SliceUsers}); the filter that
 * signs out blocked accounts is left out, because it asks the database on every request.
 * Each test mocks the services of its controllers with {@link MockitoBean}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(
        // The people module signs users in; without it Boot would make up an in-memory user.
        excludeAutoConfiguration = UserDetailsServiceAutoConfiguration.class,
        excludeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = "ru\\.spojournal\\.people\\.domain\\.BlockedAccountFilter"))
@Import(WebSliceTest.PlatformWeb.class)
@MockitoBean(
        types = {AuthenticationProvider.class, AuthenticationSuccessHandler.class, AuthenticationFailureHandler.class})
public @interface WebSliceTest {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};

    /**
     * The platform's web configuration, named because its classes are package-private: the rules
     * of every request, the bundles the Russian messages come from, the log of refusals, the writer of refusal bodies and the links of the pager.
     */
    class PlatformWeb implements ImportSelector {

        @Override
        public String[] selectImports(AnnotationMetadata metadata) {
            return new String[] {
                "ru.spojournal.platform.security.SecurityConfig",
                "ru.spojournal.platform.web.MessageBundles",
                "ru.spojournal.platform.error.RefusalLog",
                "ru.spojournal.platform.error.ProblemWriter",
                "ru.spojournal.platform.web.PageLinks"
            };
        }
    }
}
