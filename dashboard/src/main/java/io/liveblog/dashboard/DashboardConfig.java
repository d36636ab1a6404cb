package io.liveblog.dashboard;

import java.util.Map;
import java.util.Properties;

/**
 * Where the dashboard listens: {@code liveblog.http.host} / {@code LIVEBLOG_HTTP_HOST} (default {@code 127.0.0.1}:
 * this machine only) and {@code liveblog.http.port} / {@code LIVEBLOG_HTTP_PORT} (default {@value #DEFAULT_PORT};
 * 0 turns the dashboard off). The environment overrides properties; command-line flags override both.
 *
 * @param host address to bind
 * @param port port, or 0 for no dashboard
 */
public record DashboardConfig(String host, int port) {

    /** Default port of the dashboard. */
    public static final int DEFAULT_PORT = 8080;

    public DashboardConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("liveblog.http.host must not be empty");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("liveblog.http.port must be 0 (off) or a port 1-65535, got " + port);
        }
    }

    /** @return whether the dashboard is served at all */
    public boolean enabled() {
        return port != 0;
    }

    /**
     * @param props properties (a config file)
     * @param env environment ({@code LIVEBLOG_HTTP_HOST}, {@code LIVEBLOG_HTTP_PORT})
     * @return the validated config
     * @throws IllegalArgumentException naming the key whose value is invalid
     */
    public static DashboardConfig load(Properties props, Map<String, String> env) {
        String host = env.getOrDefault("LIVEBLOG_HTTP_HOST", props.getProperty("liveblog.http.host", "127.0.0.1"));
        String port = env.getOrDefault("LIVEBLOG_HTTP_PORT",
                props.getProperty("liveblog.http.port", Integer.toString(DEFAULT_PORT)));
        try {
            return new DashboardConfig(host.trim(), Integer.parseInt(port.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("liveblog.http.port must be a number, got '" + port + "'");
        }
    }

    /**
     * @return {@code host:port} where the other instances of the app reach this one (Kafka Streams'
     *     {@code application.server}, for routing queries): the bound address, or this machine's name when bound
     *     to every interface
     */
    public String endpoint() {
        String h = host;
        if (host.equals("0.0.0.0") || host.equals("::")) {
            try {
                h = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                h = "localhost";
            }
        }
        return h + ":" + port;
    }

    /** @return this config with a flag's values where given (null keeps the current value) */
    public DashboardConfig with(String hostFlag, Integer portFlag) {
        return new DashboardConfig(hostFlag != null ? hostFlag : host, portFlag != null ? portFlag : port);
    }
}
