package io.liveblog.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The other instances of the app, asked over HTTP for what their stores hold: a call is repeated with
 * {@code local=true} (answer from your own stores, do not ask further), so no request travels more than one hop.
 */
final class Peers {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** An instance's answer. */
    record Reply(String instance, int status, JsonNode body) {
    }

    /**
     * @param instances {@code host:port} of the instances to ask
     * @param path the API path
     * @param params the call's parameters ({@code local=true} is added)
     * @param unreachable collects the instances that did not answer
     * @return the answers of those that did
     */
    List<Reply> ask(List<String> instances, String path, Map<String, String> params, List<String> unreachable) {
        List<Reply> replies = new ArrayList<>();
        for (String instance : instances) {
            try {
                replies.add(get(instance, path, params, true));
            } catch (IOException e) {
                unreachable.add(instance);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unreachable.add(instance);
            }
        }
        return replies;
    }

    /**
     * @param local whether the instance answers from its own stores only ({@code local=true}); otherwise the call
     *     is marked {@code routed=true}: answer for this key yourself, but fetch what it rests on from the others
     * @return one instance's answer to the call
     */
    Reply get(String instance, String path, Map<String, String> params, boolean local)
            throws IOException, InterruptedException {
        String query = params.entrySet().stream().filter(e -> !e.getKey().equals("local")
                        && !e.getKey().equals("routed"))
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        URI uri = URI.create("http://" + instance + path + "?" + (query.isEmpty() ? "" : query + "&")
                + (local ? "local=true" : "routed=true"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(instance, r.statusCode(), ApiJson.MAPPER.readTree(r.body()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
