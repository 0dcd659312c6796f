package ru.spojournal.people.domain;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import ru.spojournal.platform.security.CurrentUser;

/**
 * Login with lockout: a locked or throttled attempt is refused before the password is checked;
 * wrong passwords are counted; every attempt on a real account goes into its login history.
 */
@Configuration
class LoginConfig {

    @Bean
    AuthenticationProvider loginProvider(
            AccountDetailsService details, PasswordEncoder encoder, LoginAttempts attempts) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(details);
        passwords.setPasswordEncoder(encoder);
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication auth) throws AuthenticationException {
                String address = auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
                if (attempts.blocked(auth.getName(), address)) {
                    throw new LockedException("locked");
                }
                return passwords.authenticate(auth);
            }

            @Override
            public boolean supports(Class<?> type) {
                return passwords.supports(type);
            }
        };
    }

    @Bean
    AuthenticationSuccessHandler onSuccess(LoginAttempts attempts) {
        SavedRequestAwareAuthenticationSuccessHandler home = new SavedRequestAwareAuthenticationSuccessHandler();
        home.setDefaultTargetUrl("/");
        return (request, response, auth) -> {
            CurrentUser user = (CurrentUser) auth.getPrincipal();
            attempts.succeeded(user.accountId(), request.getRemoteAddr(), request.getHeader("User-Agent"));
            home.onAuthenticationSuccess(request, response, auth);
        };
    }

    @Bean
    AuthenticationFailureHandler onFailure(LoginAttempts attempts) {
        return (request, response, e) -> {
            String login = request.getParameter("login");
            if (login == null || login.isBlank()) {
                redirect(request, response, "/login?empty");
                return;
            }
            if (login.length() > AccountAdminService.MAX_LOGIN) {
                redirect(request, response, "/login?tooLong");
                return;
            }
            if (!(e instanceof LockedException)) {
                attempts.failed(login, request.getRemoteAddr(), request.getHeader("User-Agent"));
            }
            boolean lockedNow = e instanceof LockedException || attempts.blocked(login, request.getRemoteAddr());
            redirect(request, response, lockedNow ? "/login?locked" : "/login?error");
        };
    }

    private static void redirect(
            HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, String path)
            throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }
}
