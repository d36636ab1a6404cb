package io.liveblog.producer.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns HTML into the plain text a reader sees, which is what claim extraction must work on.
 *
 * <ul>
 *   <li>paragraphs, headings, block quotes and list items become paragraphs separated by one blank line;</li>
 *   <li>{@code <br>} becomes a line break, two or more in a row a paragraph break;</li>
 *   <li>table rows become lines with cells separated by {@code " | "};</li>
 *   <li>scripts, styles, {@code noscript}, iframes, embeds, media, forms and buttons are dropped, and so are figures
 *       with their captions and credits, asides, hidden elements and elements whose class names mark them as
 *       captions, credits, share/social buttons, newsletter or ad slots, or screen-reader-only text;</li>
 *   <li>entities are decoded, non-breaking and other odd spaces become plain spaces, zero-width characters and soft
 *       hyphens are removed, runs of white space collapse (except inside {@code <pre>}).</li>
 * </ul>
 *
 * <p>Traversal is iterative (jsoup's {@link NodeTraversor}), so deeply nested markup cannot overflow the stack.
 */
public final class HtmlText {

    /** Elements that never contain text a reader of the post sees. */
    static final String REMOVED_ELEMENTS = "script, style, noscript, iframe, frame, frameset, template, svg, math,"
            + " canvas, object, embed, video, audio, picture, img, source, track, map, button, form, input, select,"
            + " textarea, label, dialog, figure, figcaption, aside, [hidden], [style~=(?i)display\\s*:\\s*none]";

    /** Words that, as part of a class name, mark page furniture rather than post text. */
    private static final Set<String> FURNITURE_CLASS_WORDS = Set.of("caption", "captions", "credit", "credits",
            "share", "sharing", "social", "newsletter", "advert", "advertisement", "ad", "ads", "promo", "sponsored",
            "related", "sronly");

    private static final Set<String> FURNITURE_CLASSES = Set.of("sr-only", "visually-hidden", "visuallyhidden",
            "screen-reader-text", "screenreader-only");

    private static final Set<String> BLOCK_ELEMENTS = Set.of("address", "article", "blockquote", "center", "dd",
            "details", "div", "dl", "dt", "fieldset", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
            "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot",
            "caption", "ul", "body", "html");

    private static final Pattern CLASS_WORD_SPLIT = Pattern.compile("[-_\\s]+|(?<=[a-z])(?=[A-Z])");
    private static final Pattern LOOKS_LIKE_MARKUP = Pattern.compile("<[a-zA-Z!/][^>]*>|&[#a-zA-Z0-9]+;");

    private HtmlText() {
    }

    /**
     * @param html an HTML fragment or document, may be null
     * @return clean text, paragraphs separated by a blank line; empty for null or text-free input
     */
    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document fragment = Jsoup.parseBodyFragment(html);
        return cleanInPlace(fragment.body());
    }

    /**
     * @param element an element of a parsed page; it is not modified
     * @return clean text of the element, paragraphs separated by a blank line
     */
    public static String clean(Element element) {
        return cleanInPlace(element.clone());
    }

    /**
     * Cleans an element of a parsed page after also removing the given elements (CSS selectors), e.g. the byline and
     * headline that a site prints inside the post body.
     */
    public static String clean(Element element, List<String> extraRemovals) {
        Element copy = element.clone();
        for (String selector : extraRemovals) {
            copy.select(selector).remove();
        }
        return cleanInPlace(copy);
    }

    /**
     * @param htmlOrText a headline or name, possibly with markup or entities
     * @return one line of text
     */
    public static String inline(String htmlOrText) {
        if (htmlOrText == null || htmlOrText.isBlank()) {
            return "";
        }
        String text = LOOKS_LIKE_MARKUP.matcher(htmlOrText).find() ? clean(htmlOrText) : htmlOrText;
        return collapse(text);
    }

    /**
     * @param text a text that is not HTML (e.g. an Atom {@code type="text"} construct or a JSON-LD articleBody)
     * @return the text with white space normalised; blank lines stay paragraph breaks
     */
    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        String normalised = normaliseChars(text.replace("\r\n", "\n").replace('\r', '\n'));
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : normalised.split("\\n\\s*\\n")) {
            List<String> lines = new ArrayList<>();
            for (String line : paragraph.split("\n")) {
                String collapsed = collapse(line);
                if (!collapsed.isEmpty()) {
                    lines.add(collapsed);
                }
            }
            if (!lines.isEmpty()) {
                paragraphs.add(String.join("\n", lines));
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static String cleanInPlace(Element root) {
        // the root itself is what the caller asked for, so it is never removed, whatever its tag or class
        List<Element> unwanted = new ArrayList<>();
        for (Element element : root.select(REMOVED_ELEMENTS)) {
            if (element != root) {
                unwanted.add(element);
            }
        }
        for (Element element : root.select("[class]")) {
            if (element != root && isFurniture(element.className())) {
                unwanted.add(element);
            }
        }
        for (Element element : unwanted) {
            if (element.parent() != null) {
                element.remove();
            }
        }
        TextAssembler assembler = new TextAssembler();
        NodeTraversor.traverse(assembler, root);
        return assembler.result();
    }

    static boolean isFurniture(String classNames) {
        for (String className : classNames.split("\\s+")) {
            if (className.isEmpty()) {
                continue;
            }
            if (FURNITURE_CLASSES.contains(className.toLowerCase(Locale.ROOT))) {
                return true;
            }
            for (String word : CLASS_WORD_SPLIT.split(className)) {
                if (FURNITURE_CLASS_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String collapse(String text) {
        return normaliseChars(text).replaceAll("\\s+", " ").strip();
    }

    /** Odd spaces become spaces; invisible characters that break word matching disappear. */
    static String normaliseChars(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            if (c == '\u00A0' || c == '\u202F' || c == '\u3000' || (c >= '\u2000' && c <= '\u200A') || c == '\t'
                    || c == '\f' || c == '\u000B') {
                out.append(' ');
            } else if (c < ' ' && c != '\n' && c != '\r') {
                // other control characters are never meant as text
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Builds the text while jsoup walks the tree; breaks are emitted lazily so none leads or trails. */
    private static final class TextAssembler implements NodeVisitor {
        private static final int NONE = 0;
        private static final int LINE = 1;
        private static final int PARAGRAPH = 2;

        private final StringBuilder out = new StringBuilder();
        private int pendingBreak = NONE;
        private boolean pendingSpace;
        private String pendingSeparator;
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendText(text.getWholeText());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    pendingBreak = Math.min(PARAGRAPH, pendingBreak + 1);
                } else if (tag.equals("tr")) {
                    pendingBreak = Math.max(pendingBreak, LINE);
                } else if (tag.equals("td") || tag.equals("th")) {
                    if (element.elementSiblingIndex() > 0) {
                        pendingSeparator = " | ";
                    }
                } else if (BLOCK_ELEMENTS.contains(tag)) {
                    pendingBreak = PARAGRAPH;
                }
                if (tag.equals("pre")) {
                    preDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (BLOCK_ELEMENTS.contains(tag)) {
                    pendingBreak = PARAGRAPH;
                } else if (tag.equals("tr")) {
                    pendingBreak = Math.max(pendingBreak, LINE);
                }
                if (tag.equals("pre")) {
                    preDepth--;
                }
            }
        }

        private void appendText(String raw) {
            String text = normaliseChars(raw);
            if (preDepth > 0) {
                String preText = text.replace("\r\n", "\n");
                for (String line : preText.split("\n", -1)) {
                    if (line.isBlank()) {
                        pendingBreak = Math.min(PARAGRAPH, pendingBreak + 1);
                        continue;
                    }
                    flushPending();
                    out.append(line.stripTrailing());
                    pendingBreak = LINE;
                }
                return;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    pendingSpace = true;
                    continue;
                }
                flushPending();
                out.append(c);
            }
        }

        private void flushPending() {
            if (out.length() == 0) {
                pendingBreak = NONE;
                pendingSpace = false;
                pendingSeparator = null;
                return;
            }
            if (pendingBreak != NONE) {
                out.append(pendingBreak == PARAGRAPH ? "\n\n" : "\n");
            } else if (pendingSeparator != null) {
                out.append(pendingSeparator);
            } else if (pendingSpace) {
                out.append(' ');
            }
            pendingBreak = NONE;
            pendingSpace = false;
            pendingSeparator = null;
        }

        String result() {
            return out.toString().replaceAll("[ ]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
        }
    }
}
