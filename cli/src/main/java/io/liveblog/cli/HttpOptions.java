package io.liveblog.cli;

import io.liveblog.alerts.AlertsConfig;
import io.liveblog.alerts.AlertsTopology;
import io.liveblog.dashboard.Dashboard;
import io.liveblog.dashboard.DashboardConfig;
import io.liveblog.geo.Gazetteer;
import io.liveblog.schema.Alert;
import io.liveblog.topics.Topic;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.streams.StreamsApp;
import java.io.IOException;
import picocli.CommandLine.Option;

/** Options of the dashboard served by the commands that run the streams app ({@code demo}, {@code streams}). */
final class HttpOptions {

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Port of the live dashboard and its JSON API (default 8080; 0 turns it off; "
                    + "liveblog.http.port / LIVEBLOG_HTTP_PORT).")
    Integer port;

    @Option(names = "--http-host", paramLabel = "HOST",
            description = "Address the dashboard binds (default 127.0.0.1: this machine only; "
                    + "liveblog.http.host / LIVEBLOG_HTTP_HOST).")
    String host;

    /** @return the alerts app's settings (its topic, its rules file): the config file, then the environment */
    static AlertsConfig alertsConfig(ClusterOptions cluster) {
        try {
            return AlertsConfig.load(cluster.fileProperties(), System.getenv());
        } catch (IllegalArgumentException e) {
            throw new UsageException("invalid configuration: " + e.getMessage());
        }
    }

    /** @return the alerts topic in the config's format (the alerts app writes it; the page lists its alerts) */
    static Topic<String, Alert> alertsTopic(AlertsConfig alerts, PipelineConfig config) {
        return config.inFormat(AlertsTopology.alertsTopic(alerts.topic()));
    }

    /** @return the dashboard's config: the config file, then the environment, then these options */
    DashboardConfig config(ClusterOptions cluster) {
        try {
            return DashboardConfig.load(cluster.fileProperties(), System.getenv()).with(host, port);
        } catch (IllegalArgumentException e) {
            throw new UsageException("invalid configuration: " + e.getMessage());
        }
    }

    /** @return this instance's {@code application.server} for the streams app, or null without a dashboard */
    static String applicationServer(DashboardConfig http) {
        return http.enabled() ? http.endpoint() : null;
    }

    /**
     * Serves the dashboard of an app (before or after it starts: until its stores are ready, answers say so).
     *
     * @param alerts the alerts topic the page lists alerts from (written by the alerts app)
     * @return the dashboard, or null when it is turned off
     */
    static Dashboard serve(DashboardConfig http, PipelineConfig config, StreamsApp app, Gazetteer gazetteer,
                           Topic<String, Alert> alerts) {
        if (!http.enabled()) {
            return null;
        }
        try {
            Dashboard d = Dashboard.start(config, app.streams(), gazetteer, http.host(), http.port(),
                    http.endpoint(), alerts);
            System.err.printf("Dashboard: %s (API under %sapi/)%n", d.uri(), d.uri());
            return d;
        } catch (IOException e) {
            throw new UsageException("cannot serve the dashboard on " + http.host() + ":" + http.port() + " ("
                    + e.getMessage() + "); choose another port with --http-port, or 0 to turn it off");
        }
    }
}
