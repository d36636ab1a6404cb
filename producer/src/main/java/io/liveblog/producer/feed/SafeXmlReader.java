package io.liveblog.producer.feed;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Reads an XML document into {@link XmlElement}s with every external-access door shut: no DTD processing, no
 * external entities (XXE), no entity expansion beyond the five predefined ones. A feed that relies on a DTD entity
 * such as {@code &nbsp;} is reported as not well-formed rather than resolved.
 *
 * <p>The reader gets characters, never bytes: {@link Encodings#decodeXml} decides the encoding, so the JDK parser
 * never guesses (and never prints its own encoding complaints to standard error).
 *
 * <p>Reading stops at the first well-formedness error; what was read before it stays available, with the element
 * being read marked incomplete, so a truncated feed still yields its complete entries.
 */
final class SafeXmlReader {

    /** Real feeds nest a dozen levels; deeper input is hostile or broken. */
    static final int MAX_DEPTH = 256;

    private static final XMLInputFactory FACTORY = createFactory();

    /**
     * @param root the root element, or null when the error came before it
     * @param error the well-formedness error that stopped reading, or null when the document was read completely
     */
    record Result(XmlElement root, XmlError error) {
    }

    /**
     * @param line line of the error (1-based, -1 unknown)
     * @param column column of the error (1-based, -1 unknown)
     * @param message what the XML parser said
     * @param truncated true when the document ended before its elements were closed
     */
    record XmlError(int line, int column, String message, boolean truncated, Exception cause) {
        String describe() {
            String where = line > 0 ? " at line " + line + ", column " + column : "";
            return truncated
                    ? "truncated XML document: it ends" + where + " before all elements are closed (" + message + ")"
                    : "not well-formed XML" + where + ": " + message;
        }
    }

    private SafeXmlReader() {
    }

    private static XMLInputFactory createFactory() {
        // the JDK's own implementation, whatever else is on the class path, so these settings are known to apply
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        // errors are reported through exceptions; the JDK's default reporter would also print them to stderr
        factory.setXMLReporter((message, errorType, related, location) -> {
        });
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " refused");
        });
        return factory;
    }

    static Result read(String content) {
        XmlElement root = null;
        Deque<XmlElement> open = new ArrayDeque<>();
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new StringReader(content));
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (open.size() >= MAX_DEPTH) {
                            return new Result(root, new XmlError(reader.getLocation().getLineNumber(),
                                    reader.getLocation().getColumnNumber(),
                                    "elements nested deeper than " + MAX_DEPTH + " levels", false, null));
                        }
                        XmlElement element = new XmlElement(reader.getNamespaceURI(), reader.getLocalName(),
                                reader.getPrefix(), reader.getLocation().getLineNumber());
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            String prefix = reader.getAttributePrefix(i);
                            String name = prefix == null || prefix.isEmpty()
                                    ? reader.getAttributeLocalName(i)
                                    : prefix + ":" + reader.getAttributeLocalName(i);
                            element.putAttribute(name, reader.getAttributeValue(i));
                        }
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().appendChild(element);
                        }
                        open.push(element);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop().markComplete();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().appendText(reader.getText());
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> {
                        return new Result(root, new XmlError(reader.getLocation().getLineNumber(),
                                reader.getLocation().getColumnNumber(),
                                "entity &" + reader.getLocalName() + "; is not one of XML's predefined entities",
                                false, null));
                    }
                    default -> {
                        // DTD, comments, processing instructions: nothing a feed's content depends on
                    }
                }
            }
            return new Result(root, null);
        } catch (XMLStreamException e) {
            return new Result(root, toError(e, root, open));
        } catch (RuntimeException jdkParserBug) {
            // the JDK's parser throws unchecked exceptions on some malformed input (e.g. MissingResourceException
            // for "InvalidCharInDTD"); for the user that input is simply not well-formed
            return new Result(root, new XmlError(-1, -1, "the XML parser gave up on malformed input ("
                    + jdkParserBug.getClass().getSimpleName() + ": " + jdkParserBug.getMessage() + ")", false,
                    jdkParserBug));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // closing an in-memory reader cannot lose data
                }
            }
        }
    }

    private static XmlError toError(XMLStreamException e, XmlElement root, Deque<XmlElement> open) {
        Location location = e.getLocation();
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int marker = message.indexOf("Message: ");
        if (marker >= 0) {
            message = message.substring(marker + "Message: ".length());
        }
        message = message.strip();
        String lower = message.toLowerCase(Locale.ROOT);
        boolean truncated = root != null && !open.isEmpty()
                && (lower.contains("must start and end within the same entity")
                || lower.contains("premature end of file") || lower.contains("end of file")
                || lower.contains("unexpected eof"));
        return new XmlError(location == null ? -1 : location.getLineNumber(),
                location == null ? -1 : location.getColumnNumber(), message, truncated, e);
    }
}
