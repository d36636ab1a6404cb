package io.liveblog.producer.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.producer.Fixtures;
import io.liveblog.producer.identify.UpdateFactory;
import io.liveblog.producer.text.LineReader;
import io.liveblog.producer.text.TextNormaliser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property-based tests of both parsers: generated blogs come back exactly, and random or mutated input never throws
 * and loses no line — every input line ends up in a post or in a reject.
 */
class ParserPropertiesTest {

    private static final Pattern RANGE = Pattern.compile(".*:(\\d+)-(\\d+)$");
    private static final Pattern LINE = Pattern.compile(".*:(\\d+)$");
    private static final List<String> ZONES = List.of("ET", "EST", "EDT", "GMT", "UTC", "BST", "CET", "CEST", "EET",
            "EEST", "MSK", "GST", "HKT", "JST", "AEDT", "PT", "CT", "IDT");
    private static final List<String> WORDS = List.of("rescuers", "said", "the", "ministry", "convoy", "Gaza",
            "Kharkiv", "at", "least", "12", "people", "were", "killed", "trucks", "entered", "officials", "dozens",
            "hospital", "on", "Saturday", "shelling", "border", "crossing", "aid", "fuel", "water", "displaced",
            "5,400", "“quoted”", "it’s", "Al-Ahli", "Ünïcode", "100-plus");

    // ---------------------------------------------------------------- CNN text: generated blogs read back exactly

    /** What a generated post must come back as. */
    record GenPost(LocalDateTime local, String zone, String headline, String byline, String caption, String credit,
                   List<String> paragraphs) {
        String render() {
            StringBuilder sb = new StringBuilder();
            int hour12 = local.getHour() % 12 == 0 ? 12 : local.getHour() % 12;
            sb.append(hour12).append(':').append(String.format("%02d", local.getMinute()))
                    .append(local.getHour() < 12 ? " a.m. " : " p.m. ").append(zone).append(", ")
                    .append(local.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ')
                    .append(local.getDayOfMonth()).append(", ").append(local.getYear()).append("\n\n");
            if (!headline.isEmpty()) {
                sb.append(headline).append("\n\n");
            }
            if (byline != null) {
                sb.append("From ").append(byline).append("\n\n");
            }
            if (caption != null) {
                sb.append(caption).append('\n').append(caption).append(' ').append(credit).append("\n\n");
            }
            for (String p : paragraphs) {
                sb.append(p).append("\n\n");
            }
            return sb.toString();
        }

        Instant expectedInstant() {
            return local.atZone(ZoneAbbreviations.standard().lookup(zone).orElseThrow().zone()).toInstant();
        }
    }

    @Provide
    Arbitrary<String> sentence() {
        return Arbitraries.of(WORDS).list().ofMinSize(3).ofMaxSize(25)
                .map(words -> capitalise(String.join(" ", words)) + ".");
    }

    @Provide
    Arbitrary<String> headline() {
        return Arbitraries.of(WORDS).list().ofMinSize(2).ofMaxSize(14).map(w -> capitalise(String.join(" ", w)));
    }

    @Provide
    Arbitrary<GenPost> post() {
        Arbitrary<LocalDateTime> local = Combinators.combine(
                Arbitraries.integers().between(0, 3 * 365),
                Arbitraries.integers().between(4, 23),   // 00:00-03:59 skipped: DST changes happen there
                Arbitraries.integers().between(0, 59))
                .as((d, h, m) -> LocalDateTime.of(LocalDate.of(2022, 1, 1).plusDays(d), LocalTime.of(h, m)));
        Arbitrary<String> byline = Arbitraries.of("CNN’s Ana Pereira", "Tom Whitfield in Kyiv",
                "CNN's Leyla Demir and Sam Cole").injectNull(0.4);
        Arbitrary<String> caption = sentence().injectNull(0.6);
        Arbitrary<String> credit = Arbitraries.of("(Mert Aydin/Reuters)", "Ozan Kose/AFP/Getty Images", "(CNN)");
        return Builders.withBuilder(() -> new Object[7])
                .use(local).in((a, v) -> { a[0] = v; return a; })
                .use(Arbitraries.of(ZONES)).in((a, v) -> { a[1] = v; return a; })
                .use(Arbitraries.oneOf(headline(), Arbitraries.just(""))).in((a, v) -> { a[2] = v; return a; })
                .use(byline).in((a, v) -> { a[3] = v; return a; })
                .use(caption).in((a, v) -> { a[4] = v; return a; })
                .use(credit).in((a, v) -> { a[5] = v; return a; })
                .use(sentence().list().ofMinSize(1).ofMaxSize(5)).in((a, v) -> { a[6] = v; return a; })
                .build(a -> new GenPost((LocalDateTime) a[0], (String) a[1], (String) a[2], (String) a[3],
                        (String) a[4], (String) a[5], castList(a[6])));
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object o) {
        return (List<String>) o;
    }

    @Property(tries = 300)
    void generatedBlogsAreReadBackExactly(@ForAll("blog") List<GenPost> posts) {
        String text = header(posts.size()) + posts.stream().map(GenPost::render).collect(Collectors.joining());

        ParseResult result = new CnnTextParser().parse("gen.txt", text.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(), result.rejected(), text);
        assertEquals(posts.size(), result.posts().size());
        for (int i = 0; i < posts.size(); i++) {
            GenPost expected = posts.get(i);
            ParsedPost actual = result.posts().get(i);
            assertEquals(expected.expectedInstant(), actual.published());
            assertEquals(expected.headline(), actual.headline());
            assertEquals(expected.byline(), actual.byline());
            assertEquals(String.join("\n\n", expected.paragraphs()), actual.body());
            assertEquals("cnn-generated-blog-2024-05-01", actual.blogId());
        }
        // reading again gives the same ids and hashes
        ParseResult again = new CnnTextParser().parse("gen.txt", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(result.posts().stream().map(UpdateFactory::toUpdate).collect(Collectors.toList()),
                again.posts().stream().map(UpdateFactory::toUpdate).collect(Collectors.toList()));
    }

    @Provide
    Arbitrary<List<GenPost>> blog() {
        return post().list().ofMinSize(1).ofMaxSize(8);
    }

    private static String header(int posts) {
        return "Generated blog title\n\nMay 1, 2024 Generated blog\n\nBy A and B, CNN\n\n"
                + "Updated 1200 GMT (2000 HKT) May 1, 2024\n" + posts + " Posts\nSort byDropdown arrow\n";
    }

    // ---------------------------------------------------------------- CNN text: random and mutated input

    @Provide
    Arbitrary<byte[]> mutatedBlog() {
        Arbitrary<byte[]> base = Arbitraries.oneOf(
                Arbitraries.just(Fixtures.bytes("cnn-quake-winter.txt")),
                Arbitraries.just(Fixtures.bytes("cnn-summer-zones.txt")),
                blog().map(posts -> (header(posts.size()) + posts.stream().map(GenPost::render)
                        .collect(Collectors.joining())).getBytes(StandardCharsets.UTF_8)));
        return Combinators.combine(base, mutation().list().ofMinSize(1).ofMaxSize(6))
                .as((bytes, mutations) -> {
                    byte[] out = bytes;
                    for (Mutation m : mutations) {
                        out = m.apply(out);
                    }
                    return out;
                });
    }

    @Property(tries = 400)
    void cnnTextNeverThrowsAndLosesNoLine(@ForAll("mutatedBlog") byte[] input) {
        ParseResult result = new CnnTextParser().parse("m.txt", input);
        assertEveryLineFromFirstPostCovered(input, result);
    }

    @Property(tries = 300)
    void cnnTextSurvivesArbitraryBytes(@ForAll("noise") byte[] input) {
        ParseResult result = new CnnTextParser().parse("n.txt", input);
        assertEveryLineFromFirstPostCovered(input, result);
    }

    private static void assertEveryLineFromFirstPostCovered(byte[] input, ParseResult result) {
        if (input.length >= 2 && LineReader.startsWithUtf16Bom(input)) {
            assertEquals(1, result.rejected().size());
            return;
        }
        List<String> lines = decodedLines(input);
        int first = -1;
        for (int i = 0; i < lines.size() && first < 0; i++) {
            if (lines.get(i) != null && TimeLineParser.looksLikeTimeLine(lines.get(i))) {
                first = i;
            }
        }
        if (first < 0) {
            assertEquals(0, result.posts().size());
            boolean allBlank = lines.stream().allMatch(l -> l != null && l.isEmpty());
            assertEquals(allBlank ? 0 : 1, result.rejected().size());
            return;
        }
        Map<Integer, Integer> cover = new HashMap<>();
        List<String> origins = new ArrayList<>();
        result.posts().forEach(p -> origins.add(p.origin()));
        result.rejected().forEach(r -> origins.add(r.origin()));
        for (String origin : origins) {
            Matcher m = RANGE.matcher(origin);
            assertTrue(m.matches(), origin);
            for (int n = Integer.parseInt(m.group(1)); n <= Integer.parseInt(m.group(2)); n++) {
                cover.merge(n, 1, Integer::sum);
            }
        }
        for (int i = first; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean blank = line != null && line.isEmpty();
            int times = cover.getOrDefault(i + 1, 0);
            if (!blank) {
                assertEquals(1, times, "line " + (i + 1) + " '" + line + "' covered " + times + " times");
            }
        }
        cover.values().forEach(times -> assertEquals(1, times, "overlapping origins " + origins));
    }

    /** Lines as the parser sees them: cleaned text, or null for a line that is not UTF-8. */
    private static List<String> decodedLines(byte[] input) {
        List<String> lines = new ArrayList<>();
        for (byte[] line : rawLines(input)) {
            try {
                lines.add(TextNormaliser.cleanLine(LineReader.decodeUtf8(line)));
            } catch (CharacterCodingException e) {
                lines.add(null);
            }
        }
        return lines;
    }

    // ---------------------------------------------------------------- JSON Lines

    @Provide
    Arbitrary<String> jsonLine() {
        Arbitrary<String> good = Combinators.combine(sentence(), headline(),
                        Arbitraries.integers().between(0, 1000))
                .as((body, head, n) -> "{\"id\":\"p-" + n + "\",\"published\":\"2023-12-02T12:" + String.format(
                        "%02d", n % 60) + ":00Z\",\"headline\":\"" + head + "\",\"body\":\"" + body + "\"}");
        Arbitrary<String> brokenJson = good.map(s -> s.substring(0, s.length() / 2));
        Arbitrary<String> wrongTypes = Arbitraries.of("{\"published\":5,\"body\":\"x\"}", "[]", "null", "42",
                "{\"published\":\"2023-12-02T12:00:00Z\",\"body\":[\"x\"]}", "{\"published\":\"\",\"body\":\"x\"}",
                "{}", "{\"published\":\"2023-13-45T99:00:00Z\",\"body\":\"x\"}");
        Arbitrary<String> blank = Arbitraries.of("", "   ", "\t", "\r");
        Arbitrary<String> junk = Arbitraries.strings().ofMaxLength(60);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, good), net.jqwik.api.Tuple.of(2, brokenJson),
                net.jqwik.api.Tuple.of(2, wrongTypes), net.jqwik.api.Tuple.of(1, blank),
                net.jqwik.api.Tuple.of(2, junk));
    }

    @Property(tries = 400)
    void jsonLinesNeverThrowsAndAccountsForEveryLine(@ForAll("jsonFile") byte[] input) {
        ParseResult result = new JsonLinesParser().parse("p.jsonl", input);
        assertEveryJsonLineAccountedFor(input, result);
    }

    @Property(tries = 300)
    void jsonLinesSurvivesArbitraryBytes(@ForAll("noise") byte[] input) {
        ParseResult result = new JsonLinesParser().parse("n.jsonl", input);
        assertEveryJsonLineAccountedFor(input, result);
    }

    @Provide
    Arbitrary<byte[]> jsonFile() {
        Arbitrary<byte[]> clean = jsonLine().list().ofMaxSize(20).map(lines -> String.join("\n", lines)
                .getBytes(StandardCharsets.UTF_8));
        return Combinators.combine(clean, mutation().list().ofMaxSize(3)).as((bytes, mutations) -> {
            byte[] out = bytes;
            for (Mutation m : mutations) {
                out = m.apply(out);
            }
            return out;
        });
    }

    private static void assertEveryJsonLineAccountedFor(byte[] input, ParseResult result) {
        if (LineReader.startsWithUtf16Bom(input)) {
            assertEquals(1, result.rejected().size());
            return;
        }
        List<byte[]> lines = rawLines(input);
        Map<Integer, Integer> seen = new HashMap<>();
        result.posts().forEach(p -> seen.merge(lineOf(p.origin()), 1, Integer::sum));
        result.rejected().forEach(r -> seen.merge(lineOf(r.origin()), 1, Integer::sum));
        for (int i = 0; i < lines.size(); i++) {
            // the documented meaning of "blank line": spaces, tabs and a carriage return only
            boolean blank = true;
            for (byte b : lines.get(i)) {
                blank &= b == ' ' || b == '\t' || b == '\r';
            }
            int times = seen.getOrDefault(i + 1, 0);
            assertEquals(blank ? 0 : 1, times, "line " + (i + 1) + " " + Arrays.toString(lines.get(i)));
        }
        assertTrue(seen.keySet().stream().allMatch(n -> n >= 1 && n <= lines.size()), seen.toString());
    }

    /** Lines as bytes, split at newlines, without a leading UTF-8 byte-order mark; no empty line after a final newline. */
    private static List<byte[]> rawLines(byte[] input) {
        int from = input.length >= 3 && (input[0] & 0xFF) == 0xEF && (input[1] & 0xFF) == 0xBB
                && (input[2] & 0xFF) == 0xBF ? 3 : 0;
        List<byte[]> lines = new ArrayList<>();
        int start = from;
        for (int i = from; i <= input.length; i++) {
            if (i == input.length || input[i] == '\n') {
                if (i == input.length && start == input.length) {
                    break;
                }
                lines.add(Arrays.copyOfRange(input, start, i));
                start = i + 1;
            }
        }
        return lines;
    }

    private static int lineOf(String origin) {
        Matcher m = LINE.matcher(origin);
        assertTrue(m.matches(), origin);
        return Integer.parseInt(m.group(1));
    }

    // ---------------------------------------------------------------- shared generators

    @Provide
    Arbitrary<byte[]> noise() {
        Arbitrary<Byte> interesting = Arbitraries.of((byte) '\n', (byte) '\r', (byte) ' ', (byte) '{', (byte) '"',
                (byte) 0xC3, (byte) 0xE2, (byte) 0x80, (byte) 0xFF, (byte) 0xFE, (byte) 0xEF, (byte) 0xBB,
                (byte) 0xBF, (byte) '1', (byte) ':', (byte) 'p', (byte) '.', (byte) 'm');
        return Arbitraries.oneOf(interesting, Arbitraries.bytes()).array(byte[].class).ofMaxSize(300);
    }

    /** One random edit of a byte array. */
    interface Mutation {
        byte[] apply(byte[] in);
    }

    @Provide
    Arbitrary<Mutation> mutation() {
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        return Arbitraries.oneOf(
                where.map(f -> in -> Arrays.copyOf(in, (int) (in.length * f))),                  // truncate
                where.map(f -> in -> insert(in, (int) (in.length * f), new byte[] {(byte) 0xC3, '('})),
                where.map(f -> in -> insert(in, (int) (in.length * f), "\n".getBytes(StandardCharsets.UTF_8))),
                where.map(f -> in -> insert(in, (int) (in.length * f),
                        "\n7:45 p.m. ZZZ, May 1, 2024\n".getBytes(StandardCharsets.UTF_8))),
                where.map(f -> in -> insert(in, (int) (in.length * f),
                        "\n9 a.m. ET, Feb 30, 2023\n".getBytes(StandardCharsets.UTF_8))),
                where.map(f -> in -> deleteLine(in, f)),
                where.map(f -> in -> duplicateLine(in, f)),
                where.map(f -> in -> in.length == 0 ? in : set(in, (int) ((in.length - 1) * f), (byte) 'X')));
    }

    private static byte[] insert(byte[] in, int at, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(in, 0, at);
        out.writeBytes(what);
        out.write(in, at, in.length - at);
        return out.toByteArray();
    }

    private static byte[] set(byte[] in, int at, byte value) {
        byte[] copy = in.clone();
        copy[at] = value;
        return copy;
    }

    private static byte[] deleteLine(byte[] in, double f) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(in, StandardCharsets.ISO_8859_1).split("\n",
                -1)));
        if (lines.size() > 1) {
            lines.remove((int) ((lines.size() - 1) * f));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] duplicateLine(byte[] in, double f) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(in, StandardCharsets.ISO_8859_1).split("\n",
                -1)));
        int i = (int) ((lines.size() - 1) * f);
        lines.add(i, lines.get(i));
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
