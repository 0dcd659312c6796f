package ru.spojournal.platform.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Errors of server-rendered pages: a Russian error page with the right status, and a log entry for
 * every refusal. Stack traces and exception texts never reach the user.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(10)
class PageErrorHandler {

    private final RefusalLog refusals;

    PageErrorHandler(RefusalLog refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(404);
        return "error/404";
    }

    @ExceptionHandler({AccessRefusedException.class, AccessDeniedException.class})
    String refused(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        refusals.refused(request.getMethod(), request.getRequestURI(), e.getMessage());
        response.setStatus(403);
        return "error/403";
    }
}
