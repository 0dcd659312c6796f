package ru.spojournal.platform.error;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An API address called with a method it does not take (GET on a cell, PATCH on a lesson) reaches
 * no controller, so {@link ApiErrorHandler} never sees it: this answers 405 as a problem detail
 * with the allowed methods, in Russian like every other refusal of the API. Pages keep the default
 * answer: the exception is passed on.
 */
@RestControllerAdvice
@Order(2)
class ApiMethodErrorHandler {

    private final MessageSource messages;

    ApiMethodErrorHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        if (!request.getRequestURI().startsWith("/api/")) {
            throw e;
        }
        String allowed = e.getSupportedHttpMethods() == null
                ? "—"
                : e.getSupportedHttpMethods().stream()
                        .map(HttpMethod::name)
                        .sorted()
                        .collect(Collectors.joining(", "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.METHOD_NOT_ALLOWED,
                messages.getMessage(
                        "error.method", new Object[] {e.getMethod(), allowed}, LocaleContextHolder.getLocale()));
        problem.setTitle(messages.getMessage("error.method.title", null, LocaleContextHolder.getLocale()));
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED);
        if (e.getSupportedHttpMethods() != null) {
            answer.allow(e.getSupportedHttpMethods().toArray(HttpMethod[]::new));
        }
        return answer.body(problem);
    }
}
