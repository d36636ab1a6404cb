package io.liveblog.producer.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Generates malformed inputs of every format the producer reads, for the reliability tests and {@code liveblog fuzz}:
 * lines of JSON Lines, posts of CNN-style text, and documents of RSS, Atom, Guardian JSON and HTML — truncated,
 * invalid UTF-8, binary, empty, control characters, over-long lines and bodies, deeply nested, billion laughs and
 * external entities, wrong types, dates far in the past or future. Every input is malformed: each must come out of
 * the producer as a dead letter naming it. Seeded, so a run can be repeated.
 */
public final class HostileInputs {

    /** The document formats, by file extension. */
    public static final List<String> DOCUMENT_FORMATS = List.of("rss", "atom", "json", "html");

    private static final String RSS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
            + "<title>Floods: live</title><link>https://news.example.org/live/floods</link><description>Live"
            + "</description><item><guid isPermaLink=\"false\">f-2</guid><pubDate>Sat, 14 Sep 2024 11:00:00 GMT"
            + "</pubDate><title>Toll rises</title><description><![CDATA[<p>Officials said at least 41 people have"
            + " died in the floods.</p>]]></description></item><item><guid isPermaLink=\"false\">f-1</guid><pubDate>"
            + "Sat, 14 Sep 2024 09:00:00 GMT</pubDate><title>Dam breaks</title><description><![CDATA[<p>Thousands"
            + " fled their homes after the dam burst.</p>]]></description></item></channel></rss>";
    private static final String ATOM = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org"
            + "/2005/Atom\"><title>Cyclone: live</title><id>urn:example:cyclone</id><link href=\"https://news.example"
            + ".org/live/cyclone\"/><updated>2024-03-12T10:00:00Z</updated><entry><id>urn:example:cyclone:2</id>"
            + "<title>Shelters open</title><published>2024-03-12T10:00:00Z</published><updated>2024-03-12T10:00:00Z"
            + "</updated><content type=\"html\">&lt;p&gt;Twelve schools are sheltering 3,000 people.&lt;/p&gt;"
            + "</content></entry><entry><id>urn:example:cyclone:1</id><title>Landfall</title><published>"
            + "2024-03-12T06:00:00Z</published><updated>2024-03-12T06:00:00Z</updated><content type=\"html\">"
            + "&lt;p&gt;The cyclone made landfall at dawn, officials said.&lt;/p&gt;</content></entry></feed>";
    private static final String GUARDIAN = "{\"response\": {\"status\": \"ok\", \"content\": {\"id\": \"world/live/"
            + "2024/may/18/example-live\", \"type\": \"liveblog\", \"webTitle\": \"Example: live\", \"webUrl\": "
            + "\"https://www.example.org/world/live/2024/may/18/example-live\", \"blocks\": {\"body\": [{\"id\": "
            + "\"b2\", \"title\": \"Hospital receives wounded\", \"bodyHtml\": \"<p>The hospital received 62 wounded"
            + " on Saturday.</p>\", \"firstPublishedDate\": \"2024-05-18T10:33:41Z\", \"publishedDate\": "
            + "\"2024-05-18T10:33:41Z\", \"lastModifiedDate\": \"2024-05-18T10:47:05Z\"}, {\"id\": \"b1\", "
            + "\"title\": \"Shelling resumes\", \"bodyHtml\": \"<p>Shelling resumed overnight, residents said.</p>\", "
            + "\"firstPublishedDate\": \"2024-05-18T08:00:00Z\", \"publishedDate\": \"2024-05-18T08:00:00Z\"}]}}}}";
    private static final String HTML = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Floods:"
            + " live</title><link rel=\"canonical\" href=\"https://www.example.org/live/floods\"><script type="
            + "\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": \"LiveBlogPosting\", \"@id\": "
            + "\"https://www.example.org/live/floods#liveblog\", \"headline\": \"Floods: live\", \"liveBlogUpdate\": "
            + "[{\"@type\": \"BlogPosting\", \"@id\": \"https://www.example.org/live/floods#update-2\", \"headline\": "
            + "\"Toll rises\", \"datePublished\": \"2024-05-06T15:10:00-03:00\", \"articleBody\": \"The civil defence "
            + "agency raised the death toll to 83.\"}, {\"@type\": \"BlogPosting\", \"@id\": \"https://www.example.org"
            + "/live/floods#update-1\", \"headline\": \"Rivers rise\", \"datePublished\": \"2024-05-06T09:00:00-03:00"
            + "\", \"articleBody\": \"Rivers rose through the night, officials said.\"}]}</script></head><body>"
            + "<h1>Floods: live</h1></body></html>";

    private final Random random;

    /** @param seed the generator's seed */
    public HostileInputs(long seed) {
        this.random = new Random(seed);
    }

    /**
     * @param ext a document format ({@link #DOCUMENT_FORMATS})
     * @return a well-formed document of that format with two posts, the base most malformed ones are made from
     */
    public static String validDocument(String ext) {
        return switch (ext) {
            case "rss" -> RSS;
            case "atom" -> ATOM;
            case "json" -> GUARDIAN;
            case "html" -> HTML;
            default -> throw new IllegalArgumentException("not a document format: " + ext);
        };
    }

    /**
     * Writes {@code n} malformed lines of JSON Lines (eleven kinds; every thousandth over the 1 MiB line limit).
     *
     * @param file the file to write
     * @param n how many lines
     */
    public void writeJsonLines(Path file, int n) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < n; i++) {
                out.write(jsonLine(i));
                out.write('\n');
            }
        }
    }

    /**
     * Writes {@code n} malformed posts of CNN-style text (six kinds; every thousandth with a body over the post size
     * limit) after a title line.
     *
     * @param file the file to write
     * @param n how many posts
     * @return the line each post starts on, in order
     */
    public List<Integer> writeCnnText(Path file, int n) throws IOException {
        List<Integer> firstLines = new ArrayList<>();
        int line = 3;
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(utf8("Hostile live blog\n\n"));
            for (int i = 0; i < n; i++) {
                byte[] post = textPost(i);
                firstLines.add(line);
                out.write(post);
                for (byte b : post) {
                    line += b == '\n' ? 1 : 0;
                }
            }
        }
        return firstLines;
    }

    /**
     * @param ext a document format ({@link #DOCUMENT_FORMATS})
     * @param i which input (chooses its kind)
     * @return one malformed document of that format
     */
    public byte[] document(String ext, int i) {
        String valid = validDocument(ext);
        if (i % 100 == 99) {
            return nested(ext); // slow to parse by design: every hundredth
        }
        return switch (i % 6) {
            case 0 -> utf8(valid.substring(0, valid.length() / 4 + random.nextInt(valid.length() / 2)));
            case 1 -> withBytes(valid, new byte[] {(byte) 0xC3, 0x28});
            case 2 -> binary(false);
            case 3 -> new byte[0];
            case 4 -> utf8(valid.replaceAll("20(2\\d)", "29$1")); // every date far ahead
            default -> special(ext, i, valid);
        };
    }

    /** The kinds only some formats have: entities for XML, wrong types for JSON, no posts for HTML. */
    private byte[] special(String ext, int i, String valid) {
        return switch (ext) {
            case "rss", "atom" -> switch ((i / 6) % 3) {
                case 0 -> utf8("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
                        + "<rss version=\"2.0\"><channel><item><title>&lol3;</title></item></channel></rss>");
                case 1 -> utf8("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<rss version=\"2.0\"><channel><item><guid>a</guid><pubDate>Sat, 02 Dec 2023 17:28:00 GMT"
                        + "</pubDate><title>t</title><description>&x;</description></item></channel></rss>");
                default -> utf8(valid.replaceFirst("<title>", "<title>\u0001")); // a control character
            };
            case "json" -> (i / 6) % 2 == 0
                    ? utf8("{\"response\": {\"content\": {\"blocks\": {\"body\": \"not a list\"}}}}")
                    : utf8(valid.replaceFirst("\"title\"", "\"title\u0001\""));
            default -> utf8("<html><body><p>" + "z".repeat(random.nextInt(2_000)) + "</p></body></html>");
        };
    }

    private static byte[] nested(String ext) {
        return switch (ext) {
            case "json" -> utf8("{\"response\": {\"content\": {\"blocks\": " + "[".repeat(5_000) + "]".repeat(5_000)
                    + "}}}");
            case "html" -> utf8("<html><body>" + "<div>".repeat(20_000) + "</div>".repeat(20_000) + "</body></html>");
            default -> utf8("<rss version=\"2.0\"><channel>" + "<x>".repeat(20_000) + "</x>".repeat(20_000)
                    + "</channel></rss>");
        };
    }

    private byte[] jsonLine(int i) {
        String ok = "{\"id\": \"p" + i + "\", \"published\": \"2024-05-01T10:00:00Z\", \"body\": \"Four were killed.\"}";
        return switch (i % 1_000 == 999 ? 4 : i % 11 == 4 ? 10 : i % 11) {
            case 0 -> utf8(ok.substring(0, 1 + random.nextInt(ok.length() - 2)));              // truncated
            case 1 -> utf8("{\"published\": 2024, \"body\": [\"wrong types\"]}");
            case 2 -> withBytes(ok, new byte[] {(byte) 0xC3, 0x28});                           // invalid UTF-8
            case 3 -> utf8(ok.replace("Four were", "Four\u0001were"));                          // raw control char
            case 4 -> utf8("{\"published\": \"2024-05-01T10:00:00Z\", \"body\": \"" + "x".repeat(1_100_000)
                    + "\"}");                                                                   // > 1 MiB line
            case 5 -> utf8("[".repeat(2_000) + "]".repeat(2_000));                              // deep, not an object
            case 6 -> utf8(ok.replace("2024-05-01T10:00:00Z", "0001-01-01T00:00:00Z"));         // far past
            case 7 -> utf8(ok.replace("2024-05-01T10:00:00Z", "9999-12-31T23:59:59Z"));         // far future
            case 8 -> utf8(ok.replace("2024-05-01T10:00:00Z", "2024-05-01T10:00:00"));          // no offset
            case 9 -> utf8(ok.replace("Four were killed.", "   "));                             // blank body
            default -> binary(true);
        };
    }

    private byte[] textPost(int i) {
        String time = "5:40 p.m. ET, March 9, 2024\n\n";
        return switch (i % 1_000 == 999 ? 5 : i % 5) {
            case 0 -> utf8(time + "\n");                                                       // no text at all
            case 1 -> utf8("5:40 p.m. ET, February 30, 2024\n\nA headline\n\nText of a post.\n\n"); // no such day
            case 2 -> concat(utf8(time + "Headline\n\n"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'x', '\n', '\n'});
            case 3 -> utf8(time.replace("2024", "1850") + "Old news\n\nA post dated long before the web.\n\n");
            case 4 -> utf8(time.replace("2024", "2999") + "Future news\n\nA post from the future.\n\n");
            default -> utf8(time + "A headline\n\n" + "y".repeat(1_100_000 + random.nextInt(100)) + ".\n\n");
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] withBytes(String valid, byte[] bad) {
        byte[] text = utf8(valid);
        int at = random.nextInt(text.length);
        return concat(Arrays.copyOf(text, at), concat(bad, Arrays.copyOfRange(text, at, text.length)));
    }

    private byte[] binary(boolean oneLine) {
        byte[] b = new byte[1 + random.nextInt(4_096)];
        random.nextBytes(b);
        b[0] = 0; // binary, whatever else the bytes happen to be
        if (oneLine) {
            for (int k = 0; k < b.length; k++) {
                if (b[k] == '\n' || b[k] == '\r') {
                    b[k] = 0;
                }
            }
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
