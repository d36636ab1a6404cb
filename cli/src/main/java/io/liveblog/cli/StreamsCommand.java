package io.liveblog.cli;

import io.liveblog.alerts.AlertsConfig;
import io.liveblog.dashboard.Dashboard;
import io.liveblog.dashboard.DashboardConfig;
import io.liveblog.geo.Gazetteer;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.streams.StreamsApp;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code liveblog streams}: runs the streams app against a cluster until interrupted. */
@Command(name = "streams", mixinStandardHelpOptions = true,
        description = {"Run the streams app (dedup, extraction, aggregation) against a Kafka cluster until Ctrl-C.",
            "Reads liveblog.updates.v1, writes liveblog.claims.v1, liveblog.aggregates.v1 and dead letters to "
                    + "liveblog.updates.dlq.v1 (names configurable); serves the live dashboard and its JSON API "
                    + "(--http-port, default 8080)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped cleanly", "1:failed while running", "2:invalid options or configuration"})
final class StreamsCommand implements Callable<Integer> {

    @Mixin
    PipelineOptions pipeline = new PipelineOptions();

    @Mixin
    HttpOptions http = new HttpOptions();

    @Option(names = "--clean-up", description = "Wipe this application's local state before starting "
            + "(it is rebuilt from the changelog topics).")
    boolean cleanUp;

    @Override
    public Integer call() throws InterruptedException {
        PipelineConfig config = pipeline.cluster.config();
        if (config.bootstrapServers() == null) {
            throw new UsageException("streams needs a cluster: pass --bootstrap-servers HOST:PORT or set "
                    + "LIVEBLOG_BOOTSTRAP_SERVERS (use `liveblog demo` for an embedded broker)");
        }
        if (cleanUp) {
            config = config.withCleanUpOnStart(true);
        }
        DashboardConfig httpConfig = http.config(pipeline.cluster);
        AlertsConfig alertsConfig = HttpOptions.alertsConfig(pipeline.cluster);
        Gazetteer gazetteer = pipeline.places.gazetteer();
        try (GracefulShutdown shutdown = new GracefulShutdown("liveblog-shutdown");
             Cluster c = Cluster.open(config, false);
             StreamsApp app = new StreamsApp(c.config(), Extraction.extractor(gazetteer),
                     HttpOptions.applicationServer(httpConfig));
             Dashboard dashboard = HttpOptions.serve(httpConfig, c.config(), app, gazetteer,
                     HttpOptions.alertsTopic(alertsConfig, c.config()))) {
            app.start();
            shutdown.awaitStop();
        }
        return ExitCodes.OK;
    }
}
