package eyfsp.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Headless Chromium driven over the Chrome DevTools Protocol, on a WebSocket from java.net.http:
 * enough to load a page, collect its console errors, exceptions and requests, read values from its
 * DOM, and take a screenshot and a PDF. Started with a fresh profile and the flags that keep it off
 * the network; the port it picks is read from the profile's DevToolsActivePort file.
 */
final class Chromium implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new ArrayList<>();

  private Chromium(Process process, WebSocket socket) {
    this.process = process;
    this.socket = socket;
  }

  /** The browser binary: $EYFSP_CHROMIUM, else Debian's chromium (or another on the PATH). */
  static Optional<Path> binary() {
    List<Path> candidates = new ArrayList<>();
    Optional.ofNullable(System.getenv("EYFSP_CHROMIUM")).ifPresent(p -> candidates.add(Path.of(p)));
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        candidates.add(Path.of(dir, name));
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  static Chromium start(Path binary, Path profile) throws Exception {
    Files.createDirectories(profile);
    Process process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--no-first-run", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
        .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
    Path active = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!(Files.isRegularFile(active) && Files.readAllLines(active).size() >= 2)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException("chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
      }
      Thread.sleep(50);
    }
    List<String> port = Files.readAllLines(active);
    Chromium[] self = new Chromium[1];
    StringBuilder partial = new StringBuilder();
    WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(URI.create("ws://127.0.0.1:" + port.get(0).strip() + port.get(1).strip()), new WebSocket.Listener() {
          @Override
          public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
              String message = partial.toString();
              partial.setLength(0);
              self[0].received(message);
            }
            webSocket.request(1);
            return null;
          }
        }).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    self[0] = new Chromium(process, socket);
    return self[0];
  }

  private void received(String message) {
    try {
      JsonNode json = JSON.readTree(message);
      if (json.has("id")) {
        CompletableFuture<JsonNode> reply = replies.remove(json.get("id").asInt());
        if (reply != null) {
          reply.complete(json);
        }
      } else {
        synchronized (events) {
          events.add(json);
          events.notifyAll();
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("not JSON from chromium: " + message, e);
    }
  }

  /** Sends a command (to a page's session, or the browser when sessionId is null) and waits for its result. */
  JsonNode send(String sessionId, String method, Map<String, Object> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", JSON.valueToTree(params));
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    replies.put(id, reply);
    socket.sendText(JSON.writeValueAsString(message), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    JsonNode json = reply.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    if (json.has("error")) {
      throw new IllegalStateException(method + " failed: " + json.get("error"));
    }
    return json.get("result");
  }

  /** A new tab, attached: the session id its commands and events carry. */
  Page open() throws Exception {
    String target = send(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
    String session = send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
        .get("sessionId").asText();
    Page page = new Page(session);
    for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
      send(session, domain + ".enable", Map.of());
    }
    return page;
  }

  /** One tab: its navigation, the events it has raised, what it shows. */
  final class Page {
    final String session;

    Page(String session) {
      this.session = session;
    }

    /** Loads a URL and waits for its load event. */
    void navigate(String url) throws Exception {
      int seen = events().size();
      JsonNode result = send(session, "Page.navigate", Map.of("url", url));
      if (result.has("errorText")) {
        throw new IllegalStateException("cannot load " + url + ": " + result.get("errorText").asText());
      }
      awaitEvent(seen, e -> e.path("method").asText().equals("Page.loadEventFired"));
    }

    List<JsonNode> events() {
      synchronized (Chromium.this.events) {
        return Chromium.this.events.stream().filter(e -> session.equals(e.path("sessionId").asText())).toList();
      }
    }

    /** Console errors, uncaught exceptions, failed loads and HTTP errors, in words. */
    List<String> problems() {
      List<String> problems = new ArrayList<>();
      Map<String, String> urls = new HashMap<>();
      for (JsonNode e : events()) {
        JsonNode p = e.path("params");
        switch (e.path("method").asText()) {
          case "Network.requestWillBeSent" -> urls.put(p.path("requestId").asText(), p.path("request").path("url").asText());
          case "Runtime.exceptionThrown" -> problems.add("exception: " + p.path("exceptionDetails"));
          case "Runtime.consoleAPICalled" -> {
            if (List.of("error", "assert", "warning").contains(p.path("type").asText())) {
              problems.add("console " + p.path("type").asText() + ": " + p.path("args"));
            }
          }
          case "Log.entryAdded" -> {
            if (List.of("error", "warning").contains(p.path("entry").path("level").asText())) {
              problems.add("log " + p.path("entry").path("level").asText() + ": " + p.path("entry").path("text").asText()
                  + " " + p.path("entry").path("url").asText());
            }
          }
          case "Network.loadingFailed" -> problems.add("failed request: " + urls.get(p.path("requestId").asText()) + " "
              + p.path("errorText").asText());
          case "Network.responseReceived" -> {
            if (p.path("response").path("status").asInt() >= 400) {
              problems.add("HTTP " + p.path("response").path("status").asInt() + ": " + p.path("response").path("url"));
            }
          }
          default -> { }
        }
      }
      return problems;
    }

    /** Every URL the page asked for. */
    List<String> requests() {
      return events().stream().filter(e -> e.path("method").asText().equals("Network.requestWillBeSent"))
          .map(e -> e.path("params").path("request").path("url").asText()).toList();
    }

    /** The value of a JavaScript expression, evaluated in the page. */
    JsonNode evaluate(String expression) throws Exception {
      JsonNode result = send(session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
      if (result.has("exceptionDetails")) {
        throw new IllegalStateException(expression + " threw " + result.get("exceptionDetails"));
      }
      return result.path("result").path("value");
    }

    /** Lays the page out in a window this wide (and 900 high), as for print ("print") or not (""); load it after. */
    void window(int width, String media) throws Exception {
      send(session, "Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
          "deviceScaleFactor", 1, "mobile", false));
      send(session, "Emulation.setEmulatedMedia", Map.of("media", media));
    }

    /** A PNG of the whole page, as wide as the window and as tall as the page. */
    byte[] screenshot(int width) throws Exception {
      send(session, "Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
          "deviceScaleFactor", 1, "mobile", false));
      JsonNode size = send(session, "Page.getLayoutMetrics", Map.of()).path("cssContentSize");
      Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", size.path("height").asDouble(),
          "scale", 1);
      String data = send(session, "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
          "clip", clip)).get("data").asText();
      return Base64.getDecoder().decode(data);
    }

    /** The page printed to PDF, on the paper size its print style sheet asks for (A4). */
    byte[] pdf() throws Exception {
      String data = send(session, "Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true))
          .get("data").asText();
      return Base64.getDecoder().decode(data);
    }

    private void awaitEvent(int after, Predicate<JsonNode> wanted) throws InterruptedException {
      long deadline = System.nanoTime() + WAIT.toNanos();
      synchronized (Chromium.this.events) {
        while (events().stream().skip(after).noneMatch(wanted)) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            throw new IllegalStateException("no such event from chromium within " + WAIT);
          }
          Chromium.this.events.wait(Math.max(1, left / 1_000_000));
        }
      }
    }
  }

  @Override
  public void close() throws Exception {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      // The browser is going anyway.
    }
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    children.forEach(ProcessHandle::destroy);
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
