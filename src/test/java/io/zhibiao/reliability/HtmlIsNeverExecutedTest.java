package io.zhibiao.reliability;

import io.zhibiao.core.corpus.RawText;
import io.zhibiao.core.corpus.ReportFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An imported web page is only parsed: scripts, event handlers, frames and remote resources neither run
 * nor load, and none of their text reaches the report text.
 */
class HtmlIsNeverExecutedTest {
    @TempDir
    Path dir;

    @Test
    void scriptsHandlersAndFramesNeitherRunNorLoadNorShowUpInTheText() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Path marker = dir.resolve("ran.txt");
        try {
            String page = "<html><head><script>document.write('SCRIPT_RAN'); new java.io.File('" + marker
                    + "').createNewFile();</script><script src='" + base + "/evil.js'></script>"
                    + "<link rel='stylesheet' href='" + base + "/evil.css'></head><body onload=\"alert('ONLOAD_RAN')\">"
                    + "<p>咸宁市地区生产总值增长6.5%。</p>"
                    + "<img src='" + base + "/pixel.png' onerror=\"fetch('" + base + "/onerror')\">"
                    + "<iframe src='" + base + "/frame.html'>IFRAME_FALLBACK</iframe>"
                    + "<noscript>NOSCRIPT_TEXT</noscript><object data='" + base + "/object'></object>"
                    + "<a href=\"javascript:alert('LINK_RAN')\">链接</a>"
                    + "<svg><script>alert('SVG_SCRIPT')</script></svg><style>body{background:url(" + base
                    + "/bg.png)}</style></body></html>";
            Path file = Files.writeString(dir.resolve("page.html"), page, StandardCharsets.UTF_8);

            RawText raw = new ReportFileReader().read(file);

            assertTrue(raw.text().contains("咸宁市地区生产总值增长6.5%。"), raw.text());
            for (String code : new String[] {"SCRIPT_RAN", "createNewFile", "ONLOAD_RAN", "alert", "fetch",
                    "IFRAME_FALLBACK", "SVG_SCRIPT", "background", "evil"}) {
                assertFalse(raw.text().contains(code), "script or markup reached the text: " + code);
            }
            Thread.sleep(200);
            assertEquals(0, requests.get(), "nothing was fetched");
            assertFalse(Files.exists(marker), "no script ran");
        } finally {
            server.stop(0);
        }
    }
}
