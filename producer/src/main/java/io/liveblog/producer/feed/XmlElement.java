package io.liveblog.producer.feed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small, immutable-after-reading element tree built from StAX events. The feed parsers need only a handful of
 * navigation methods, and keeping our own tree lets a truncated document still yield the entries that were complete,
 * and lets a rejected entry be serialised back to XML for the dead-letter topic.
 *
 * <p>Every traversal here is iterative: hostile input can nest elements deeply and must not overflow the stack.
 */
final class XmlElement {

    private final String namespace;
    private final String localName;
    private final String prefix;
    private final int line;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    /** Child elements and text ({@link CharSequence}) in document order. */
    private final List<Object> content = new ArrayList<>();
    private boolean complete;

    XmlElement(String namespace, String localName, String prefix, int line) {
        this.namespace = namespace == null ? "" : namespace;
        this.localName = localName;
        this.prefix = prefix == null ? "" : prefix;
        this.line = line;
    }

    String namespace() {
        return namespace;
    }

    String localName() {
        return localName;
    }

    /** @return line of the start tag, for origins and messages */
    int line() {
        return line;
    }

    /** @return true once the end tag was read; false for the element a truncated document stopped in */
    boolean isComplete() {
        return complete;
    }

    void markComplete() {
        complete = true;
    }

    void putAttribute(String name, String value) {
        attributes.put(name, value);
    }

    void appendText(CharSequence text) {
        if (!content.isEmpty() && content.get(content.size() - 1) instanceof StringBuilder last) {
            last.append(text);
        } else {
            content.add(new StringBuilder(text));
        }
    }

    void appendChild(XmlElement child) {
        content.add(child);
    }

    /** @return the attribute by local name ({@code xml:base}-style names for the xml namespace), or null */
    String attribute(String name) {
        return attributes.get(name);
    }

    boolean is(String ns, String local) {
        return localName.equals(local) && (ns == null || namespace.equals(ns));
    }

    /** @return direct child elements */
    List<XmlElement> children() {
        List<XmlElement> out = new ArrayList<>();
        for (Object item : content) {
            if (item instanceof XmlElement e) {
                out.add(e);
            }
        }
        return out;
    }

    /** @return direct children with that name; {@code ns} null matches any namespace */
    List<XmlElement> children(String ns, String local) {
        List<XmlElement> out = new ArrayList<>();
        for (Object item : content) {
            if (item instanceof XmlElement e && e.is(ns, local)) {
                out.add(e);
            }
        }
        return out;
    }

    Optional<XmlElement> child(String ns, String local) {
        for (Object item : content) {
            if (item instanceof XmlElement e && e.is(ns, local)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** @return stripped text of the first such child, or null when absent or blank */
    String childText(String ns, String local) {
        return child(ns, local).map(XmlElement::text).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }

    /** @return all text inside this element, markup removed */
    String text() {
        StringBuilder out = new StringBuilder();
        Deque<Object> pending = new ArrayDeque<>();
        pending.push(this);
        while (!pending.isEmpty()) {
            Object item = pending.pop();
            if (item instanceof XmlElement e) {
                for (int i = e.content.size() - 1; i >= 0; i--) {
                    pending.push(e.content.get(i));
                }
            } else {
                out.append((CharSequence) item);
            }
        }
        return out.toString();
    }

    /**
     * Serialises the children as markup with local names only, as needed for Atom {@code type="xhtml"} content,
     * whose children are XHTML elements.
     */
    String innerMarkup() {
        StringBuilder out = new StringBuilder();
        for (Object item : content) {
            if (item instanceof XmlElement e) {
                e.write(out, false);
            } else {
                escape(out, (CharSequence) item, false);
            }
        }
        return out.toString();
    }

    /** @return this element as a standalone XML fragment (namespace declarations included) */
    String toXml() {
        StringBuilder out = new StringBuilder();
        write(out, true);
        return out.toString();
    }

    private void write(StringBuilder out, boolean withNamespaces) {
        record Frame(XmlElement element, String parentNamespace, boolean closing) {
        }
        Deque<Object> pending = new ArrayDeque<>();
        pending.push(new Frame(this, "", false));
        while (!pending.isEmpty()) {
            Object item = pending.pop();
            if (item instanceof CharSequence text) {
                escape(out, text, false);
                continue;
            }
            Frame frame = (Frame) item;
            XmlElement e = frame.element();
            String name = withNamespaces && !e.prefix.isEmpty() ? e.prefix + ":" + e.localName : e.localName;
            if (frame.closing()) {
                out.append("</").append(name).append('>');
                continue;
            }
            out.append('<').append(name);
            if (withNamespaces && !e.namespace.equals(frame.parentNamespace())) {
                out.append(e.prefix.isEmpty() ? " xmlns" : " xmlns:" + e.prefix).append("=\"");
                escape(out, e.namespace, true);
                out.append('"');
            }
            for (Map.Entry<String, String> attribute : e.attributes.entrySet()) {
                out.append(' ').append(attribute.getKey()).append("=\"");
                escape(out, attribute.getValue(), true);
                out.append('"');
            }
            if (e.content.isEmpty()) {
                out.append("/>");
                continue;
            }
            out.append('>');
            pending.push(new Frame(e, frame.parentNamespace(), true));
            for (int i = e.content.size() - 1; i >= 0; i--) {
                Object child = e.content.get(i);
                pending.push(child instanceof XmlElement c ? new Frame(c, e.namespace, false) : child);
            }
        }
    }

    private static void escape(StringBuilder out, CharSequence text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
    }
}
