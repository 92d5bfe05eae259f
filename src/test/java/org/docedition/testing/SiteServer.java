package org.docedition.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves a built site over HTTP on 127.0.0.1 and a free port, under a URL prefix ({@code /} or
 * {@code /a/b/}), as a static host or a library's mirror would: folders redirect to their slash
 * form and serve {@code index.html}, anything outside the prefix or the folder is 404. Pagefind does
 * not work from {@code file://}, so every browser, link and mirror test goes through this.
 */
public final class SiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("wasm", "application/wasm"), Map.entry("bib", "application/x-bibtex; charset=utf-8"),
            Map.entry("ris", "application/x-research-info-systems; charset=utf-8"));

    static {
        // Headers and body go out in two writes; with Nagle's algorithm each response then waits for
        // the client's delayed ACK (40 ms): a wget mirror of the seeds took 25 s instead of 2. The
        // JDK reads this once, when the JVM's first server starts; the pom sets it for Maven's runs.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final Path root;
    private final String prefix;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final AtomicLong bytesServed = new AtomicLong();

    /** Serves {@code site} at the root of the server. */
    public SiteServer(Path site) {
        this(site, "/");
    }

    /** Serves {@code site} at {@code http://127.0.0.1:<free port><prefix>}; the prefix starts and ends with /. */
    public SiteServer(Path site, String prefix) {
        if (!prefix.startsWith("/") || !prefix.endsWith("/")) {
            throw new IllegalArgumentException("prefix must start and end with '/': " + prefix);
        }
        this.root = site.toAbsolutePath().normalize();
        this.prefix = prefix;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The site's base URL, ending in the prefix. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    /** Response body bytes served since start (what a browser downloaded). */
    public long bytesServed() {
        return bytesServed.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            if (!path.startsWith(prefix) && !(path + "/").equals(prefix)) {
                notFound(exchange);
                return;
            }
            Path file = root.resolve(path.length() <= prefix.length() ? "" : path.substring(prefix.length()))
                    .normalize();
            if (!file.startsWith(root)) {
                notFound(exchange);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", path + "/");
                    exchange.sendResponseHeaders(301, -1);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                notFound(exchange);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            // as a static host does: wget --mirror compares it to decide what to fetch again
            exchange.getResponseHeaders().set("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(Files.getLastModifiedTime(file).toInstant().atZone(ZoneOffset.UTC)));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            // LinkChecker waits 0.1-0.6 s between requests to a host unless the host says it may go full speed
            exchange.getResponseHeaders().set("LinkChecker", "unthrottled");
            send(exchange, 200, TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(file));
        }
    }

    private void notFound(HttpExchange exchange) throws IOException {
        send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
    }

    private void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            if (status == 200) {
                bytesServed.addAndGet(body.length);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
