package ru.spojournal.platform.error;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns exceptions of the JSON API into RFC 7807 problem details with Russian messages. A field
 * error names its field; a conflict carries the current value, so the client can show it.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(1)
class ApiErrorHandler {

    private final MessageSource messages;
    private final RefusalLog refusals;

    ApiErrorHandler(MessageSource messages, RefusalLog refusals) {
        this.messages = messages;
        this.refusals = refusals;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError fe : e.getBindingResult().getFieldErrors()) {
            errors.add(Map.of(
                    "field", fe.getField(), "message", messages.getMessage(fe, LocaleContextHolder.getLocale())));
        }
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(ge -> errors.add(Map.of(
                        "field",
                        ge.getObjectName(),
                        "message",
                        messages.getMessage(ge, LocaleContextHolder.getLocale()))));
        return badRequest(errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults()
                .forEach(r -> r.getResolvableErrors()
                        .forEach(err -> errors.add(Map.of(
                                "field",
                                r.getMethodParameter().getParameterName() == null
                                        ? ""
                                        : r.getMethodParameter().getParameterName(),
                                "message",
                                messages.getMessage(err, LocaleContextHolder.getLocale())))));
        return badRequest(errors);
    }

    @ExceptionHandler(FieldRejectedException.class)
    ProblemDetail rejected(FieldRejectedException e) {
        String text = messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale());
        return badRequest(List.of(Map.of("field", e.field(), "message", text)));
    }

    /**
     * A body that is no JSON says so; a value of the wrong type or format (a text for a number, a
     * date that does not exist, an unknown kind) names its field and what it takes.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return JsonFieldError.of(e)
                .map(f -> badRequest(List.of(Map.of(
                        "field",
                        f.path(),
                        "message",
                        text("error.field.format", label(f.name()), expected(f.type()))))))
                .orElseGet(() -> problem(HttpStatus.BAD_REQUEST, "error.unreadable", "error.badRequest.title"));
    }

    /** A path segment or query parameter that does not read as its type (an id «abc», a kind «FOO»). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return badRequest(List.of(Map.of(
                "field",
                e.getName(),
                "message",
                text("error.parameter.format", label(e.getName()), expected(e.getRequiredType())))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return badRequest(List.of(Map.of(
                "field",
                e.getParameterName(),
                "message",
                text("error.parameter.missing", label(e.getParameterName())))));
    }

    /** A body sent as anything but JSON: 415, saying what the API reads. */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.mediaType", "error.mediaType.title");
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "error.notFound", "error.notFound.title");
    }

    @ExceptionHandler({AccessRefusedException.class, AccessDeniedException.class})
    ProblemDetail refused(RuntimeException e, HttpServletRequest request) {
        refusals.refused(request.getMethod(), request.getRequestURI(), e.getMessage());
        return problem(HttpStatus.FORBIDDEN, "error.forbidden", "error.forbidden.title");
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "error.conflict", "error.conflict.title");
        problem.setProperty("current", e.current());
        return problem;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail staleVersion(ObjectOptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "error.conflict", "error.conflict.title");
    }

    @ExceptionHandler(RetryLaterException.class)
    org.springframework.http.ResponseEntity<ProblemDetail> retryLater(RetryLaterException e) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "error.retryLater", "error.retryLater.title");
        return org.springframework.http.ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(org.springframework.http.HttpHeaders.RETRY_AFTER, "1")
                .body(problem);
    }

    private ProblemDetail badRequest(List<Map<String, String>> errors) {
        String detail =
                errors.isEmpty() ? text("error.unreadable") : errors.get(0).get("message");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(text("error.badRequest.title"));
        problem.setType(URI.create("about:blank"));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("errors", errors);
        problem.setProperties(props);
        return problem;
    }

    /** A problem of the given status with its detail and title from the bundles. */
    private ProblemDetail problem(HttpStatus status, String detailKey, String titleKey) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(detailKey));
        problem.setTitle(text(titleKey));
        return problem;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /** The name a user knows a field or parameter by («Дата»), or else its name in the API. */
    private String label(String name) {
        return messages.getMessage("api.field." + name, null, name, LocaleContextHolder.getLocale());
    }

    private String expected(Class<?> type) {
        return messages.getMessage(JsonFieldError.expected(type), LocaleContextHolder.getLocale());
    }
}
