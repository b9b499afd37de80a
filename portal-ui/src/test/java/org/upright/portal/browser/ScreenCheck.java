package org.upright.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Layout checks shared by the browser tests: nothing sticks out sideways, a control lies wholly on
 * screen, a 0–10 scale is one row; and the full-page screenshots in target/screenshots.
 */
final class ScreenCheck {

    /**
     * The outermost visible elements (light and shadow DOM) whose box reaches past the left or right
     * edge of the screen, as "tag#id.class 'text' [left..right]", then any text cut off inside its
     * own box (a one-line label or heading that does not fit); the first line names a page that is
     * wider than the screen. Not counted: what a grid or another box that only scrolls sideways
     * shows when scrolled (its own sideways scroll), and 1-pixel helpers for screen readers.
     */
    private static final String OFFENDERS = """
            () => {
              const vw = window.innerWidth;
              const out = [];
              const pageWidth = document.scrollingElement.scrollWidth;
              if (pageWidth > vw) out.push('the page is ' + pageWidth + ' px wide on a ' + vw + ' px screen');
              const up = (el) => el.assignedSlot || el.parentElement
                  || (el.getRootNode() instanceof ShadowRoot ? el.getRootNode().host : null);
              const onScreen = (a) => { const r = a.getBoundingClientRect(); return r.left >= -1 && r.right <= vw + 1; };
              // a box made to scroll sideways: a grid, or one that scrolls sideways but not up and down
              const scrollsSideways = (a) => a.tagName === 'VAADIN-GRID' || (/(auto|scroll)/.test(getComputedStyle(a).overflowX)
                  && a.scrollHeight <= a.clientHeight + 1 && a !== document.body && a !== document.documentElement);
              const inSidewaysScroller = (el) => {
                for (let a = up(el); a; a = up(a)) if (scrollsSideways(a) && onScreen(a)) return true;
                return false;
              };
              const name = (el) => {
                let n = el.tagName.toLowerCase();
                if (el.id) n += '#' + el.id;
                if (typeof el.className === 'string' && el.className.trim()) n += '.' + el.className.trim().split(/\s+/).join('.');
                const text = (el.innerText || el.textContent || '').trim().replace(/\s+/g, ' ');
                if (text) n += " '" + text.slice(0, 40) + "'";
                const r = el.getBoundingClientRect();
                return n + ' [' + Math.round(r.left) + '..' + Math.round(r.right) + ']';
              };
              const ownText = (el) => [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim())
                  || [...(el.shadowRoot ? el.shadowRoot.querySelectorAll('slot') : [])].some((sl) =>
                        sl.assignedNodes().some((c) => c.nodeType === 3 && c.textContent.trim()));
              const cut = [];
              const visit = (el) => {
                if (['SCRIPT', 'STYLE', 'TEMPLATE', 'HEAD', 'LINK', 'META', 'INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return;
                const r = el.getBoundingClientRect();
                const shown = r.width > 1 && r.height > 1
                    && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
                if (shown && (r.right > vw + 1 || r.left < -1) && !inSidewaysScroller(el)) {
                  out.push(name(el));
                  return; // its children are part of the same finding
                }
                if (shown && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && ownText(el)
                    && /(hidden|clip)/.test(getComputedStyle(el).overflowX) && !inSidewaysScroller(el)) {
                  cut.push('text cut off in ' + name(el));
                }
                for (const c of el.children) visit(c);
                if (el.shadowRoot) for (const c of el.shadowRoot.children) visit(c);
              };
              visit(document.body);
              return out.concat(cut).slice(0, 20);
            }""";

    private ScreenCheck() {
    }

    /** No sideways scrolling and nothing reaching past the screen's edges; the message names what does. */
    static void assertNothingCutOffSideways(Page page, String what) {
        assertThat(sidewaysOffenders(page)).as(what + " at " + size(page) + ": elements reaching past the screen's edge")
                .isEmpty();
    }

    /** What reaches past the screen's left or right edge (empty when nothing does). */
    @SuppressWarnings("unchecked")
    static List<String> sidewaysOffenders(Page page) {
        return (List<String>) page.evaluate(OFFENDERS);
    }

    /** The control's whole box lies inside the viewport and its label is not cut. */
    static void assertFullyOnScreen(Page page, Locator control, String what) {
        var box = control.boundingBox();
        var viewport = page.viewportSize();
        assertThat(box).as(what + " rendered").isNotNull();
        assertThat(box.x).as(what + " left edge").isGreaterThanOrEqualTo(0);
        assertThat(box.y).as(what + " top edge").isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as(what + " right edge").isLessThanOrEqualTo(viewport.width + 0.5);
        assertThat(box.y + box.height).as(what + " bottom edge").isLessThanOrEqualTo(viewport.height + 0.5);
        assertThat((Boolean) control.evaluate("b => b.scrollWidth <= b.clientWidth + 1"))
                .as(what + " label fits").isTrue();
    }

    /** Eleven buttons of a 0–10 scale on one row, each wide enough to tap. */
    static void assertOneRow(Locator buttons, String what) {
        assertThat(buttons.count()).isEqualTo(11);
        double top = buttons.first().boundingBox().y;
        for (int i = 0; i < 11; i++) {
            var box = buttons.nth(i).boundingBox();
            assertThat(box.y).as(what + ": " + i + " on the same row as 0").isCloseTo(top, org.assertj.core.data.Offset.offset(1.0));
            assertThat(box.width).as(what + ": " + i + " wide enough to tap").isGreaterThanOrEqualTo(24);
        }
    }

    /**
     * The element that scrolls the page's content: the document, or (in the app layout) the
     * element inside it with the most to scroll. Returns how far it can scroll and how much it shows.
     */
    private static final String SCROLLER = """
            () => {
              let best = document.scrollingElement, most = best.scrollHeight - best.clientHeight;
              const visit = (root) => {
                for (const el of root.querySelectorAll('*')) {
                  const extra = el.scrollHeight - el.clientHeight;
                  if (extra > most && /(auto|scroll)/.test(getComputedStyle(el).overflowY)) { best = el; most = extra; }
                  if (el.shadowRoot) visit(el.shadowRoot);
                }
              };
              visit(document);
              window.__uprightScroller = best;
              return [most, best.clientHeight];
            }""";

    /**
     * The whole page as screenshots to look at: target/screenshots/NAME.png, and when the content
     * scrolls inside the app layout (a full-page shot would show only the first screen), one shot
     * per further screen, NAME-2.png and on; the page is scrolled back to where it was.
     */
    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "screenshots", name + ".png")));
        @SuppressWarnings("unchecked")
        List<Number> scroll = (List<Number>) page.evaluate(SCROLLER);
        double extra = scroll.get(0).doubleValue();
        double step = Math.max(100, scroll.get(1).doubleValue() - 80); // 80 px of overlap between shots
        if (extra <= 0 || page.evaluate("window.__uprightScroller === document.scrollingElement").equals(true)) {
            return;
        }
        Object before = page.evaluate("window.__uprightScroller.scrollTop");
        for (int shot = 2; shot <= 8 && (shot - 1) * step - step < extra; shot++) {
            page.evaluate("y => window.__uprightScroller.scrollTop = y", (shot - 1) * step);
            page.waitForTimeout(100);
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + "-" + shot + ".png")));
        }
        page.evaluate("y => window.__uprightScroller.scrollTop = y", before);
    }

    static String size(Page page) {
        return page.viewportSize().width + "×" + page.viewportSize().height;
    }
}
