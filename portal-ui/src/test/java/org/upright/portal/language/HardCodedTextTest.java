package org.upright.portal.language;

import org.junit.jupiter.api.Test;
import org.upright.kernel.i18n.Wording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No sentence is written into the code: every text a person reads goes through a bundle key
 * ({@code getTranslation("…")} in views, {@code Wording.text("…")} in the domain), and every key
 * the code names exists. Reads the sources of all modules, so it runs where the portal's tests run.
 */
class HardCodedTextTest {

    private static final List<Path> SOURCES = Stream.of("../kernel", "../accounts", "../tracker", "../content-core", ".")
            .map(m -> Path.of(m, "src/main/java")).toList();

    /** A string literal that is a sentence or a label rather than a key, an id or code: starts with a capital and a small letter, or holds two words. */
    private static final String PROSE = "\"(?:[A-Z][a-z][^\"]*|[^\"]*[A-Za-z]{2,} [A-Za-z]{2,}[^\"]*)\"";

    /** Where a literal becomes text on screen, in a mail or in a validation message. */
    private static final List<Pattern> TEXT_SINKS = List.of(
            Pattern.compile("new (Span|Button|H[1-6]|Paragraph|Anchor|NativeLabel|Details|Tab|Checkbox|RouterLink|SideNavItem|"
                    + "Text|TextField|TextArea|IntegerField|NumberField|BigDecimalField|DatePicker|TimePicker|DateTimePicker|"
                    + "EmailField|PasswordField|Select|ComboBox|MultiSelectComboBox|RadioButtonGroup|CheckboxGroup|"
                    + "ConfirmDialog|Dialog|ListItem|Emphasis|Strong|Pre|Label|Avatar|MenuItem|Notification)(<[^>]*>)?\\(\\s*" + PROSE),
            Pattern.compile("\\.(setText|setLabel|setHeaderText|setHelperText|setPlaceholder|setTitle|setErrorMessage|setTooltipText|"
                    + "setHeaderTitle|setHeader|setConfirmText|setCancelText|setRejectText|setAriaLabel|setSummaryText|"
                    + "setTitle|setPageTitle|setFooter|add|addItem|setItemLabelGenerator|setEmptyStateText|setI18n|"
                    + "setPrefixComponent|setSuffixComponent|setContent|setSubject|show)\\(\\s*" + PROSE),
            Pattern.compile("Notification\\.show\\(\\s*" + PROSE),
            Pattern.compile("setAttribute\\(\\s*\"(aria-label|title|placeholder|alt|aria-description)\",\\s*" + PROSE),
            Pattern.compile("@(PageTitle|Menu)\\([^)]*" + PROSE),
            Pattern.compile("message\\s*=\\s*\"[A-Z][a-z]"),
            Pattern.compile("\\.require\\([^;]*,\\s*" + PROSE),
            Pattern.compile("new FieldProblem\\([^;]*,\\s*" + PROSE));

    /** A key named in the code as a literal: getTranslation("x.y"), Wording.text("x.y"), "{x.y}" in an annotation. */
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:getTranslation|Wording\\.text|\\btext)\\(\\s*(?:[A-Za-z_.()]+,\\s*)?\"([a-z0-9-]+(?:\\.[A-Za-z0-9_-]+)+)\"|\"\\{([a-z0-9-]+(?:\\.[A-Za-z0-9_-]+)+)}\"");

    @Test
    void noTextIsWrittenIntoTheCode() {
        List<String> found = new ArrayList<>();
        forEachLine((where, line) -> {
            String code = withoutComment(line);
            for (Pattern sink : TEXT_SINKS) {
                if (sink.matcher(code).find()) {
                    found.add(where + ": " + code.strip());
                    return;
                }
            }
        });
        assertThat(found).as("texts written into the code instead of a bundle").isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() {
        List<String> missing = new ArrayList<>();
        forEachLine((where, line) -> {
            Matcher m = KEY_USE.matcher(withoutComment(line));
            while (m.find()) {
                String key = m.group(1) != null ? m.group(1) : m.group(2);
                if (!Wording.has(key)) {
                    missing.add(where + ": " + key);
                }
            }
        });
        assertThat(missing).as("keys without English text").isEmpty();
    }

    private static String withoutComment(String line) {
        String stripped = line.strip();
        return stripped.startsWith("//") || stripped.startsWith("*") || stripped.startsWith("/*") ? "" : line;
    }

    private interface LineVisitor {
        void visit(String where, String line);
    }

    private static void forEachLine(LineVisitor visitor) {
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        visitor.visit(root.relativize(file) + ":" + (i + 1), lines.get(i));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
