package org.upright.content.routine;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.upright.kernel.validation.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SvgSanitizerTest {

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">";

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<SCRIPT>alert(1)</SCRIPT>",
            "<svg:script>alert(1)</svg:script>",
            "<circle r=\"3\" onload=\"alert(1)\"/>",
            "<rect width=\"3\" height=\"3\" ONCLICK=\"alert(1)\"/>",
            "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">hi</div></foreignObject>",
            "<a href=\"https://evil.example/\"><text>x</text></a>",
            "<use href=\"https://evil.example/sprite.svg#icon\"/>",
            "<use xlink:href=\"javascript:alert(1)\"/>",
            "<image href=\"https://tracker.example/pixel.png\"/>",
            "<rect width=\"3\" height=\"3\" style=\"fill:url(https://evil.example/x)\"/>",
            "<rect width=\"3\" height=\"3\" fill=\"url( 'http://evil.example/x')\"/>",
            "<style>@import url(https://evil.example/x.css);</style>",
            "<style>rect { background: url(//evil.example/x) }</style>",
            "<animate attributeName=\"href\" to=\"javascript:alert(1)\"/>",
            "<set attributeName=\"onmouseover\" to=\"alert(1)\"/>",
    })
    void refusesDrawingsThatRunCodeOrReachOtherSites(String inner) {
        assertThatThrownBy(() -> SvgSanitizer.sanitize(OPEN + inner + "</svg>"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .allSatisfy(p -> assertThat(p.field()).isEqualTo("image")));
    }

    @Test
    void refusesEntityDeclarationsAndNonSvgFiles() {
        assertThatThrownBy(() -> SvgSanitizer.sanitize("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaa\">]>"
                + OPEN + "<text>&a;</text></svg>")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SvgSanitizer.sanitize("<html><body>hi</body></html>"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void keepsTheDrawingAndDropsEditorClutter() {
        String inkscape = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" width=\"100\" height=\"50\" "
                + "inkscape:version=\"1.3\" viewBox=\"0 0 100 50\"><metadata><rdf>x</rdf></metadata>"
                + "<title>A figure</title><defs><marker id=\"m\"><path d=\"M0,0 L5,5\"/></marker></defs>"
                + "<g inkscape:label=\"Layer 1\" transform=\"translate(1,1)\"><circle cx=\"20\" cy=\"20\" r=\"8\" "
                + "fill=\"#123\" data-x=\"1\"/><path d=\"M10 10 L40 40\" stroke=\"#000\" stroke-width=\"4\" "
                + "marker-end=\"url(#m)\" style=\"stroke-linecap:round\"/><use href=\"#m\"/></g></svg>";
        String output = SvgSanitizer.sanitize(inkscape);
        assertThat(output).contains("viewBox=\"0 0 100 50\"").doesNotContain("viewbox").doesNotContain("<?xml");
        Document clean = Jsoup.parse(output, "", Parser.xmlParser());
        Element svg = clean.selectFirst("svg");
        assertThat(svg).isNotNull();
        assertThat(svg.attr("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.attr("viewBox")).isEqualTo("0 0 100 50");
        assertThat(svg.hasAttr("inkscape:version")).isFalse();
        assertThat(clean.select("metadata, rdf")).isEmpty();
        assertThat(clean.select("circle").attr("r")).isEqualTo("8");
        assertThat(clean.select("circle").hasAttr("data-x")).isFalse();
        assertThat(clean.select("path[marker-end]").attr("marker-end")).isEqualTo("url(#m)");
        assertThat(clean.select("use").attr("href")).isEqualTo("#m");
        assertThat(clean.select("title").text()).isEqualTo("A figure");
        assertThat(clean.select("g").hasAttr("inkscape:label")).isFalse();
    }

    @Test
    void looksLikeSvgOnlyForSvgMarkup() {
        assertThat(SvgSanitizer.looksLikeSvg((OPEN + "</svg>").getBytes())).isTrue();
        assertThat(SvgSanitizer.looksLikeSvg("just text".getBytes())).isFalse();
    }
}
