package ru.spojournal.people.domain;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.spojournal.platform.security.CurrentUser;

/**
 * R14, R16: blocking an account or dismissing its member of staff takes effect at once. A signed-in
 * user whose account has been blocked, or who signed in as staff and has since been dismissed, is
 * signed out at their next request (one look-up by primary key per request), whichever node of a
 * cluster serves it; signing in again gives them only what is left ({@link Dismissal}).
 */
@Component
class BlockedAccountFilter extends OncePerRequestFilter {

    private final AccountStateRepository accounts;

    BlockedAccountFilter(AccountStateRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null
                && auth.getPrincipal() instanceof CurrentUser user
                && !isAsset(request.getRequestURI())
                && !accounts.active(user.accountId(), user.staffId()).orElse(false)) {
            signOut(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (request.getRequestURI().startsWith("/api/") || request.getHeader("HX-Request") != null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("HX-Refresh", "true");
        } else {
            response.sendRedirect(request.getContextPath() + "/login");
        }
    }

    private static boolean isAsset(String uri) {
        return uri.startsWith("/webjars/")
                || uri.startsWith("/css/")
                || uri.startsWith("/js/")
                || uri.startsWith("/img/");
    }
}

interface AccountStateRepository extends Repository<UserAccount, Long> {

    /** Enabled, and still on the staff if the session was opened as staff. */
    @Query("select case when a.enabled = true and (?2 is null or exists (select s.id from Staff s"
            + " where s.id = ?2 and s.archived = false)) then true else false end from UserAccount a where a.id = ?1")
    Optional<Boolean> active(Long accountId, Long staffId);
}
