package io.liveblog.cli;

import static io.liveblog.cli.ItSupport.fixture;
import static io.liveblog.cli.ItSupport.isolatedConfig;
import static io.liveblog.cli.ItSupport.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.liveblog.cli.embedded.EmbeddedKafka;
import io.liveblog.cli.snapshot.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Security by configuration only: a broker with a {@code SASL_SSL} listener (SCRAM-SHA-512 over TLS, its certificate
 * signed by a CA the test makes with {@code keytool}), and {@code liveblog process} pointed at that listener with a
 * properties file and nothing else. The run reads its posts through, its secrets never reach the log, and a wrong
 * password fails the run with a clear reason instead of hanging it.
 */
class SecureClusterIT {

    private static final String LISTENER = "SASL_SSL";
    private static final String USER = "liveblog-pipeline";
    /** Distinctive strings, so a leak in any log line is found by a plain search. */
    private static final String SCRAM_PASSWORD = "scram-Pa55-7e1c9b";
    private static final String STORE_PASSWORD = "store-Pa55-4b2d8f";

    private static EmbeddedKafka kafka;
    private static Path certs;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSecuredBroker() throws Exception {
        certs = Files.createTempDirectory("liveblog-certs-");
        makeCertificates(certs);
        String prefix = "listener.name." + LISTENER.toLowerCase() + ".";
        kafka = EmbeddedKafka.start(Files.createTempDirectory("liveblog-kafka-secure-"), true, Map.of(
                "sasl.enabled.mechanisms", "SCRAM-SHA-512",
                prefix + "scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                prefix + "ssl.keystore.location", certs.resolve("broker.p12").toString(),
                prefix + "ssl.keystore.type", "PKCS12",
                prefix + "ssl.keystore.password", STORE_PASSWORD,
                prefix + "ssl.key.password", STORE_PASSWORD), Map.of(LISTENER, "SASL_SSL"));
        // the user is created over the broker's own PLAINTEXT listener, as an operator would with admin rights
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (Admin a = Admin.create(admin)) {
            a.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(USER,
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), SCRAM_PASSWORD))).all().get();
        }
    }

    @AfterAll
    static void stopBroker() throws IOException {
        if (kafka != null) {
            kafka.close();
        }
        try (var files = Files.walk(certs)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void processRunsOverSaslSslFromAPropertiesFileAndNoSecretReachesTheLog() throws Exception {
        Path config = securedConfig("secure", SCRAM_PASSWORD);
        Path snapshot = dir.resolve("secure.json");
        Path log = dir.resolve("secure.log");
        Process p = process(config, snapshot, log);
        assertTrue(p.waitFor(4, TimeUnit.MINUTES), "process did not finish: " + ItSupport.tail(log));
        assertEquals(0, p.exitValue(), ItSupport.tail(log));
        Snapshot s = Snapshot.read(snapshot);
        assertEquals(40L, total(s, "rafah crossing", "aid_trucks").orElseThrow(
                () -> new AssertionError("no aid trucks at the crossing: " + s.aggregates())).value());
        String text = Files.readString(log);
        assertFalse(text.contains(SCRAM_PASSWORD), "the SCRAM password is in the log");
        assertFalse(text.contains(STORE_PASSWORD), "the trust store password is in the log");
        assertTrue(text.contains("DEBUG") || text.contains("INFO"), "the run logged verbosely: " + ItSupport.tail(log));
    }

    @Test
    void aWrongPasswordFailsTheRunWithTheReasonInsteadOfHangingIt() throws Exception {
        Path config = securedConfig("wrong", "not-" + SCRAM_PASSWORD);
        Path log = dir.resolve("wrong.log");
        Process p = process(config, dir.resolve("wrong.json"), log);
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "a failed login hung the run: " + ItSupport.tail(log));
        assertNotEquals(0, p.exitValue(), ItSupport.tail(log));
        String text = Files.readString(log);
        assertTrue(text.toLowerCase().contains("authentication"), "the reason is named: " + ItSupport.tail(log));
        assertFalse(text.contains(SCRAM_PASSWORD), "the SCRAM password is in the log");
    }

    /** The test's isolated topics and application id, then the client settings a secured cluster asks for. */
    private Path securedConfig(String name, String password) throws IOException {
        Path file = isolatedConfig(dir, name);
        String secured = String.join("\n",
                "kafka.security.protocol=SASL_SSL",
                "kafka.sasl.mechanism=SCRAM-SHA-512",
                "kafka.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"" + USER + "\" password=\"" + password + "\";",
                "kafka.ssl.truststore.location=" + certs.resolve("trust.p12"),
                "kafka.ssl.truststore.type=PKCS12",
                "kafka.ssl.truststore.password=" + STORE_PASSWORD,
                "");
        Files.writeString(file, Files.readString(file) + secured);
        return file;
    }

    /** {@code liveblog process} in its own JVM, our own logging at DEBUG, output to a file. */
    private static Process process(Path config, Path snapshot, Path log) throws IOException {
        return ChildJvm.start(log, List.of("-Xmx512m", "-Dliveblog.log.level=DEBUG"), "process",
                "--bootstrap-servers", kafka.listenerAddress(LISTENER), "--config", config.toString(),
                "--input", fixture("border-day.txt").toString(), "--snapshot", snapshot.toString());
    }

    /** A CA, a broker key pair whose certificate the CA signs for 127.0.0.1, and a trust store holding the CA. */
    private static void makeCertificates(Path d) throws Exception {
        String pw = STORE_PASSWORD;
        keytool(d, "-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-dname",
                "CN=liveblog test CA", "-ext", "bc:c", "-validity", "2", "-keystore", "ca.p12", "-storetype",
                "PKCS12", "-storepass", pw, "-keypass", pw);
        keytool(d, "-exportcert", "-alias", "ca", "-keystore", "ca.p12", "-storepass", pw, "-rfc", "-file",
                "ca.pem");
        keytool(d, "-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
                "-validity", "2", "-keystore", "broker.p12", "-storetype", "PKCS12", "-storepass", pw, "-keypass", pw);
        keytool(d, "-certreq", "-alias", "broker", "-keystore", "broker.p12", "-storepass", pw, "-file",
                "broker.csr");
        keytool(d, "-gencert", "-alias", "ca", "-keystore", "ca.p12", "-storepass", pw, "-infile", "broker.csr",
                "-outfile", "broker.pem", "-rfc", "-validity", "2", "-ext", "SAN=ip:127.0.0.1,dns:localhost");
        keytool(d, "-importcert", "-alias", "ca", "-file", "ca.pem", "-keystore", "broker.p12", "-storepass", pw,
                "-noprompt");
        keytool(d, "-importcert", "-alias", "broker", "-file", "broker.pem", "-keystore", "broker.p12",
                "-storepass", pw, "-noprompt");
        keytool(d, "-importcert", "-alias", "ca", "-file", "ca.pem", "-keystore", "trust.p12", "-storetype",
                "PKCS12", "-storepass", pw, "-noprompt");
    }

    private static void keytool(Path d, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(d.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0, "keytool " + args[0] + ": " + out);
    }
}
