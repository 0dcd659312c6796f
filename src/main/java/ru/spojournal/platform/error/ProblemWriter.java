package ru.spojournal.platform.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem detail straight to the response, for refusals made before any controller is
 * reached (the security filters): the body looks exactly like the ones {@link ApiErrorHandler}
 * returns, serialized by the application's own JSON mapper, with texts from the bundles in the
 * user's language.
 */
@Component
public class ProblemWriter {

    private final JsonMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;

    public ProblemWriter(JsonMapper json, MessageSource messages, LocaleResolver locales) {
        // The MVC converter adds the same mix-in, so custom properties sit at the top level.
        this.json = json.rebuild()
                .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
                .build();
        this.messages = messages;
        this.locales = locales;
    }

    /** A problem of the given status with its title and detail from the bundles. */
    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String titleKey,
            String detailKey)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(detailKey, null, locale));
        problem.setTitle(messages.getMessage(titleKey, null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        write(response, problem);
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
