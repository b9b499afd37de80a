package org.upright.content.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The last gate before HTML reaches a browser: only the tags Markdown produces survive, links
 * only with http(s) or mailto URLs, no attributes that run code or style. Images only from the
 * portal itself (a path such as {@code /images/stretch.png}): an image from another host would tell
 * that host who reads which article, and the portal's Content-Security-Policy would block it anyway.
 * Any other image is replaced by its alt text.
 */
public final class HtmlSanitizer {

    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "code", "pre",
                    "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title")
            .addAttributes("ol", "start")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener nofollow");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private HtmlSanitizer() {
    }

    /** A path on this host: no scheme ("https:", "data:", "javascript:"), not "//host/…", no backslash. */
    private static final java.util.regex.Pattern SAME_ORIGIN =
            java.util.regex.Pattern.compile("^(?!//)(?![A-Za-z][A-Za-z0-9+.-]*:)[^\\\\\\s]+$");

    public static String sanitize(String html) {
        if (html == null) {
            return "";
        }
        String clean = Jsoup.clean(html, "", SAFELIST, OUTPUT);
        if (!clean.contains("<img")) {
            return clean;
        }
        Document doc = Jsoup.parseBodyFragment(clean);
        doc.outputSettings(OUTPUT);
        for (org.jsoup.nodes.Element img : doc.select("img")) {
            if (!SAME_ORIGIN.matcher(img.attr("src").strip()).matches()) {
                img.replaceWith(new org.jsoup.nodes.TextNode(img.attr("alt")));
            }
        }
        return doc.body().html();
    }
}
