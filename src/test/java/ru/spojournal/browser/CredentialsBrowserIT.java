package ru.spojournal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.spojournal.people.AccountAdmin;
import ru.spojournal.people.PeopleAdmin;
import ru.spojournal.people.PeopleFixtures;
import ru.spojournal.people.web.PdfReaders;
import ru.spojournal.structure.CollegeStructure;
import ru.spojournal.structure.StructureAdmin;
import ru.spojournal.support.BrowserTest;
import ru.spojournal.support.Colleges;

/** R15 in a browser: the curator ticks the group's people, downloads the slips, and a student signs in with one. */
class CredentialsBrowserIT extends BrowserTest {

    @Autowired
    Colleges colleges;

    @Autowired
    PeopleFixtures households;

    @Autowired
    StructureAdmin structureAdmin;

    @Autowired
    CollegeStructure structure;

    @Autowired
    PeopleAdmin people;

    @Autowired
    AccountAdmin accounts;

    @Test
    void the_curator_downloads_the_slips_and_a_student_signs_in_with_one() throws Exception {
        PeopleFixtures.Household group = households.household(colleges.create(1), 2);
        signIn(group.curator());
        page.navigate(url("/curator"));
        page.locator("#credentials-link").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(group.name())))
                .isVisible();
        assertThat(page.locator("input[name=personId]:checked")).hasCount(4);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "credentials-page.png"))
                .setFullPage(true));

        Download download = page.waitForDownload(() -> page.getByRole(
                        AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Выдать и скачать бланки (PDF)"))
                .click());
        byte[] pdf = Files.readAllBytes(download.path());
        String studentLogin =
                accounts.loginOfPerson(group.students().get(0).personId()).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(PdfReaders.text(pdf))
                .contains(group.students().get(0).name(), studentLogin);

        page.reload();
        assertThat(page.locator("input[name=personId]:checked")).hasCount(0);
        assertThat(page.getByText("временный пароль не сменён").first()).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Выйти"))
                .click();
        signIn(studentLogin, PdfReaders.passwordOf(pdf, studentLogin));
        assertThat(page.locator("#password-forced")).isVisible();
    }
}
