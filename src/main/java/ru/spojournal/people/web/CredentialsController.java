package ru.spojournal.people.web;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.spojournal.people.PeopleDirectory;
import ru.spojournal.people.domain.Credentials;
import ru.spojournal.people.domain.Credentials.Issuer;
import ru.spojournal.people.domain.GroupCredentials;
import ru.spojournal.platform.error.FieldRejectedException;
import ru.spojournal.platform.security.CurrentUser;
import ru.spojournal.structure.GroupView;

/**
 * R15: the curator issues logins and one-time passwords to the students and parents of the groups
 * they curate, as a PDF of slips streamed once; R14: the administrator may do so for any group.
 * The scope is checked by {@link Credentials} for every id that comes with a request.
 */
@Controller
class CredentialsController {

    static final String CURATOR = "/curator/credentials";
    static final String ADMIN = "/admin/credentials";

    private final Credentials credentials;
    private final PeopleDirectory people;
    private final CredentialSlipsPdf pdf;
    private final SiteAddress site;
    private final MessageSource messages;

    CredentialsController(
            Credentials credentials,
            PeopleDirectory people,
            CredentialSlipsPdf pdf,
            SiteAddress site,
            MessageSource messages) {
        this.credentials = credentials;
        this.messages = messages;
        this.people = people;
        this.pdf = pdf;
        this.site = site;
    }

    @GetMapping(CURATOR)
    String curator(
            @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String select, Model model) {
        List<GroupCredentials> rosters = credentials.groups(user, Issuer.CURATOR).stream()
                .map(g -> credentials.roster(user, Issuer.CURATOR, g.id()))
                .toList();
        return page(model, rosters, CURATOR, select);
    }

    @PostMapping(CURATOR + "/{groupId}/slips")
    Object curatorSlips(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long groupId,
            @RequestParam(name = "personId", required = false) List<Long> personIds,
            Model model) {
        return slips(user, Issuer.CURATOR, groupId, personIds, model);
    }

    @GetMapping(ADMIN)
    String groups(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<GroupView> groups = credentials.groups(user, Issuer.ADMINISTRATOR);
        model.addAttribute("groups", groups);
        model.addAttribute(
                "counts",
                people.studentCounts(groups.stream().map(GroupView::id).toList()));
        return "accounts/credential-groups";
    }

    @GetMapping(ADMIN + "/{groupId}")
    String adminGroup(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long groupId,
            @RequestParam(required = false) String select,
            Model model) {
        return page(model, List.of(credentials.roster(user, Issuer.ADMINISTRATOR, groupId)), ADMIN, select);
    }

    @PostMapping(ADMIN + "/{groupId}/slips")
    Object adminSlips(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long groupId,
            @RequestParam(name = "personId", required = false) List<Long> personIds,
            Model model) {
        return slips(user, Issuer.ADMINISTRATOR, groupId, personIds, model);
    }

    private Object slips(CurrentUser user, Issuer issuer, long groupId, List<Long> personIds, Model model) {
        try {
            String address = site.current();
            byte[] file = credentials.issue(
                    user,
                    issuer,
                    groupId,
                    personIds,
                    slips -> pdf.print(slips, address, LocaleContextHolder.getLocale()));
            return PdfResponses.attachment(file, "credentials-" + groupId + ".pdf");
        } catch (FieldRejectedException e) {
            model.addAttribute(
                    "error", messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
            GroupCredentials roster = credentials.roster(user, issuer, groupId);
            List<GroupCredentials> rosters = issuer == Issuer.ADMINISTRATOR
                    ? List.of(roster)
                    : credentials.groups(user, issuer).stream()
                            .map(g -> g.id() == groupId ? roster : credentials.roster(user, issuer, g.id()))
                            .toList();
            return page(model, rosters, issuer == Issuer.ADMINISTRATOR ? ADMIN : CURATOR, null);
        }
    }

    private static String page(Model model, List<GroupCredentials> rosters, String base, String select) {
        model.addAttribute("rosters", rosters);
        model.addAttribute("base", base);
        model.addAttribute("selectAll", "all".equals(select));
        return "accounts/credentials";
    }
}
