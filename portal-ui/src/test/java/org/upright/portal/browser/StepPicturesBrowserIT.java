package org.upright.portal.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every step of every starter routine shows its picture on a phone: on the routine page each step's
 * image has loaded (naturalWidth > 0) and has a description; the timer page shows the first step's
 * picture large. Screenshots go to target/screenshots/pictures-*.png for looking at.
 */
class StepPicturesBrowserIT extends BrowserTestBase {

    /** Starter routine slug → number of steps, from the starter set shipped in content-core. */
    private static Map<String, Integer> starterRoutines() throws IOException {
        try (InputStream in = StepPicturesBrowserIT.class.getResourceAsStream(
                "/org/upright/content/starter/starter-content.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            Map<String, Integer> routines = new LinkedHashMap<>();
            root.get("routines").forEach(r -> routines.put(r.get("slug").asString(), r.get("steps").size()));
            return routines;
        }
    }

    @Test
    void everyStarterStepShowsItsPictureOnAPhone() throws IOException {
        Map<String, Integer> routines = starterRoutines();
        assertThat(routines).hasSizeGreaterThanOrEqualTo(7);
        Page member = browser.newPage(true);
        BrowserSession.signIn(member, portal, "member", "member-upright");
        int pictures = 0;
        for (var routine : routines.entrySet()) {
            member.navigate(portal.url("/routines/" + routine.getKey()));
            assertThat(member.locator("#routine-steps > li")).hasCount(routine.getValue(),
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(20_000));
            // every step's picture has arrived and decoded (an SVG that failed to load has naturalWidth 0)
            member.waitForFunction("() => [...document.querySelectorAll('#routine-steps > li')].every(li => {"
                    + " const img = li.querySelector('img.step-image');"
                    + " return img && img.complete && img.naturalWidth > 0 && img.alt.length > 20"
                    // on a loaded machine the layout can settle after the pictures decode
                    + " && img.getBoundingClientRect().width > 300; })");
            Object loaded = member.evaluate("() => [...document.querySelectorAll('#routine-steps img.step-image')]"
                    + ".filter(i => i.complete && i.naturalWidth > 0 && i.getBoundingClientRect().width > 300).length");
            assertThat(((Number) loaded).intValue()).as(routine.getKey()).isEqualTo(routine.getValue());
            pictures += routine.getValue();
            snapshot(member, "pictures-" + routine.getKey());
        }
        member.navigate(portal.url("/routines/wall-press"));
        member.locator("#routine-steps > li").nth(1).screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "pictures-step-card.png")));
        assertThat(pictures).isGreaterThanOrEqualTo(30);

        var svg = member.request().get(portal.url("/upright/figures/wall-press-hold.svg"));
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.headers().get("content-type")).startsWith("image/svg+xml");

        member.navigate(portal.url("/library/when-to-see-a-clinician"));
        assertThat(member.locator("#article-body")).containsText("Call emergency services now");
        snapshot(member, "pictures-red-flags");

        // the timer page shows the current (first) step's picture above the timer
        member.navigate(portal.url("/routines/neck-shoulder-release/run"));
        var figure = member.locator("#step-figures figure:not([hidden]) img");
        assertThat(figure).hasCount(1);
        member.waitForFunction("() => { const i = document.querySelector('#step-figures figure:not([hidden]) img');"
                + " return i && i.complete && i.naturalWidth > 0; }");
        assertThat(member.locator("#step-figures figure:not([hidden]) figcaption")).containsText("Shoulder-blade circles");
        assertWholePicture(member);
        snapshot(member, "pictures-timer");
        // and follows the timer to the next step
        TimerScreen.on(member).speed(20).start();
        member.waitForFunction("document.querySelector('#step-figures').getAttribute('step') === '1'", null,
                new Page.WaitForFunctionOptions().setTimeout(60_000));
        assertThat(member.locator("#step-figures figure:not([hidden]) figcaption")).containsText("Chin tucks");
        assertThat(member.locator("#step-figures figure:not([hidden]) img")).hasAttribute("src",
                java.util.regex.Pattern.compile("chin-tuck\\.svg$"));
        assertWholePicture(member);
        snapshot(member, "pictures-timer-step-2");
        member.context().close();
    }

    @Test
    void anAdminUploadsAPictureForAStepAndAScriptedSvgIsRefused() throws IOException {
        Path dir = Path.of("target", "upload-test");
        java.nio.file.Files.createDirectories(dir);
        Path good = dir.resolve("my-drawing.svg");
        java.nio.file.Files.writeString(good, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 20\">"
                + "<rect width=\"40\" height=\"20\" fill=\"#1d3b5c\"/></svg>");
        Path bad = dir.resolve("sneaky.svg");
        java.nio.file.Files.writeString(bad, "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

        Page admin = browser.newPage(false);
        BrowserSession.signIn(admin, portal, "admin", "admin-upright");
        admin.navigate(portal.url("/admin/routines/new"));
        admin.locator("#add-step").click();
        var step = admin.locator("#step-1");
        step.locator("vaadin-upload input[type=file]").setInputFiles(bad);
        assertThat(step.locator(".step-picture .field-error")).containsText("cannot be used");
        step.locator("vaadin-upload input[type=file]").setInputFiles(good);
        var preview = step.locator(".step-picture-preview img");
        assertThat(preview).hasAttribute("src", java.util.regex.Pattern.compile("upright/step-images/\\d+"));
        admin.waitForFunction("() => { const i = document.querySelector('#step-1 .step-picture-preview img');"
                + " return i && i.complete && i.naturalWidth > 0; }");
        step.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "pictures-admin-step.png")));
        admin.context().close();
    }

    /**
     * On the timer page the picture gives way to the timer by scaling down: the drawing (and its
     * caption where shown) stay whole inside the picture's box (nothing cut off at its bottom edge).
     */
    private static void assertWholePicture(Page page) {
        page.waitForFunction("() => { const i = document.querySelector('#step-figures figure:not([hidden]) img');"
                + " return i && i.complete && i.naturalWidth > 0; }");
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) page.evaluate("() => {"
                + " const f = document.querySelector('#step-figures').getBoundingClientRect();"
                + " const i = document.querySelector('#step-figures figure:not([hidden]) img').getBoundingClientRect();"
                + " const c = document.querySelector('#step-figures figure:not([hidden]) figcaption').getBoundingClientRect();"
                + " return { box: f.bottom, image: i.bottom, imageHeight: i.height, caption: c.bottom }; }");
        assertThat(box.get("image").doubleValue()).as("the picture ends inside its box").isLessThanOrEqualTo(box.get("box").doubleValue() + 1);
        // (on a phone the caption is not shown: the timer names the step; where it is shown, it is whole)
        assertThat(box.get("caption").doubleValue()).as("the caption ends inside the box").isLessThanOrEqualTo(box.get("box").doubleValue() + 1);
        assertThat(box.get("imageHeight").doubleValue()).as("the picture stays big enough to read").isGreaterThan(80);
    }

    private static void snapshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", name + ".png")));
    }
}
