package org.kdk.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kdk.core.i18n.Language;
import org.kdk.reporting.report.PlanReport;
import org.kdk.reporting.report.ProgrammeDashboard;
import org.kdk.reporting.report.ProvinceScorecard;

/**
 * The HTML report in a real browser: headless Chromium opens each page from a file, driven over the Chrome
 * DevTools Protocol with the JDK's WebSocket client. A page passes when it loads without a console error or
 * warning, an uncaught exception, a browser log error or any network request besides the page itself; when its
 * title is the report's; when every chart is drawn, followed by its data table, and no chart text runs outside
 * its chart or over another text. Screenshots (screen and print media) go to
 * {@code target/screenshots/<kind>-<lang>.png} for people to look at.
 *
 * <p>Chromium is {@code /usr/bin/chromium} or the file {@code $KDK_CHROMIUM} names. Without it the test is
 * skipped, unless {@code KDK_BROWSER_REQUIRED=true} (as on CI), when it fails.
 */
class HtmlInChromiumTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final double PART_HEIGHT = 1000;
  private static final Path OUT = Path.of("target", "html");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HtmlReportWriter WRITER = HtmlReportWriter.standard();
  private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");

  private static Path chromium;

  @BeforeEach
  void findChromium() {
    String configured = System.getenv("KDK_CHROMIUM");
    Path path = Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    if (!Files.isExecutable(path)) {
      String reason = "no Chromium at " + path + " (set KDK_CHROMIUM to its path, or install it: "
          + "apt-get install chromium)";
      if ("true".equalsIgnoreCase(System.getenv("KDK_BROWSER_REQUIRED"))) {
        fail("KDK_BROWSER_REQUIRED=true but " + reason);
      }
      Assumptions.assumeTrue(false, "browser test skipped: " + reason);
    }
    chromium = path;
  }

  static Stream<Arguments> pages() {
    PlanReport plan = HtmlReportFixtures.planReport();
    ProvinceScorecard scorecard = HtmlReportFixtures.scorecard();
    ProgrammeDashboard dashboard = HtmlReportFixtures.dashboard();
    List<Arguments> pages = new ArrayList<>();
    for (Language language : Language.values()) {
      pages.add(Arguments.of("plan", language, WRITER.write(plan, language),
          ReportText.format("title.planOf", language, plan.getTitle())));
      pages.add(Arguments.of("scorecard", language, WRITER.write(scorecard, language),
          ReportText.format("title.scorecardOf", language, scorecard.getProvinceName(),
              scorecard.getProvinceCode())));
      pages.add(Arguments.of("dashboard", language, WRITER.write(dashboard, language),
          ReportText.format("title.dashboardOf", language, dashboard.getPhase())));
    }
    return pages.stream();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("pages")
  void page_loads_cleanly_and_draws_every_chart(String kind, Language language, String html, String title)
      throws Exception {
    String name = kind + "-" + language.name().toLowerCase(Locale.ROOT);
    Path file = write(name, html);
    try (Browser browser = Browser.open(chromium, file)) {
      browser.reload();
      browser.screenshot(SCREENSHOTS.resolve(name + ".png"));
      browser.send("Emulation.setEmulatedMedia", Map.of("media", "print"));
      browser.screenshot(SCREENSHOTS.resolve(name + "-print.png"));
      browser.send("Emulation.setEmulatedMedia", Map.of("media", ""));

      assertThat(browser.evaluate("document.title").asText()).isEqualTo(title);
      assertThat(browser.evaluate("document.documentElement.lang").asText())
          .isEqualTo(language.name().toLowerCase(Locale.ROOT));
      int charts = count(html, "<svg");
      assertThat(browser.evaluate("document.querySelectorAll('figure > svg[role=img]').length").asInt())
          .as("charts drawn").isEqualTo(charts);
      assertThat(browser.evaluate("Array.from(document.querySelectorAll('svg')).filter(s => "
          + "s.getBoundingClientRect().width > 400 && s.getBoundingClientRect().height > 40 "
          + "&& s.nextElementSibling && s.nextElementSibling.tagName === 'TABLE').length").asInt())
          .as("charts with a size and a data table after them").isEqualTo(charts);
      assertThat(browser.evaluate(TEXT_OUTSIDE_CHART).asText()).as("chart texts running outside their chart")
          .isEmpty();
      assertThat(browser.evaluate(TEXT_OVERLAPS).asText()).as("chart texts drawn over each other").isEmpty();
      assertThat(browser.evaluate(WIDER_THAN_CONTAINER).asText()).as("elements wider than their container")
          .isEmpty();
      assertThat(browser.evaluate("document.scripts.length + document.images.length").asInt()).isZero();

      browser.assertQuiet();
    }
  }

  @Test
  void hostile_names_stay_text_in_the_browser() throws Exception {
    String html = WRITER.write(HostileReports.planReport(), Language.EN);
    Path file = write("hostile-en", html);
    try (Browser browser = Browser.open(chromium, file)) {
      browser.reload();
      assertThat(browser.evaluate("document.querySelectorAll('script, img, xss, [onerror]').length").asInt())
          .isZero();
      assertThat(browser.evaluate("document.querySelector('h1').textContent").asText())
          .isEqualTo(HostileReports.SCRIPT);
      assertThat(browser.evaluate("document.body.textContent.includes(" + JSON.writeValueAsString(
          HostileReports.IMAGE) + ")").asBoolean()).isTrue();
      browser.screenshot(SCREENSHOTS.resolve("hostile-en.png"));
      assertThat(browser.evaluate(WIDER_THAN_CONTAINER).asText()).as("elements wider than their container")
          .isEmpty();
      browser.assertQuiet();
    }
  }

  /** Tables, charts and figures that stick out of the element that holds them. */
  private static final String WIDER_THAN_CONTAINER =
      "Array.from(document.querySelectorAll('table, svg, figure, .kpis'))"
      + ".filter(e => e.getBoundingClientRect().right > e.parentElement.getBoundingClientRect().right + 1)"
      + ".map(e => e.tagName + ' in ' + (e.closest('[id]') || document.body).id + ' by '"
      + " + Math.round(e.getBoundingClientRect().right - e.parentElement.getBoundingClientRect().right) + 'px')"
      + ".join(' | ')";

  /** Texts of a chart whose box leaves the chart's view box. */
  private static final String TEXT_OUTSIDE_CHART = "(() => { const bad = [];"
      + " document.querySelectorAll('svg.chart').forEach((svg, i) => { const vb = svg.viewBox.baseVal;"
      + "  svg.querySelectorAll('text').forEach(t => { const b = t.getBBox();"
      + "   if (b.x < vb.x - 0.5 || b.y < vb.y - 0.5 || b.x + b.width > vb.x + vb.width + 0.5"
      + "       || b.y + b.height > vb.y + vb.height + 0.5) bad.push('chart ' + (i + 1) + ': ' + t.textContent); });"
      + " }); return bad.join(' | '); })()";

  /** Pairs of texts in one chart whose boxes overlap by more than a sliver. */
  private static final String TEXT_OVERLAPS = "(() => { const bad = [];"
      + " document.querySelectorAll('svg.chart').forEach((svg, i) => {"
      + "  const boxes = Array.from(svg.querySelectorAll('text')).map(t => ({t: t.textContent, b: t.getBBox()}));"
      + "  for (let a = 0; a < boxes.length; a++) for (let c = a + 1; c < boxes.length; c++) {"
      + "   const p = boxes[a].b, q = boxes[c].b;"
      + "   const w = Math.min(p.x + p.width, q.x + q.width) - Math.max(p.x, q.x);"
      + "   const h = Math.min(p.y + p.height, q.y + q.height) - Math.max(p.y, q.y);"
      + "   if (w > 1 && h > 2) bad.push('chart ' + (i + 1) + ': ' + boxes[a].t + ' / ' + boxes[c].t); }"
      + " }); return bad.join(' | '); })()";

  private static Path write(String name, String html) throws IOException {
    Files.createDirectories(OUT);
    Path file = OUT.resolve(name + ".html").toAbsolutePath();
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return file;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  /**
   * One headless Chromium with one page, driven over the DevTools protocol. Every wait has a timeout; the
   * browser and its child processes are ended on {@link #close()}.
   */
  private static final class Browser implements AutoCloseable {
    private final Process process;
    private final Path profile;
    private final Path page;
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<Waiter> waiters = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private WebSocket socket;

    private Browser(Process process, Path profile, Path page) {
      this.process = process;
      this.profile = profile;
      this.page = page;
    }

    static Browser open(Path chromium, Path html) throws Exception {
      Path profile = Files.createTempDirectory("kdk-chromium-");
      ProcessBuilder builder = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox",
          "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--window-size=1200,900",
          "--user-data-dir=" + profile, "--remote-debugging-port=0", html.toUri().toString());
      builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
      Browser browser = new Browser(builder.start(), profile, html);
      try {
        browser.connect();
        return browser;
      } catch (Exception | AssertionError e) {
        browser.close();
        throw e;
      }
    }

    private void connect() throws Exception {
      CompletableFuture<String> devtools = new CompletableFuture<>();
      StringBuilder log = new StringBuilder();
      Thread reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(
            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            Matcher m = DEVTOOLS.matcher(line);
            if (m.find()) {
              devtools.complete(m.group(1));
            }
            synchronized (log) {
              log.append(line).append('\n');
            }
          }
          devtools.completeExceptionally(new IllegalStateException("Chromium ended without a DevTools address"));
        } catch (IOException e) {
          devtools.completeExceptionally(e);
        }
      }, "chromium-stderr");
      reader.setDaemon(true);
      reader.start();
      String browserUrl;
      try {
        browserUrl = devtools.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        synchronized (log) {
          throw new IllegalStateException("Chromium did not open DevTools within " + TIMEOUT + ":\n" + log, e);
        }
      }
      int port = URI.create(browserUrl).getPort();
      HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).connectTimeout(TIMEOUT).build();
      String pageUrl = null;
      Instant deadline = Instant.now().plus(TIMEOUT);
      while (pageUrl == null) {
        HttpResponse<String> targets = http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/json/list")).timeout(TIMEOUT).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        for (JsonNode target : JSON.readTree(targets.body())) {
          if ("page".equals(target.path("type").asText()) && target.has("webSocketDebuggerUrl")) {
            pageUrl = target.get("webSocketDebuggerUrl").asText();
          }
        }
        if (pageUrl == null) {
          if (Instant.now().isAfter(deadline)) {
            throw new IllegalStateException("no page target within " + TIMEOUT + ": " + targets.body());
          }
          Thread.sleep(50); // poll interval, bounded by the deadline above
        }
      }
      socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(URI.create(pageUrl), new Listener())
          .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      send("Runtime.enable", Map.of());
      send("Log.enable", Map.of());
      send("Page.enable", Map.of());
      send("Network.enable", Map.of());
    }

    /** Reloads the page with every domain listening, and waits for its load event. */
    void reload() throws Exception {
      CompletableFuture<JsonNode> loaded = when(e -> "Page.loadEventFired".equals(e.path("method").asText()));
      send("Page.reload", Map.of("ignoreCache", true));
      loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    JsonNode evaluate(String expression) throws Exception {
      JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
      if (result.has("exceptionDetails")) {
        throw new AssertionError("evaluating " + expression + ": " + result.get("exceptionDetails"));
      }
      return result.path("result").path("value");
    }

    /** A PNG of the whole page, 1200 CSS pixels wide. */
    void screenshot(Path file) throws Exception {
      JsonNode metrics = send("Page.getLayoutMetrics", Map.of());
      JsonNode size = metrics.path("cssContentSize");
      double width = Math.max(1200, size.path("width").asDouble());
      double height = Math.max(100, size.path("height").asDouble());
      JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
          "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
      Files.createDirectories(file.getParent());
      Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
      if (!Boolean.getBoolean("kdk.screenshot.parts")) {
        return;
      }
      // the same page in screen-sized parts, easier to look at than one very tall image
      String base = file.getFileName().toString().replace(".png", "");
      Path parts = file.resolveSibling("parts");
      Files.createDirectories(parts);
      int part = 1;
      for (double y = 0; y < height; y += PART_HEIGHT, part++) {
        JsonNode piece = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
            "clip", Map.of("x", 0, "y", y, "width", width, "height", Math.min(PART_HEIGHT, height - y), "scale", 1)));
        Files.write(parts.resolve(base + "-" + part + ".png"),
            Base64.getDecoder().decode(piece.get("data").asText()));
      }
    }

    /** Fails on console errors and warnings, exceptions, log errors and requests for anything but the page. */
    void assertQuiet() {
      List<String> problems = new ArrayList<>();
      String pageUrl = page.toUri().toString();
      for (JsonNode event : events) {
        String method = event.path("method").asText();
        JsonNode params = event.path("params");
        switch (method) {
          case "Runtime.consoleAPICalled":
            String type = params.path("type").asText();
            if (type.equals("error") || type.equals("warning") || type.equals("assert")) {
              problems.add("console " + type + ": " + params.path("args"));
            }
            break;
          case "Runtime.exceptionThrown":
            problems.add("exception: " + params.path("exceptionDetails"));
            break;
          case "Log.entryAdded":
            if (params.path("entry").path("level").asText().equals("error")) {
              problems.add("log error: " + params.path("entry"));
            }
            break;
          case "Network.requestWillBeSent":
            String url = params.path("request").path("url").asText();
            if (!url.equals(pageUrl)) {
              problems.add("request for " + url);
            }
            break;
          case "Page.javascriptDialogOpening":
            problems.add("dialog: " + params);
            break;
          default:
            break;
        }
      }
      assertThat(problems).as("problems the browser reported for %s", pageUrl).isEmpty();
    }

    JsonNode send(String method, Map<String, ?> params) throws Exception {
      int id = ids.incrementAndGet();
      ObjectNode message = JSON.createObjectNode();
      message.put("id", id);
      message.put("method", method);
      message.set("params", JSON.valueToTree(params));
      CompletableFuture<JsonNode> reply = new CompletableFuture<>();
      pending.put(id, reply);
      socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      JsonNode answer;
      try {
        answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        throw new IllegalStateException(method + " got no answer within " + TIMEOUT, e);
      } finally {
        pending.remove(id);
      }
      if (answer.has("error")) {
        throw new IllegalStateException(method + " failed: " + answer.get("error"));
      }
      return answer.path("result");
    }

    private CompletableFuture<JsonNode> when(Predicate<JsonNode> test) {
      Waiter waiter = new Waiter(test);
      waiters.add(waiter);
      return waiter.future;
    }

    private void dispatch(String text) {
      JsonNode message;
      try {
        message = JSON.readTree(text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (message.has("id")) {
        CompletableFuture<JsonNode> reply = pending.get(message.get("id").asInt());
        if (reply != null) {
          reply.complete(message);
        }
        return;
      }
      events.add(message);
      for (Waiter waiter : waiters) {
        if (waiter.test.test(message)) {
          waiter.future.complete(message);
          waiters.remove(waiter);
        }
      }
    }

    @Override
    public void close() {
      try {
        if (socket != null) {
          // ask the browser to quit first: quicker and cleaner than a signal
          socket.sendText("{\"id\":0,\"method\":\"Browser.close\"}", true);
          process.waitFor(5, TimeUnit.SECONDS);
          socket.abort();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        List<ProcessHandle> children = process.descendants().collect(java.util.stream.Collectors.toList());
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
          if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            process.waitFor(10, TimeUnit.SECONDS);
          }
          for (ProcessHandle child : children) {
            child.onExit().get(10, TimeUnit.SECONDS);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
          children.forEach(ProcessHandle::destroyForcibly);
        }
        deleteQuietly(profile);
      }
    }

    private static void deleteQuietly(Path directory) {
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException | UncheckedIOException e) {
        // a left-over temporary profile is harmless
      }
    }

    private static final class Waiter {
      final Predicate<JsonNode> test;
      final CompletableFuture<JsonNode> future = new CompletableFuture<>();

      Waiter(Predicate<JsonNode> test) {
        this.test = test;
      }
    }

    private final class Listener implements WebSocket.Listener {
      private final StringBuilder partial = new StringBuilder();

      @Override
      public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
          String text = partial.toString();
          partial.setLength(0);
          dispatch(text);
        }
        webSocket.request(1);
        return null;
      }
    }
  }
}
