package io.liveblog.alerts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The alerts app's own settings: {@code liveblog.topic.alerts} / {@code LIVEBLOG_TOPIC_ALERTS} (default
 * {@code liveblog.alerts.v1}) and {@code liveblog.alerts.rules} / {@code LIVEBLOG_ALERTS_RULES} (a rules file;
 * default the bundled rules). The environment overrides properties; flags override both.
 *
 * @param topic the alerts topic
 * @param rulesFile the rules file, or null for the bundled rules
 */
public record AlertsConfig(String topic, Path rulesFile) {

    public AlertsConfig {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("liveblog.topic.alerts must not be empty");
        }
        if (rulesFile != null && !Files.isReadable(rulesFile)) {
            throw new IllegalArgumentException("liveblog.alerts.rules: " + rulesFile
                    + " does not exist or is not readable");
        }
    }

    /** @return the config from properties and environment */
    public static AlertsConfig load(Properties props, Map<String, String> env) {
        String topic = env.getOrDefault("LIVEBLOG_TOPIC_ALERTS", props.getProperty("liveblog.topic.alerts",
                "liveblog.alerts.v1"));
        String rules = env.getOrDefault("LIVEBLOG_ALERTS_RULES", props.getProperty("liveblog.alerts.rules"));
        return new AlertsConfig(topic.trim(), rules == null || rules.isBlank() ? null : Path.of(rules.trim()));
    }

    /** @return this config with a rules file given on the command line (null keeps the current one) */
    public AlertsConfig withRules(Path file) {
        return file == null ? this : new AlertsConfig(topic, file);
    }

    /** @return the rules: the file's, or the bundled ones */
    public AlertRules rules() {
        return rulesFile == null ? AlertRules.defaults() : AlertRules.read(rulesFile);
    }
}
