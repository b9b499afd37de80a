package org.upright.tracker.push;

/**
 * What a notification shows: its title and text, already in the reader's language, and the page a
 * tap opens ({@code url} relative to the portal's root, which the service worker resolves).
 */
public record PushMessage(String title, String body, String url) {

    /** The payload the service worker reads ({@code upright-sw.js}, its push event). */
    String toJson() {
        return "{\"title\":" + quoted(title) + ",\"body\":" + quoted(body) + ",\"url\":" + quoted(url) + "}";
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
