package ru.spojournal.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.spojournal.platform.error.ProblemWriter;

/**
 * R16: an account issued with a one-time password works for nothing but choosing its own password.
 */
class PasswordChangeFilter extends OncePerRequestFilter {

    static final String CHANGE_PATH = "/account/password";

    private final ProblemWriter problems;

    PasswordChangeFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null
                && auth.getPrincipal() instanceof CurrentUser user
                && user.mustChangePassword()
                && !allowed(request.getRequestURI())) {
            if (request.getRequestURI().startsWith("/api/")) {
                problems.write(
                        request, response, HttpStatus.FORBIDDEN, "error.passwordChange.title", "error.passwordChange");
            } else {
                response.sendRedirect(request.getContextPath() + CHANGE_PATH);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(String uri) {
        return uri.equals(CHANGE_PATH)
                || uri.equals("/logout")
                || uri.startsWith("/webjars/")
                || uri.startsWith("/css/")
                || uri.startsWith("/js/")
                || uri.startsWith("/img/")
                || uri.startsWith("/error");
    }
}
