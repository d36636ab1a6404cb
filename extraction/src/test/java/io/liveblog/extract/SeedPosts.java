package io.liveblog.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the team's seed live blog ({@code ../shared/seeds}) into posts at test time, so tests can run the extractor
 * over real text without copying it into the project. A minimal reader of the CNN text layout: a time line opens a
 * post, the next line is the headline, a "From ..." line the byline, then the body; photo captions (a line repeated
 * with its credit) are dropped.
 */
final class SeedPosts {

    static final Path SEED = Path.of("..", "..", "shared", "seeds", "cnn-liveblog-2023-12-02.txt");

    private static final Pattern TIME_LINE = Pattern.compile(
            "^(\\d{1,2}):(\\d{2}) ([ap])\\.m\\. ET, December 2, 2023$");

    private SeedPosts() {
    }

    static Path locate() {
        Path p = SEED;
        if (!Files.exists(p)) {
            p = Path.of("/work/shared/seeds/cnn-liveblog-2023-12-02.txt");
        }
        return p;
    }

    static boolean available() {
        return Files.isReadable(locate());
    }

    static List<PostText> read() throws IOException {
        List<String> lines = Files.readAllLines(locate(), StandardCharsets.UTF_8);
        List<PostText> posts = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher m = TIME_LINE.matcher(lines.get(i).trim());
            if (!m.matches()) {
                i++;
                continue;
            }
            int hour = Integer.parseInt(m.group(1)) % 12 + (m.group(3).equals("p") ? 12 : 0);
            // ET is UTC-5 in December
            Instant published = Instant.parse(String.format("2023-12-02T%02d:%s:00Z", hour + 5, m.group(2)));
            i++;
            while (i < lines.size() && lines.get(i).isBlank()) {
                i++;
            }
            String headline = lines.get(i++).trim();
            List<String> paragraphs = new ArrayList<>();
            String byline = null;
            String previous = null;
            while (i < lines.size() && !TIME_LINE.matcher(lines.get(i).trim()).matches()) {
                String line = lines.get(i++).trim();
                if (line.isEmpty()) {
                    continue;
                }
                if (byline == null && (line.startsWith("From ") || line.startsWith("Analysis by "))) {
                    byline = line;
                    continue;
                }
                if (previous != null && line.startsWith(previous) && line.length() > previous.length()) {
                    // "caption" then "caption (credit)": both are photo furniture
                    paragraphs.remove(paragraphs.size() - 1);
                    previous = null;
                    continue;
                }
                paragraphs.add(line);
                previous = line;
            }
            posts.add(new PostText("seed-" + posts.size(), published, headline, byline,
                    String.join("\n\n", paragraphs)));
        }
        return posts;
    }
}
