package io.liveblog.cli.embedded;

public class EmbeddedKafkaSmoke {
    public static void main(String[] args) {
        long t = System.nanoTime();
        try (EmbeddedKafka k = EmbeddedKafka.start()) {
            System.out.println("ready " + k.bootstrapServers() + " in " + (System.nanoTime() - t) / 1e6 + " ms");
        }
        System.out.println("closed after " + (System.nanoTime() - t) / 1e6 + " ms");
    }
}
