package io.liveblog.producer.watch;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The watcher's memory across restarts: per watched URL, the conditional-GET validators ({@code ETag},
 * {@code Last-Modified}), the content hash last published for every post id, and fingerprints of the current
 * rejections. Kept in one small JSON file.
 *
 * <h2>Location</h2>
 * Given by the user, else {@link #defaultFile}: {@code $XDG_STATE_HOME/liveblog/watch-state.json}, else
 * {@code ~/.local/state/liveblog/watch-state.json} (on Windows {@code %LOCALAPPDATA%\liveblog\watch-state.json}).
 * Never the working directory, so a watcher started from another directory does not forget what it published.
 *
 * <h2>Safety</h2>
 * <ul>
 *   <li>The watcher records a poll only after the sink's {@code flush()} succeeded, so what is in the file was
 *       acknowledged by Kafka. Before its first send, a poll writes what it is about to publish ("pending", with the
 *       topic's end offsets); a watcher killed before the poll's own save reads the topic back from there on restart
 *       and publishes only what did not arrive, so every version is on the topic once.</li>
 *   <li>Writes are atomic: the new content goes to a temporary file in the same directory, is forced to disk and
 *       moved over the old file, so a crash leaves either the old or the new state, never half a file.</li>
 *   <li>A lock file ({@code <name>.lock}) keeps two watchers from sharing one state file.</li>
 *   <li>An unreadable file is moved aside ({@code <name>.corrupt-<millis>}) with a warning and the watcher starts
 *       afresh: posts are then published once more rather than never again. A file written by a newer version is
 *       refused, not overwritten.</li>
 * </ul>
 */
public final class WatchState implements AutoCloseable {

    /** Format version written to the file. */
    public static final int VERSION = 1;
    /** File name used in the default directory. */
    public static final String DEFAULT_FILE_NAME = "watch-state.json";

    private static final Logger LOG = LoggerFactory.getLogger(WatchState.class);
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Map<String, SourceState> sources;

    private WatchState(Path file, FileChannel lockChannel, FileLock lock, Map<String, SourceState> sources) {
        this.file = file;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.sources = sources;
    }

    /**
     * The default state file.
     *
     * @param env environment variables ({@code System.getenv()})
     * @param userHome the user's home directory ({@code System.getProperty("user.home")})
     * @return {@code $XDG_STATE_HOME/liveblog/watch-state.json} when that variable is an absolute path, else
     *         {@code %LOCALAPPDATA%\liveblog\watch-state.json} when that is set, else
     *         {@code ~/.local/state/liveblog/watch-state.json}
     */
    public static Path defaultFile(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "liveblog", DEFAULT_FILE_NAME);
        }
        String localAppData = env.get("LOCALAPPDATA");
        if (localAppData != null && !localAppData.isBlank() && Path.of(localAppData).isAbsolute()) {
            return Path.of(localAppData, "liveblog", DEFAULT_FILE_NAME);
        }
        Objects.requireNonNull(userHome, "userHome");
        return Path.of(userHome, ".local", "state", "liveblog", DEFAULT_FILE_NAME);
    }

    /**
     * Opens (creating directories as needed) and locks a state file.
     *
     * @param file the state file; need not exist
     * @return the loaded state
     * @throws WatchStateException when the file is locked by another watcher, was written by a newer version, or
     *                             the directory cannot be created
     */
    public static WatchState open(Path file) {
        Path absolute = file.toAbsolutePath();
        Path lockFile = absolute.resolveSibling(absolute.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(absolute.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                throw new WatchStateException("watch state file " + absolute + " is in use by another liveblog"
                        + " watcher (lock " + lockFile + "); give each watcher its own state file", null);
            }
            return new WatchState(absolute, channel, lock, load(absolute));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new WatchStateException("cannot open watch state file " + absolute + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** @return the file this state lives in */
    public Path file() {
        return file;
    }

    /** @return what is known about a URL, empty when it was never polled */
    public synchronized SourceState source(String url) {
        return sources.getOrDefault(url, SourceState.empty());
    }

    /**
     * Replaces what is known about a URL (in memory; call {@link #save()} to persist).
     *
     * @param url the watched URL
     * @param state its new state
     */
    public synchronized void put(String url, SourceState state) {
        sources.put(url, Objects.requireNonNull(state, "state"));
    }

    /**
     * Writes the state atomically.
     *
     * @throws IOException when it cannot be written; the previous file is then left as it was
     */
    public synchronized void save() throws IOException {
        byte[] json = MAPPER.writeValueAsBytes(toJson());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(json);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Releases the lock. */
    @Override
    public synchronized void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            LOG.warn("Could not release the lock of {}: {}", file, e.getMessage());
        } finally {
            closeQuietly(lockChannel);
        }
    }

    private ObjectNode toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        ObjectNode all = root.putObject("sources");
        for (Map.Entry<String, SourceState> entry : sources.entrySet()) {
            SourceState s = entry.getValue();
            ObjectNode node = all.putObject(entry.getKey());
            node.put("etag", s.etag());
            node.put("lastModified", s.lastModified());
            node.put("lastFetched", s.lastFetched() == null ? null : s.lastFetched().toString());
            ObjectNode posts = node.putObject("posts");
            for (Map.Entry<String, SourceState.KnownPost> post : s.posts().entrySet()) {
                ObjectNode p = posts.putObject(post.getKey());
                p.put("hash", post.getValue().contentHash());
                p.put("published", post.getValue().published().toString());
            }
            ArrayNode rejections = node.putArray("rejections");
            s.rejections().forEach(rejections::add);
            if (s.pending() != null) {
                ObjectNode pending = node.putObject("pending");
                ObjectNode from = pending.putObject("from");
                s.pending().from().forEach((partition, offset) -> from.put(partition.toString(), offset));
                ObjectNode versions = pending.putObject("versions");
                s.pending().versions().forEach((id, v) -> versions.putObject(id).put("hash", v.contentHash())
                        .put("published", v.published().toString()));
                ArrayNode deletions = pending.putArray("deletions");
                s.pending().deletions().forEach(deletions::add);
            }
        }
        return root;
    }

    private static Map<String, SourceState> load(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException first) {
            LOG.info("No watch state at {} yet; every post found will be published", file);
            return new LinkedHashMap<>();
        }
        try {
            return fromJson(MAPPER.readTree(bytes), file);
        } catch (JacksonException | IllegalArgumentException | DateTimeException corrupt) {
            Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + System.currentTimeMillis());
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            LOG.warn("Watch state {} is unreadable ({}); moved it to {} and starting afresh: posts already published"
                    + " will be published once more, and the stream's deduplication drops the repeats",
                    file, corrupt.getMessage(), aside);
            return new LinkedHashMap<>();
        }
    }

    private static Map<String, SourceState> fromJson(JsonNode root, Path file) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        int version = root.path("version").asInt(-1);
        if (version > VERSION) {
            throw new WatchStateException("watch state " + file + " was written by a newer version (format "
                    + version + ", this one reads " + VERSION + "); use that version or another state file", null);
        }
        if (version != VERSION) {
            throw new IllegalArgumentException("unknown format version " + version);
        }
        Map<String, SourceState> out = new LinkedHashMap<>();
        JsonNode all = root.path("sources");
        for (Map.Entry<String, JsonNode> entry : all.properties()) {
            JsonNode node = entry.getValue();
            Map<String, SourceState.KnownPost> posts = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> post : node.path("posts").properties()) {
                posts.put(post.getKey(), new SourceState.KnownPost(requiredText(post.getValue(), "hash"),
                        Instant.parse(requiredText(post.getValue(), "published"))));
            }
            Set<String> rejections = new LinkedHashSet<>();
            node.path("rejections").forEach(r -> rejections.add(r.asText()));
            String lastFetched = optionalText(node, "lastFetched");
            out.put(entry.getKey(), new SourceState(optionalText(node, "etag"), optionalText(node, "lastModified"),
                    lastFetched == null ? null : Instant.parse(lastFetched), posts, rejections,
                    pending(node.get("pending"))));
        }
        return out;
    }

    /** @return the pending publications of a source ({@link SourceState.Pending}), or null when none */
    private static SourceState.Pending pending(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        Map<Integer, Long> from = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.path("from").properties()) {
            if (!e.getValue().canConvertToLong()) {
                throw new IllegalArgumentException("pending offset of partition " + e.getKey() + " is not a number");
            }
            from.put(Integer.parseInt(e.getKey()), e.getValue().asLong());
        }
        Map<String, SourceState.KnownPost> versions = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> v : node.path("versions").properties()) {
            versions.put(v.getKey(), new SourceState.KnownPost(requiredText(v.getValue(), "hash"),
                    Instant.parse(requiredText(v.getValue(), "published"))));
        }
        Set<String> deletions = new LinkedHashSet<>();
        node.path("deletions").forEach(d -> deletions.add(d.asText()));
        return new SourceState.Pending(from, versions, deletions);
    }

    private static String requiredText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("missing \"" + field + "\"");
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was written through the lock channel
            }
        }
    }
}
