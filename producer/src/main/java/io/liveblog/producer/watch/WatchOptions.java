package io.liveblog.producer.watch;

import io.liveblog.producer.feed.FeedFormat;
import io.liveblog.producer.feed.FeedParsers;
import io.liveblog.producer.feed.ParserLimits;
import io.liveblog.producer.html.HtmlPageParser;
import io.liveblog.producer.html.SitePresets;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything {@code ./liveblog produce --watch URL} is configured with.
 *
 * @param url the page, feed or API URL to poll (http or https)
 * @param interval time between polls when all is well ({@code --interval}, at least {@link #MIN_INTERVAL})
 * @param deletions publish a deletion when a known post disappears ({@code --deletions})
 * @param stateFile where what was published is remembered ({@link WatchState#defaultFile} unless given)
 * @param format format to parse every response as, or null to detect it per response
 * @param preset HTML preset to use, or null to choose per page
 * @param presetFiles user preset files, tried before the bundled presets
 * @param limits size limits: the largest response read ({@link ParserLimits#maxDocumentBytes()}) and the largest
 *               post ({@link ParserLimits#maxPostChars()})
 * @param requestTimeout limit for connecting and for the whole response
 * @param retry backoff after failures
 * @param userAgent the User-Agent sent with every request
 */
public record WatchOptions(URI url, Duration interval, boolean deletions, Path stateFile, FeedFormat format,
                           String preset, List<Path> presetFiles, ParserLimits limits, Duration requestTimeout,
                           RetryPolicy retry, String userAgent) {

    /** Shortest interval accepted: polling faster burdens the publisher and gains nothing for a live blog. */
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(5);
    /** Interval used unless one is given. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);
    /** Request timeout used unless one is given. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** User-Agent used unless one is given. */
    public static final String DEFAULT_USER_AGENT = "liveblog-pipeline-watcher/1 (polite polling; conditional GET)";

    private static final Pattern SIMPLE_DURATION = Pattern.compile("(?i)^(\\d+)\\s*(ms|s|m|h)?$");

    public WatchOptions {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException("--watch needs an http or https URL, got " + url);
        }
        Objects.requireNonNull(interval, "interval");
        if (interval.compareTo(MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("--interval must be at least " + MIN_INTERVAL.toSeconds()
                    + "s, got " + interval.toMillis() + "ms");
        }
        Objects.requireNonNull(stateFile, "stateFile");
        presetFiles = presetFiles == null ? List.of() : List.copyOf(presetFiles);
        limits = limits == null ? ParserLimits.defaults() : limits;
        requestTimeout = requestTimeout == null ? DEFAULT_REQUEST_TIMEOUT : requestTimeout;
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("request timeout must be positive, got " + requestTimeout);
        }
        retry = retry == null ? RetryPolicy.defaults() : retry;
        userAgent = userAgent == null || userAgent.isBlank() ? DEFAULT_USER_AGENT : userAgent;
    }

    /**
     * Options with every default: 60 s interval, no deletions, the default state file, format detection, bundled
     * presets, default limits, 30 s timeout, default retry policy.
     *
     * @param url the URL to watch
     */
    public static WatchOptions of(URI url) {
        return new WatchOptions(url, DEFAULT_INTERVAL, false, defaultStateFile(), null, null, List.of(), null, null,
                null, null);
    }

    /** @return a copy with another interval */
    public WatchOptions withInterval(Duration newInterval) {
        return new WatchOptions(url, newInterval, deletions, stateFile, format, preset, presetFiles, limits,
                requestTimeout, retry, userAgent);
    }

    /** @return a copy with deletions switched on or off */
    public WatchOptions withDeletions(boolean publishDeletions) {
        return new WatchOptions(url, interval, publishDeletions, stateFile, format, preset, presetFiles, limits,
                requestTimeout, retry, userAgent);
    }

    /** @return a copy with another state file */
    public WatchOptions withStateFile(Path file) {
        return new WatchOptions(url, interval, deletions, file, format, preset, presetFiles, limits, requestTimeout,
                retry, userAgent);
    }

    /** @return a copy that parses every response as this format (null: detect) */
    public WatchOptions withFormat(FeedFormat forced) {
        return new WatchOptions(url, interval, deletions, stateFile, forced, preset, presetFiles, limits,
                requestTimeout, retry, userAgent);
    }

    /** @return a copy with an HTML preset name (null: choose per page) and user preset files */
    public WatchOptions withPresets(String presetName, List<Path> files) {
        return new WatchOptions(url, interval, deletions, stateFile, format, presetName, files, limits,
                requestTimeout, retry, userAgent);
    }

    /** @return a copy with other size limits */
    public WatchOptions withLimits(ParserLimits newLimits) {
        return new WatchOptions(url, interval, deletions, stateFile, format, preset, presetFiles, newLimits,
                requestTimeout, retry, userAgent);
    }

    /** @return a copy with another request timeout and retry policy */
    public WatchOptions withNetwork(Duration timeout, RetryPolicy policy) {
        return new WatchOptions(url, interval, deletions, stateFile, format, preset, presetFiles, limits, timeout,
                policy, userAgent);
    }

    /**
     * Builds the parsers these options describe.
     *
     * @throws io.liveblog.producer.html.PresetFileException when a preset file is unreadable or invalid
     * @throws IllegalArgumentException when the named preset does not exist
     */
    public FeedParsers parsers() {
        SitePresets presets = presetFiles.isEmpty() ? SitePresets.bundled() : SitePresets.bundledWith(presetFiles);
        return new FeedParsers(limits, new HtmlPageParser(presets, preset, limits));
    }

    /**
     * Reads a duration as users write it on the command line: {@code 90} (seconds), {@code 90s}, {@code 5m},
     * {@code 1h}, {@code 500ms}, or ISO 8601 ({@code PT1M30S}).
     *
     * @throws IllegalArgumentException when the text is none of these
     */
    public static Duration parseDuration(String text) {
        String trimmed = text == null ? "" : text.strip();
        Matcher m = SIMPLE_DURATION.matcher(trimmed);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            };
        }
        try {
            return Duration.parse(trimmed.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a duration: \"" + text + "\" (use e.g. 60s, 5m, 1h or PT90S)", e);
        }
    }

    /** @return the default state file for this machine's user (see {@link WatchState#defaultFile}) */
    public static Path defaultStateFile() {
        return WatchState.defaultFile(Map.copyOf(System.getenv()), System.getProperty("user.home"));
    }
}
