package io.liveblog.alerts;

import io.liveblog.schema.Alert;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs alerts as JSON to a webhook. A failure (no answer, 5xx, 408, 429) is retried with exponential backoff
 * (1 s doubling up to a minute) until it succeeds or the delivery is stopped, so an alert is never skipped because
 * the receiver was down; a 4xx other than 408/429 means the receiver refuses this alert, which is logged and
 * skipped rather than retried forever. Each request carries {@code Idempotency-Key: alertId}: a receiver that keeps
 * keys drops the rare repeat after a crash between delivery and commit.
 */
public final class WebhookDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDelivery.class);

    private final URI url;
    private final HttpClient http;
    private final Duration firstBackoff;
    private final Duration maxBackoff;

    /**
     * @param url where to POST
     * @param firstBackoff wait after the first failure (doubled after each further one)
     * @param maxBackoff longest wait between attempts
     */
    public WebhookDelivery(URI url, Duration firstBackoff, Duration maxBackoff) {
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("the webhook must be an http or https URL, got " + url);
        }
        this.url = url;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** @param url where to POST, with the default backoff (1 s to 60 s) */
    public WebhookDelivery(URI url) {
        this(url, Duration.ofSeconds(1), Duration.ofMinutes(1));
    }

    /**
     * Delivers one alert, retrying as described.
     *
     * @param alert the alert
     * @param stopped asked between attempts; true ends the retries
     * @return the number of attempts made, negative when the delivery was stopped before it succeeded
     */
    public int deliver(Alert alert, BooleanSupplier stopped) throws InterruptedException {
        String body = AlertJson.of(alert);
        Duration wait = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            String failure;
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", alert.getAlertId())
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                int s = r.statusCode();
                if (s / 100 == 2) {
                    return attempt;
                }
                if (s / 100 == 4 && s != 408 && s != 429) {
                    LOG.error("Webhook {} refused alert {} with HTTP {} ({}); skipping it", url, alert.getAlertId(),
                            s, r.body());
                    return attempt;
                }
                failure = "HTTP " + s;
            } catch (IOException e) {
                failure = e.toString();
            }
            if (stopped.getAsBoolean()) {
                return -attempt;
            }
            LOG.warn("Webhook {} failed for alert {} (attempt {}: {}); retrying in {} s", url, alert.getAlertId(),
                    attempt, failure, wait.toSeconds());
            Thread.sleep(wait.toMillis());
            wait = wait.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : wait.multipliedBy(2);
        }
    }
}
