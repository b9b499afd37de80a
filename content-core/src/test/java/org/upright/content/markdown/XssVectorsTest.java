package org.upright.content.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input through both gates: the Markdown renderer (what articles use) and the sanitizer
 * alone (raw HTML). Nothing that can run script, load a document, or restyle the page survives.
 */
class XssVectorsTest {

    private static final Set<String> ALLOWED_TAGS = Set.of("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
            "strong", "em", "b", "i", "code", "pre", "blockquote", "ul", "ol", "li", "a", "img", "table", "thead",
            "tbody", "tr", "th", "td");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "title", "src", "alt", "start", "align", "rel");

    static List<String> vectors() {
        return List.of(
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/xss.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](<javascript:alert(1)>)",
                "[click](&#106;avascript:alert(1))",
                "[click](java&#x09;script:alert(1))",
                "[x](vbscript:msgbox(1))",
                "![x](javascript:alert(1))",
                "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<javascript:alert(1)>",
                "[x][r]\n\n[r]: javascript:alert(1)",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<p style=\"position:fixed;inset:0\">cover the page</p>",
                "<body onload=alert(1)>",
                "<input autofocus onfocus=alert(1)>",
                "<details open ontoggle=alert(1)>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<<script>alert(1)//<</script>",
                "<img \"\"\"><script>alert(1)</script>\">",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<form action=\"javascript:alert(1)\"><button>x</button></form>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<link rel=stylesheet href=\"javascript:alert(1)\">",
                "<style>@import 'javascript:alert(1)';</style>",
                "<base href=\"javascript:alert(1)//\">",
                "<video><source onerror=alert(1)></video>",
                "[a](https://ok.example \"title\\\" onmouseover=\\\"alert(1)\")",
                "![a](https://ok.example/x.png \"\\\" onerror=\\\"alert(1)\")",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
                "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
                "<img src=x:alert(alt) onerror=eval(src) alt=0>",
                "<a href=\"https://ok.example\" onclick=\"alert(1)\" target=\"_top\">x</a>",
                "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
                "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
                "```\n</code></pre><script>alert(1)</script>\n```");
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void markdownPathRemovesEveryVector(String vector) {
        assertHarmless(MarkdownRenderer.toSafeHtml(vector));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void sanitizerAloneRemovesEveryVector(String vector) {
        assertHarmless(HtmlSanitizer.sanitize(vector));
    }

    @org.junit.jupiter.api.Test
    void everydayMarkdownSurvives() {
        String html = MarkdownRenderer.toSafeHtml("""
                ## Wall press

                1. Stand **an arm's length** away
                2. Press *down*

                > Protect your low back.

                | Step | Seconds |
                | :--- | ---: |
                | Hold | 20 |

                [Read more](https://example.org/a?b=1) · ![Wall](https://example.org/wall.png "Wall")
                """);
        assertThat(html).contains("<h2>Wall press</h2>", "<ol>", "<strong>an arm's length</strong>", "<blockquote>",
                "<th align=\"left\">Step</th>", "<td align=\"right\">20</td>",
                "<a href=\"https://example.org/a?b=1\" rel=\"noopener nofollow\">Read more</a>",
                " · Wall").doesNotContain("example.org/wall.png");
    }

    @org.junit.jupiter.api.Test
    void imagesFromOtherHostsBecomeTheirAltTextAndOwnImagesStay() {
        String html = HtmlSanitizer.sanitize("<p><img src=\"/images/wall.png\" alt=\"Own\">"
                + "<img src=\"https://tracker.example/pixel.gif\" alt=\"Pixel\">"
                + "<img src=\"//tracker.example/p.gif\" alt=\"Proto\"><img src=\"data:image/png;base64,AAAA\" alt=\"Data\">"
                + "<img src=\"\\\\tracker.example\\p.gif\" alt=\"Back\"></p>");
        assertThat(html).contains("<img src=\"/images/wall.png\" alt=\"Own\">", "Pixel", "Proto", "Data", "Back")
                .doesNotContain("tracker.example", "data:");
        assertHarmless(html);
    }

    @org.junit.jupiter.api.Test
    void thereAreAtLeastThirtyVectors() {
        assertThat(vectors()).hasSizeGreaterThanOrEqualTo(30);
    }

    private static void assertHarmless(String html) {
        for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (e.tagName().equals("body")) {
                continue;
            }
            assertThat(ALLOWED_TAGS).as("tag in %s", html).contains(e.tagName());
            for (Attribute a : e.attributes()) {
                assertThat(ALLOWED_ATTRIBUTES).as("attribute in %s", html).contains(a.getKey());
                if (a.getKey().equals("href")) {
                    assertThat(a.getValue().toLowerCase(Locale.ROOT)).as("URL in %s", html)
                            .matches("(https?://|mailto:).*");
                }
                if (a.getKey().equals("src")) {
                    // images: only paths on the portal itself, never a scheme or another host
                    assertThat(a.getValue()).as("image URL in %s", html).doesNotContain(":").doesNotStartWith("//");
                }
            }
            if (e.tagName().equals("a")) {
                assertThat(e.attr("rel")).isEqualTo("noopener nofollow");
            }
        }
        // text keeps "<" escaped, so a literal "<tag" can only be markup
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<svg", "<iframe", "<style", "<object",
                "<embed", "<form", "<meta", "<base", "<link", "<input", "<math");
    }
}
