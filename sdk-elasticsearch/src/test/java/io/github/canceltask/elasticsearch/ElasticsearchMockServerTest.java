package io.github.canceltask.elasticsearch;

import java.io.IOException;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test against a fresh MockWebServer on loopback, started before each test and closed after it. Subclasses name
 * their own lifecycle methods differently, so these still run.
 */
abstract class ElasticsearchMockServerTest {
    final MockWebServer server = new MockWebServer();

    @BeforeEach
    final void startServer() throws IOException {
        server.start();
    }

    @AfterEach
    final void closeServer() {
        server.close();
    }
}
