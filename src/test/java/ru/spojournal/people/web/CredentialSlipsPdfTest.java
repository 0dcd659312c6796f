package ru.spojournal.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import ru.spojournal.people.domain.CredentialSlip;
import ru.spojournal.people.domain.SlipRole;

/** R15: printed slips carry the Russian text in an embedded font, eight to an A4 page. */
class CredentialSlipsPdfTest {

    private final CredentialSlipsPdf pdf = new CredentialSlipsPdf(messages());

    @Test
    void the_slip_reads_back_with_the_cyrillic_name_the_login_and_the_password() throws Exception {
        byte[] file = pdf.print(
                List.of(new CredentialSlip(
                        "Кузнецкий металлургический техникум",
                        "Щербакова Юлия Андреевна",
                        SlipRole.STUDENT,
                        "ОМД-26-1",
                        null,
                        "shcherbakova.ia",
                        "Ab3dEf7gHk")),
                "https://journal.example.ru",
                Locale.forLanguageTag("ru"));

        String text = PdfReaders.text(file);

        assertThat(text)
                .contains(
                        "Щербакова Юлия Андреевна",
                        "shcherbakova.ia",
                        "Ab3dEf7gHk",
                        "ОМД-26-1",
                        "Кузнецкий металлургический техникум",
                        "https://journal.example.ru",
                        "При первом входе");
    }

    @Test
    void the_font_is_embedded_so_the_slips_print_alike_everywhere() throws Exception {
        byte[] file = pdf.print(List.of(slip(1)), "http://localhost", Locale.forLanguageTag("ru"));
        PdfReader reader = new PdfReader(file);
        boolean embedded = false;
        for (int i = 1; i < reader.getXrefSize(); i++) {
            if (reader.getPdfObject(i) instanceof PdfDictionary d && d.contains(PdfName.FONTFILE2)) {
                embedded = true;
            }
        }
        assertThat(embedded).isTrue();
    }

    @Test
    void eight_slips_fit_on_a_page_and_the_ninth_starts_the_next() throws Exception {
        List<CredentialSlip> slips = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            slips.add(slip(i));
        }
        PdfReader reader = new PdfReader(pdf.print(slips, "http://localhost", Locale.forLanguageTag("ru")));
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(2))
                .contains("login9")
                .doesNotContain("login8");
    }

    @Test
    void a_parents_slip_names_the_child_and_the_group() throws Exception {
        byte[] file = pdf.print(
                List.of(new CredentialSlip(
                        "Техникум",
                        "Иванова Анна Петровна",
                        SlipRole.PARENT,
                        "ОМД-26-1",
                        "Иванов Пётр Сергеевич",
                        "ivanova.ap",
                        "Zx9Yw8Vu7T")),
                "http://localhost",
                Locale.forLanguageTag("ru"));
        assertThat(PdfReaders.text(file).replaceAll("\\s+", " "))
                .contains(
                        "Родитель (законный представитель): Иванов Пётр Сергеевич, группа ОМД-26-1",
                        "после его смены листок уничтожьте.");
        java.nio.file.Files.write(java.nio.file.Path.of("target", "slip-sample.pdf"), file);
    }

    private static CredentialSlip slip(int n) {
        return new CredentialSlip(
                "Техникум",
                "Студентов Номер " + n,
                SlipRole.STUDENT,
                "ОМД-26-1",
                null,
                "login" + n,
                "Pass" + n + "word7");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/accounts");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
