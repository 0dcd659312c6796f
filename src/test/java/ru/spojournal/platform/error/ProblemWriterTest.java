package ru.spojournal.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemWriterTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private ProblemWriter writer() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        CookieLocaleResolver locales = new CookieLocaleResolver("lang");
        locales.setDefaultLocale(Locale.forLanguageTag("ru"));
        return new ProblemWriter(json, messages, locales);
    }

    @Test
    void writes_a_russian_problem_detail_with_texts_from_the_bundle() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/journals/7");
        MockHttpServletResponse response = new MockHttpServletResponse();

        writer().write(request, response, HttpStatus.UNAUTHORIZED, "error.unauthorized.title", "error.unauthorized");

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getCharacterEncoding()).isEqualToIgnoringCase("UTF-8");
        JsonNode body = json.readTree(response.getContentAsString());
        assertThat(body.get("status").asInt()).isEqualTo(401);
        assertThat(body.get("title").asString()).isEqualTo("Требуется вход");
        assertThat(body.get("detail").asString()).isEqualTo("Войдите в систему, чтобы продолжить.");
        assertThat(body.get("instance").asString()).isEqualTo("/api/v1/journals/7");
    }

    @Test
    void speaks_english_when_the_user_chose_it() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/journals/7");
        request.setCookies(new jakarta.servlet.http.Cookie("lang", "en"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        writer().write(request, response, HttpStatus.FORBIDDEN, "error.forbidden.title", "error.forbidden");

        assertThat(response.getStatus()).isEqualTo(403);
        JsonNode body = json.readTree(response.getContentAsString());
        assertThat(body.get("title").asString()).isEqualTo("Access denied");
        assertThat(body.get("detail").asString()).isEqualTo("You have no rights to do this.");
    }
}
