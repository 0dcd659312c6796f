package ru.spojournal.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.HttpSession;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signs in through the real login form, so that tests pass the same checks users do. */
public final class Logins {

    public static final String DEMO_PASSWORD = "demo";

    private Logins() {}

    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES =
            new java.util.concurrent.atomic.AtomicInteger();

    /**
     * One login attempt. Each comes from its own network address, so that the per-address
     * throttle is exercised only by the test written for it.
     */
    public static MvcResult attempt(MockMvc mvc, String login, String password) throws Exception {
        int n = ADDRESSES.incrementAndGet();
        return attempt(mvc, login, password, "10.1." + (n / 250) % 250 + "." + (n % 250 + 1));
    }

    public static MvcResult attempt(MockMvc mvc, String login, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                        .param("login", login)
                        .param("password", password)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn();
    }

    /** The session of a signed-in demo user. */
    public static MockHttpSession session(MockMvc mvc, String login) throws Exception {
        return session(mvc, login, DEMO_PASSWORD);
    }

    /** The session of a member of a college of a test's own ({@link Colleges}). */
    public static MockHttpSession session(MockMvc mvc, Colleges.Member member) throws Exception {
        return session(mvc, member.login(), Colleges.PASSWORD);
    }

    /** The signed-in user behind a session. */
    public static ru.spojournal.platform.security.CurrentUser user(MockMvc mvc, MockHttpSession session) {
        var context = (org.springframework.security.core.context.SecurityContext)
                session.getAttribute("SPRING_SECURITY_CONTEXT");
        return (ru.spojournal.platform.security.CurrentUser)
                context.getAuthentication().getPrincipal();
    }

    public static MockHttpSession session(MockMvc mvc, String login, String password) throws Exception {
        MvcResult result = attempt(mvc, login, password);
        HttpSession session = result.getRequest().getSession(false);
        if (session == null || !"/".equals(result.getResponse().getRedirectedUrl())) {
            throw new AssertionError(
                    "login of " + login + " failed: " + result.getResponse().getRedirectedUrl());
        }
        return (MockHttpSession) session;
    }
}
