package ru.spojournal.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import ru.spojournal.platform.error.ProblemWriter;
import ru.spojournal.platform.error.RefusalLog;

/**
 * The rules that hold for every request: who must be signed in where, form login with the
 * lockout supplied by the people module, CSRF on forms and API calls, strict security headers.
 * Paths are closed by role here as a first fence; each module checks the data scope itself.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'; manifest-src 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain web(
            HttpSecurity http,
            AuthenticationProvider loginProvider,
            AuthenticationSuccessHandler onSuccess,
            AuthenticationFailureHandler onFailure,
            RefusalLog refusals,
            ProblemWriter problems)
            throws Exception {
        http.authenticationProvider(loginProvider)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/img/**",
                                "/favicon.ico",
                                "/manifest.webmanifest",
                                "/offline.html",
                                "/sw.js",
                                "/error",
                                "/actuator/health",
                                "/calendar/*.ics")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/teacher/**")
                        .hasRole(Role.TEACHER.name())
                        .requestMatchers("/curator/**")
                        .hasRole(Role.CURATOR.name())
                        .requestMatchers("/head/**")
                        .hasRole(Role.DEPARTMENT_HEAD.name())
                        .requestMatchers("/deputy/**")
                        .hasAnyRole(Role.DEPUTY.name(), Role.DIRECTOR.name())
                        .requestMatchers("/student/**")
                        .hasRole(Role.STUDENT.name())
                        .requestMatchers("/parent/**")
                        .hasRole(Role.PARENT.name())
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("login")
                        .passwordParameter("password")
                        .successHandler(onSuccess)
                        .failureHandler(onFailure)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID"))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint(problems))
                        .accessDeniedHandler(accessDenied(refusals, problems)))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .xssProtection(x -> x.headerValue(XXssProtectionHeaderWriter.HeaderValue.DISABLED))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")))
                .addFilterAfter(new PasswordChangeFilter(problems), BasicAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Pages go to the login form; the API and htmx requests get a bare 401, so that a login page is
     * never swapped into a journal cell.
     */
    private static AuthenticationEntryPoint entryPoint(ProblemWriter problems) {
        LoginUrlAuthenticationEntryPoint toLogin = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, e) -> {
            if (request.getRequestURI().startsWith("/api/")) {
                problems.write(
                        request, response, HttpStatus.UNAUTHORIZED, "error.unauthorized.title", "error.unauthorized");
            } else if (request.getHeader("HX-Request") != null) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setHeader("HX-Refresh", "true");
            } else {
                toLogin.commence(request, response, e);
            }
        };
    }

    /**
     * A request the firewall refuses for its address (a «;» or an encoded control character in the
     * path): the API answers a problem detail, as for every other refusal; pages keep the bare 400.
     */
    @Bean
    RequestRejectedHandler requestRejected(ProblemWriter problems) {
        RequestRejectedHandler pages = new HttpStatusRequestRejectedHandler();
        return (request, response, e) -> {
            if (!request.getRequestURI().startsWith("/api/")) {
                pages.handle(request, response, e);
                return;
            }
            problems.write(request, response, HttpStatus.BAD_REQUEST, "error.badRequest.title", "error.path");
        };
    }

    private static AccessDeniedHandler accessDenied(RefusalLog refusals, ProblemWriter problems) {
        return (request, response, e) -> {
            refusals.refused(request.getMethod(), request.getRequestURI(), e.getMessage());
            if (request.getRequestURI().startsWith("/api/")) {
                problems.write(request, response, HttpStatus.FORBIDDEN, "error.forbidden.title", "error.forbidden");
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        };
    }
}
