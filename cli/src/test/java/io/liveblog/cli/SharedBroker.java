package io.liveblog.cli;

import io.liveblog.cli.embedded.EmbeddedKafka;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded broker for all the tests of a class: started before the first test, closed after the last. Register
 * it with {@code @RegisterExtension static final SharedBroker kafka = new SharedBroker();}; each test keeps to its
 * own topics ({@link ItSupport#isolatedConfig}).
 */
final class SharedBroker implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedKafka kafka;

    @Override
    public void beforeAll(ExtensionContext context) {
        kafka = EmbeddedKafka.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    /** @return {@code host:port} of the running broker */
    String bootstrapServers() {
        return kafka.bootstrapServers();
    }
}
