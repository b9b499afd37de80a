package org.upright.portal;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries. Dependencies point one way, toward the kernel:
 * portal-ui → tracker → content-core → kernel and portal-ui → accounts → kernel; only portal-ui knows Vaadin or HTTP;
 * feature packages form no cycles and no feature imports another feature's ui package
 * (shared view parts live in portal's base.ui). Table ownership is checked by {@link TableOwnershipTest}.
 */
class ArchitectureTest {

    private static final JavaClasses UPRIGHT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.upright");

    private static final String[] UI_AND_WEB = {
            "com.vaadin..", "jakarta.servlet..", "org.springframework.web..", "org.springframework.security.web..",
            "org.springframework.http.."};

    @Test
    void allModulesAreImported() {
        for (String module : new String[]{"org.upright.kernel", "org.upright.accounts", "org.upright.content",
                "org.upright.tracker", "org.upright.portal"}) {
            assertThat(UPRIGHT.containPackage(module)).as(module).isTrue();
        }
    }

    @Test
    void dependenciesPointTowardTheKernel() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("kernel").definedBy("org.upright.kernel..")
                .layer("accounts").definedBy("org.upright.accounts..")
                .layer("content").definedBy("org.upright.content..")
                .layer("tracker").definedBy("org.upright.tracker..")
                .layer("portal").definedBy("org.upright.portal..")
                .whereLayer("portal").mayNotBeAccessedByAnyLayer()
                .whereLayer("accounts").mayOnlyBeAccessedByLayers("portal")
                .whereLayer("content").mayOnlyBeAccessedByLayers("tracker", "portal")
                .whereLayer("tracker").mayOnlyBeAccessedByLayers("portal")
                .whereLayer("kernel").mayOnlyBeAccessedByLayers("accounts", "content", "tracker", "portal")
                .check(UPRIGHT);
    }

    @Test
    void onlyThePortalKnowsVaadinOrHttp() {
        noClasses().that().resideInAnyPackage("org.upright.kernel..", "org.upright.accounts..",
                        "org.upright.content..", "org.upright.tracker..")
                .should().dependOnClassesThat().resideInAnyPackage(UI_AND_WEB)
                .check(UPRIGHT);
    }

    @Test
    void featurePackagesFormNoCycles() {
        slices().matching("org.upright.(*).(*)..").should().beFreeOfCycles().check(UPRIGHT);
    }

    @Test
    void noFeatureImportsAnotherFeaturesUiPackage() {
        Set<String> features = new TreeSet<>();
        for (JavaClass c : UPRIGHT) {
            String pkg = c.getPackageName();
            if (pkg.startsWith("org.upright.portal.") && pkg.contains(".ui")) {
                features.add(pkg.substring("org.upright.portal.".length()).split("\\.")[0]);
            }
        }
        features.remove("base");
        assertThat(features).contains("coach", "progress", "content");
        for (String feature : features) {
            String own = "org.upright.portal." + feature + "..";
            noClasses().that().resideOutsideOfPackage(own)
                    .should().dependOnClassesThat().resideInAPackage(own + "ui..")
                    .as("no class outside " + feature + " uses its ui package")
                    .check(UPRIGHT);
        }
    }

    @Test
    void vaadinStaysInUiPackagesOfThePortal() {
        noClasses().that().resideInAPackage("org.upright.portal..")
                .and().resideOutsideOfPackages("org.upright.portal..ui..", "org.upright.portal.security..",
                        "org.upright.portal")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .check(UPRIGHT);
    }

    @Test
    void lockedJobsReturnNothing() {
        // ShedLock throws at every turn for a locked method that returns a primitive (no value to give
        // when another node holds the lock), and the tests that call the job directly never see it
        methods().that().areAnnotatedWith(SchedulerLock.class).should().haveRawReturnType(void.class)
                .check(UPRIGHT);
    }
}
