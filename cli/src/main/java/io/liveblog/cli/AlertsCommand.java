package io.liveblog.cli;

import io.liveblog.alerts.AlertFollower;
import io.liveblog.alerts.AlertJson;
import io.liveblog.alerts.AlertRules;
import io.liveblog.alerts.AlertsApp;
import io.liveblog.alerts.AlertsConfig;
import io.liveblog.alerts.WebhookDelivery;
import io.liveblog.cli.kafka.TopicAdmin;
import io.liveblog.schema.Alert;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.topics.Topic;
import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code liveblog alerts}: the alerts app, and alerts printed or POSTed to a webhook as they are raised. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = {"Run the alerts app against a cluster: rules (--rules, or the bundled ones) over "
                + "liveblog.aggregates.v1 raise each alert once onto liveblog.alerts.v1. With --follow, print "
                + "alerts as they come (those raised before first); with --webhook, POST each as JSON, retrying "
                + "with backoff, resuming after the last one delivered when restarted. Runs until Ctrl-C."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:failed", "2:invalid options, rules or configuration"})
final class AlertsCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Option(names = "--rules", paramLabel = "FILE", description = "Alert rules (JSON; see README). Default: "
            + "liveblog.alerts.rules / LIVEBLOG_ALERTS_RULES, else the bundled rules.")
    Path rules;

    @Option(names = "--follow", description = "Print alerts as they come.")
    boolean follow;

    @Option(names = "--json", description = "With --follow: one JSON object per line instead of text.")
    boolean json;

    @Option(names = "--webhook", paramLabel = "URL", description = "POST each alert as JSON to this URL "
            + "(Idempotency-Key: the alert id), retrying with backoff until it is taken.")
    URI webhook;

    @Option(names = "--no-app", description = "Only print or deliver; the alerts app runs elsewhere.")
    boolean noApp;

    @Option(names = "--max-alerts", defaultValue = "0", paramLabel = "N",
            description = "With --follow or --webhook: stop after N alerts (0: run until Ctrl-C).")
    int maxAlerts;

    @Override
    public Integer call() throws InterruptedException {
        PipelineConfig config = cluster.config();
        if (config.bootstrapServers() == null) {
            throw new UsageException("alerts needs a cluster: pass --bootstrap-servers HOST:PORT or set "
                    + "LIVEBLOG_BOOTSTRAP_SERVERS (liveblog demo runs the alerts app on its embedded broker)");
        }
        AlertsConfig alertsConfig;
        AlertRules ruleSet;
        WebhookDelivery delivery;
        try {
            alertsConfig = AlertsConfig.load(cluster.fileProperties(), System.getenv()).withRules(rules);
            ruleSet = alertsConfig.rules();
            delivery = webhook == null ? null : new WebhookDelivery(webhook);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (noApp && !follow && webhook == null) {
            throw new UsageException("--no-app needs --follow or --webhook: there is nothing else to do");
        }
        Topic<String, Alert> topic = HttpOptions.alertsTopic(alertsConfig, config);
        try (GracefulShutdown shutdown = new GracefulShutdown("liveblog-alerts-shutdown");
             Cluster c = Cluster.open(config, false)) {
            TopicAdmin.ensureTopic(c.clientProperties(), topic.name(), c.config().partitions(), true);
            AlertsApp app = noApp ? null : new AlertsApp(c.config(), topic, ruleSet);
            try {
                if (app != null) {
                    app.start();
                }
                if (!follow && delivery == null) {
                    shutdown.awaitStop();
                    return ExitCodes.OK;
                }
                // a webhook keeps its place across restarts (one group per URL); a printer shows everything
                String group = delivery != null ? c.config().applicationId() + "-alerts-webhook-"
                        + UUID.nameUUIDFromBytes(webhook.toString().getBytes()).toString().substring(0, 8)
                        : c.config().applicationId() + "-alerts-follow-" + UUID.randomUUID();
                try (AlertFollower follower = new AlertFollower(c.config(), topic, group)) {
                    shutdown.onStop(follower::stop);
                    follower.run(sink(delivery, shutdown), maxAlerts);
                }
            } finally {
                if (app != null) {
                    app.close();
                }
            }
        }
        return ExitCodes.OK;
    }

    private Predicate<Alert> sink(WebhookDelivery delivery, GracefulShutdown shutdown) {
        return alert -> {
            if (follow) {
                System.out.println(json ? AlertJson.of(alert) : AlertJson.line(alert));
                System.out.flush();
            }
            if (delivery == null) {
                return true;
            }
            try {
                return delivery.deliver(alert, shutdown::stopRequested) > 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }
}
