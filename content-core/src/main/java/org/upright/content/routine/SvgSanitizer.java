package org.upright.content.routine;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.upright.kernel.i18n.Wording;
import org.upright.kernel.validation.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes an uploaded SVG safe to serve: refuses files that try to run code or reach other sites
 * (script, foreignObject, on* handlers, javascript: or external links, external CSS) and rebuilds
 * the drawing from a safelist of SVG elements and attributes, dropping everything else (editor
 * metadata and the like). The result is plain SVG markup with the SVG namespace on its root.
 */
final class SvgSanitizer {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private static final Set<String> FORBIDDEN = Set.of("script", "foreignobject", "iframe", "object", "embed",
            "handler", "listener", "animate", "set", "animatemotion", "animatetransform", "image", "feimage", "a");

    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "title", "desc", "path", "circle",
            "ellipse", "line", "polyline", "polygon", "rect", "text", "tspan", "lineargradient", "radialgradient",
            "stop", "clippath", "mask", "marker", "pattern", "symbol", "use", "style");

    private static final Set<String> ATTRIBUTES = Set.of("id", "class", "viewbox", "width", "height", "x", "y", "x1",
            "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "d", "points", "transform", "fill",
            "fill-opacity", "fill-rule", "clip-rule", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin",
            "stroke-dasharray", "stroke-dashoffset", "stroke-opacity", "stroke-miterlimit", "opacity", "font-family",
            "font-size", "font-style", "font-weight", "text-anchor", "dominant-baseline", "letter-spacing", "version",
            "preserveaspectratio", "role", "aria-label", "aria-hidden", "offset", "stop-color", "stop-opacity",
            "gradientunits", "gradienttransform", "spreadmethod", "markerwidth", "markerheight", "refx", "refy",
            "orient", "markerunits", "clip-path", "mask", "marker-start", "marker-mid", "marker-end", "href",
            "xlink:href", "style", "visibility", "display", "pathlength", "vector-effect", "color", "lang",
            "xml:space", "patternunits", "patterncontentunits", "patterntransform", "clippathunits", "maskunits",
            "maskcontentunits", "dx", "dy", "rotate", "textlength", "lengthadjust", "xmlns", "xmlns:xlink");

    /** url(...) other than a same-document fragment, @import, expression(), javascript: */
    private static final Pattern UNSAFE_CSS = Pattern.compile(
            "url\\s*\\(\\s*['\"]?\\s*(?!#)|@import|expression\\s*\\(|javascript:|behavior\\s*:|-moz-binding",
            Pattern.CASE_INSENSITIVE);

    private SvgSanitizer() {
    }

    /** Whether the bytes look like an SVG document (an {@code <svg} element near the start). */
    static boolean looksLikeSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return head.contains("<svg");
    }

    static String sanitize(String svg) {
        if (svg.toUpperCase(Locale.ROOT).contains("<!ENTITY")) {
            throw refused(Wording.text("content.image.svg.entities"));
        }
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        Element root = doc.children().stream().filter(e -> local(e).equals("svg")).findFirst()
                .orElseThrow(() -> InvalidInputException.of(StepImageService.FIELD, Wording.text("content.image.svg.not-svg")));
        check(root);
        clean(root);
        root.attr("xmlns", SVG_NS);
        if (!root.select("[xlink:href]").isEmpty()) {
            root.attr("xmlns:xlink", "http://www.w3.org/1999/xlink");
        }
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false).charset(StandardCharsets.UTF_8);
        return root.outerHtml();
    }

    private static void check(Element element) {
        for (Element e : element.getAllElements()) {
            String name = local(e);
            if (FORBIDDEN.contains(name)) {
                throw refused(Wording.text("content.image.svg.element", e.tagName()));
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(Locale.ROOT);
                if (localName(key).startsWith("on")) {
                    throw refused(Wording.text("content.image.svg.handler", a.getKey()));
                }
                if (localName(key).equals("href") && !value.isEmpty() && !value.startsWith("#")) {
                    throw refused(Wording.text("content.image.svg.link", a.getKey()));
                }
                if (value.contains("javascript:") || value.contains("data:text/html") || UNSAFE_CSS.matcher(value).find()) {
                    throw refused(Wording.text("content.image.svg.code", a.getKey()));
                }
            }
            if (name.equals("style") && UNSAFE_CSS.matcher(e.data() + e.text()).find()) {
                throw refused(Wording.text("content.image.svg.style"));
            }
        }
    }

    /**
     * Keeps only safelisted elements (unknown ones go with their content) and attributes, in place:
     * the parsed tree keeps the attributes' case (viewBox, not viewbox), which SVG needs.
     */
    private static void clean(Element element) {
        for (Attribute a : new ArrayList<>(element.attributes().asList())) {
            if (!ATTRIBUTES.contains(a.getKey().toLowerCase(Locale.ROOT))) {
                element.attributes().remove(a.getKey());
            }
        }
        for (Node child : new ArrayList<>(element.childNodes())) {
            if (child instanceof Element e) {
                if (ELEMENTS.contains(local(e))) {
                    clean(e);
                } else {
                    e.remove();
                }
            } else if (!(child instanceof TextNode) && !(child instanceof DataNode)) {
                child.remove(); // comments, processing instructions, doctype
            }
        }
    }

    private static String local(Element e) {
        return localName(e.tagName().toLowerCase(Locale.ROOT));
    }

    private static String localName(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    private static InvalidInputException refused(String why) {
        return InvalidInputException.of(StepImageService.FIELD, Wording.text("content.image.svg.refused", why));
    }
}
