package io.liveblog.cli;

import io.liveblog.cli.feed.FeedServer;
import io.liveblog.cli.feed.GrowingFeed;
import io.liveblog.producer.parse.ParseResult;
import io.liveblog.producer.parse.ParsedPost;
import io.liveblog.producer.read.FileSource;
import io.liveblog.producer.read.InputFileException;
import io.liveblog.producer.read.InputFiles;
import io.liveblog.producer.watch.WatchOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code liveblog serve-feed}: a finished live blog served as a live RSS feed that grows over time, for
 * {@code produce --watch} to follow (the compose stack's default feed, demos, tests) without a live source.
 */
@Command(name = "serve-feed", mixinStandardHelpOptions = true,
        description = {"Serve the posts of input files (one live blog) as a live RSS feed at "
                + "http://HOST:PORT/feed.xml: the first posts at once, then one more post version every "
                + "--reveal-every, in the order they were written, so `liveblog produce --watch` sees the blog "
                + "grow. Conditional GETs of an unchanged feed are answered 304. Runs until Ctrl-C."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:failed", "2:unusable input or options"})
final class ServeFeedCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "PATH", required = true,
            description = "Input file of one live blog (repeatable; formats as for produce).")
    List<Path> inputs = List.of();

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Address to bind (default ${DEFAULT-VALUE}: this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "8090", paramLabel = "PORT",
            description = "Port (default ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--reveal-every", defaultValue = "30s", paramLabel = "DURATION",
            description = "Time between two reveals (e.g. 10s, 2m; default ${DEFAULT-VALUE}).")
    String revealEvery;

    @Option(names = "--initial", defaultValue = "1", paramLabel = "N",
            description = "Post versions shown from the start (default ${DEFAULT-VALUE}).")
    int initial;

    @Override
    public Integer call() throws InterruptedException {
        Duration every = duration();
        if (initial < 1) {
            throw new UsageException("--initial must be at least 1, got " + initial);
        }
        List<ParsedPost> posts = read(inputs);
        TreeSet<String> blogs = new TreeSet<>();
        posts.forEach(p -> blogs.add(p.blogId()));
        if (blogs.size() > 1) {
            throw new UsageException("a feed is one live blog, and the inputs hold " + blogs.size() + ": " + blogs
                    + " (serve each on its own port, or give them one id with --blog-id when producing)");
        }
        String blog = blogs.first();
        try (GracefulShutdown shutdown = new GracefulShutdown("liveblog-serve-feed-stop")) {
            InetSocketAddress address = new InetSocketAddress(host, port);
            String base = "http://" + host + ":" + port;
            GrowingFeed feed = GrowingFeed.of(blog + ": live", posts, base + "/live/" + blog, initial, every,
                    Clock.systemUTC());
            try (FeedServer server = new FeedServer(address, feed)) {
                System.out.printf("Serving %s (%d post versions) at http://%s:%d%s: %d shown now, one more every "
                        + "%s. Ctrl-C to stop.%n", blog, feed.size(), host, server.address().getPort(),
                        FeedServer.FEED_PATH, Math.min(initial, feed.size()), revealEvery);
                System.out.flush();
                shutdown.awaitStop();
            } catch (IOException e) {
                throw new UsageException("cannot serve the feed on " + host + ":" + port + ": " + e.getMessage());
            }
        }
        return ExitCodes.OK;
    }

    private Duration duration() {
        try {
            Duration d = WatchOptions.parseDuration(revealEvery);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("must be positive");
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new UsageException("--reveal-every " + revealEvery + ": " + e.getMessage());
        }
    }

    /** @return the posts of the inputs; rejected records are reported and left out */
    static List<ParsedPost> read(List<Path> inputs) {
        FileSource source = new FileSource(InputFiles.standard(), Clock.systemUTC());
        List<ParsedPost> posts = new ArrayList<>();
        for (Path file : inputs) {
            ParseResult r;
            try {
                r = source.parse(file);
            } catch (InputFileException e) {
                throw new UsageException(e.getMessage());
            }
            r.rejected().forEach(x -> System.err.printf("left out of the feed: %s: %s%n", x.origin(), x.reason()));
            posts.addAll(r.posts());
        }
        if (posts.isEmpty()) {
            throw new UsageException("no posts in " + inputs + " to serve");
        }
        return posts;
    }
}
