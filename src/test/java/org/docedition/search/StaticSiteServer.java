package org.docedition.search;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves a built site over HTTP on 127.0.0.1 under a sub-path, as a library mirror or a project page
 * would, and counts what it serves: Pagefind does not work from {@code file://}.
 */
final class StaticSiteServer implements AutoCloseable {

    private final Path site;
    private final String prefix;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final AtomicLong bytesServed = new AtomicLong();
    private final List<String> notFound = new CopyOnWriteArrayList<>();

    /** Starts serving {@code site} at {@code http://127.0.0.1:<free port><prefix>}; prefix starts and ends with /. */
    StaticSiteServer(Path site, String prefix) {
        this.site = site.toAbsolutePath().normalize();
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

    /** The site's base URL, ending in /. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    /** Response body bytes served since start. */
    long bytesServed() {
        return bytesServed.get();
    }

    /** Paths asked for that the site does not have. */
    List<String> notFound() {
        return List.copyOf(notFound);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = null;
            if (path.startsWith(prefix)) {
                String rest = path.substring(prefix.length());
                Path candidate = site.resolve(rest.isEmpty() || rest.endsWith("/") ? rest + "index.html" : rest)
                        .normalize();
                if (candidate.startsWith(site) && Files.isRegularFile(candidate)) {
                    file = candidate;
                }
            }
            if (file == null) {
                notFound.add(path);
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", contentType(file.getFileName().toString()));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(200, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
                bytesServed.addAndGet(body.length);
            }
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".json")) {
            return "application/json";
        }
        return "application/octet-stream";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
