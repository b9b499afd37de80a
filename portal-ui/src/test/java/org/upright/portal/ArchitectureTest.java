package org.upright.portal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** Module boundaries: portal-ui -> tracker -> content-core, and only portal-ui knows Vaadin or HTTP. */
class ArchitectureTest {

    private static final JavaClasses UPRIGHT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.upright");

    private static final String[] UI_AND_WEB = {
            "com.vaadin..", "jakarta.servlet..", "org.springframework.web..", "org.springframework.security.web..",
            "org.springframework.http.."};

    @Test
    void allModulesAreImported() {
        assertThat(UPRIGHT.containPackage("org.upright.content.shared")).isTrue();
        assertThat(UPRIGHT.containPackage("org.upright.tracker.progress")).isTrue();
        assertThat(UPRIGHT.containPackage("org.upright.portal")).isTrue();
    }

    @Test
    void contentCoreDependsOnNeitherTrackerNorPortalNorWeb() {
        ArchRule rule = noClasses().that().resideInAPackage("org.upright.content..")
                .should().dependOnClassesThat().resideInAnyPackage("org.upright.tracker..", "org.upright.portal..")
                .orShould().dependOnClassesThat().resideInAnyPackage(UI_AND_WEB);
        rule.check(UPRIGHT);
    }

    @Test
    void trackerDependsOnNeitherPortalNorWeb() {
        ArchRule rule = noClasses().that().resideInAPackage("org.upright.tracker..")
                .should().dependOnClassesThat().resideInAnyPackage("org.upright.portal..")
                .orShould().dependOnClassesThat().resideInAnyPackage(UI_AND_WEB);
        rule.check(UPRIGHT);
    }

    @Test
    void featurePackagesFormNoCycles() {
        slices().matching("org.upright.(*).(*)..").should().beFreeOfCycles().check(UPRIGHT);
    }

    @Test
    void vaadinStaysInUiPackagesOfThePortal() {
        noClasses().that().resideInAPackage("org.upright.portal..")
                .and().resideOutsideOfPackages("org.upright.portal..ui..", "org.upright.portal.layout..",
                        "org.upright.portal.security..", "org.upright.portal")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .check(UPRIGHT);
    }
}
