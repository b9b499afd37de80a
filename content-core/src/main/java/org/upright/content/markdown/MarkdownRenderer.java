package org.upright.content.markdown;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;

/**
 * Markdown (CommonMark + GitHub tables) to sanitized HTML. Raw HTML in the Markdown is shown as
 * text, links get rel="noopener nofollow", and the result always passes {@link HtmlSanitizer}.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "noopener nofollow");
                }
            })
            .build();

    private MarkdownRenderer() {
    }

    /** Safe to put into a page as HTML. */
    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return HtmlSanitizer.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
