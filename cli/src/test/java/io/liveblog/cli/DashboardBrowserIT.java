package io.liveblog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.liveblog.alerts.AlertRules;
import io.liveblog.alerts.AlertsApp;
import io.liveblog.alerts.AlertsTopology;
import io.liveblog.cli.embedded.EmbeddedKafka;
import io.liveblog.cli.kafka.TopicAdmin;
import io.liveblog.dashboard.Dashboard;
import io.liveblog.geo.Gazetteer;
import io.liveblog.producer.publish.KafkaUpdateSink;
import io.liveblog.streams.PipelineConfig;
import io.liveblog.streams.StreamsApp;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser (Debian's chromium, driven by chromedriver) over a real broker and the streams
 * app: the bundled sample's numbers appear, a new post shows up without a reload, a click leads to the sentence, and
 * markup in a post never runs. Skipped, saying why, where chromium or chromedriver is not installed; {@code .ci/run}
 * installs both.
 */
class DashboardBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static EmbeddedKafka kafka;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBroker() {
        assumeTrue(executable("chromium").isPresent() && executable("chromedriver").isPresent(),
                "browser tests skipped: chromium and chromedriver are not on the PATH (Debian: apt-get install "
                        + "chromium chromium-driver; .ci/run installs them)");
        kafka = EmbeddedKafka.start();
    }

    @AfterAll
    static void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void aPersonWatchesTheFiguresArriveAndClicksThroughToTheSentence() throws Exception {
        Properties props = new Properties();
        try (var in = Files.newInputStream(ItSupport.isolatedConfig(dir, "browser"))) {
            props.load(in);
        }
        PipelineConfig config = PipelineConfig.load(props, Map.of()).withBootstrapServers(kafka.bootstrapServers());
        Gazetteer gazetteer = Gazetteer.bundled();
        WebDriver browser = null;
        String alertsTopic = config.aggregatesTopic().replace("aggregates", "alerts");
        try (Cluster cluster = Cluster.open(config, false);
             StreamsApp app = new StreamsApp(cluster.config(), Extraction.extractor(gazetteer));
             Dashboard dashboard = Dashboard.start(cluster.config(), app.streams(), gazetteer, "127.0.0.1", 0, null,
                     AlertsTopology.alertsTopic(alertsTopic));
             AlertsApp alerts = alertsApp(cluster, alertsTopic)) {
            app.start();
            alerts.start();
            publish(cluster.config(), DemoCommand.bundledSample());
            browser = chromium();
            browser.get(dashboard.uri().toString());
            WebDriverWait wait = new WebDriverWait(browser, WAIT);

            // the sample's numbers appear
            WebElement trucks = wait.until(ExpectedConditions.presenceOfElementLocated(
                    figure("aid_trucks at Kerem Shalom crossing: 32")));
            wait.until(ExpectedConditions.presenceOfElementLocated(figure("killed at Gaza Strip: 30,960")));
            JavascriptExecutor js = (JavascriptExecutor) browser;
            js.executeScript("window.sameDocument = 'yes'");

            // the alerts the rules raise are listed, with their sentence
            WebElement alert = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//ol[@id='alerts']/li[contains(., 'First report from Kerem Shalom crossing')]")));
            assertTrue(alert.getText().contains("Kerem Shalom"), alert.getText());

            // the metric filter narrows the tree (and the map) to one metric, and "all metrics" brings the rest back
            Select metric = new Select(browser.findElement(By.id("metric")));
            metric.selectByValue("aid_trucks");
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("button.figure[aria-label^='killed']"),
                    0));
            assertFalse(browser.findElements(By.cssSelector("button.figure[aria-label^='aid_trucks']")).isEmpty());
            assertTrue(browser.findElement(By.id("map-title")).getText().contains("aid trucks"));
            metric.selectByValue("");
            wait.until(ExpectedConditions.presenceOfElementLocated(figure("killed at Gaza Strip: 30,960")));

            // a click leads to the post and the sentence, the figure marked in it (the tree was drawn again)
            trucks = browser.findElement(figure("aid_trucks at Kerem Shalom crossing: 32"));
            trucks.click();
            WebElement mark = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                    "#provenance .claim mark")));
            assertTrue(mark.getText().contains("32") || mark.getText().toLowerCase().contains("thirty-two"),
                    mark.getText());
            String quote = browser.findElement(By.cssSelector("#provenance .claim blockquote")).getText();
            assertTrue(quote.contains("Kerem Shalom"), quote);
            // and on to the whole post, read from the updates topic, the sentence marked where it stands in it
            browser.findElement(By.cssSelector("#provenance .claim .show-post")).click();
            WebElement inPost = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                    "#provenance .post-text mark.sentence")));
            assertTrue(inPost.getText().contains("Kerem Shalom"), inPost.getText());
            String post = browser.findElement(By.cssSelector("#provenance .post-text")).getText();
            assertTrue(post.contains("updates topic partition") && post.length() > inPost.getText().length(),
                    "the post around the sentence, and where it was read from: " + post);

            // a new post shows up live, in the same document (no reload)
            publish(cluster.config(), post("browser-new-1", "2024-03-10T09:00:00+00:00", "More aid", "Aid desk",
                    "At least 25 aid trucks entered Gaza through the Rafah crossing on Sunday, the UN said."));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                    "button.figure[aria-label^='aid_trucks at Rafah'][aria-label$=': 25']")));
            assertEquals("yes", js.executeScript("return window.sameDocument"));

            // markup in a post is shown as text and never runs
            publish(cluster.config(), post("browser-hostile-1", "2024-03-10T10:00:00+00:00",
                    "<script>window.pwned='headline'</script>Strike on camp",
                    "<img src=x onerror=\"window.pwned='byline'\">",
                    "At least 12 people were killed in a strike on the Jabalya refugee camp "
                            + "<img src=x onerror=\"window.pwned='body'\">, the health ministry said. "
                            + "<a href=\"javascript:window.pwned='link'\">More</a>"));
            WebElement camp = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                    "button.figure[aria-label^='killed at Jabalya'][aria-label$=': 12']")));
            camp.click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#provenance"),
                    "onerror"));
            browser.findElement(By.cssSelector("#provenance .claim .show-post")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#provenance .post-text h4")));
            String shown = browser.findElement(By.cssSelector("#provenance")).getText();
            assertTrue(shown.contains("<img src=x onerror=\"window.pwned='body'\">"), shown);
            assertTrue(browser.findElement(By.cssSelector("#provenance .post-text h4")).getText()
                    .contains("<script>window.pwned='headline'</script>"), "the post's markup shown as text");
            assertTrue(browser.findElements(By.cssSelector("#provenance img, #provenance script, #provenance a"))
                    .isEmpty(), "no element was made from the post's markup");
            assertNull(js.executeScript("return window.pwned === undefined ? null : window.pwned"));
            assertNoAlert(browser);

            Path shot = Path.of("target", "dashboard.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            assertTrue(Files.size(shot) > 10_000, "a screenshot of the page was written to " + shot);
        } finally {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    private static AlertsApp alertsApp(Cluster cluster, String topic) {
        TopicAdmin.ensureTopic(cluster.clientProperties(), topic, 1, true);
        return new AlertsApp(cluster.config(), AlertsTopology.alertsTopic(topic), AlertRules.defaults());
    }

    private static By figure(String label) {
        return By.cssSelector("button.figure[aria-label='" + label + "']");
    }

    private static void assertNoAlert(WebDriver browser) {
        try {
            String text = browser.switchTo().alert().getText();
            throw new AssertionError("a script from a post opened an alert: " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    private Path post(String id, String published, String headline, String byline, String body) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("published", published);
        fields.put("headline", headline);
        fields.put("byline", byline);
        fields.put("body", body);
        fields.put("url", "https://example.org/browser-test#" + id);
        Path file = dir.resolve(id + ".jsonl");
        Files.writeString(file, new ObjectMapper().writeValueAsString(fields) + "\n");
        return file;
    }

    private static void publish(PipelineConfig config, Path file) {
        try (KafkaUpdateSink sink = Publishing.kafkaSink(config)) {
            Publishing.publish(List.of(file), sink, null, Publishing.zones(Map.of()));
        }
    }

    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("chromium").orElseThrow().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(executable("chromedriver").orElseThrow().toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static Optional<Path> executable(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, name)).filter(Files::isExecutable)
                .findFirst();
    }
}
