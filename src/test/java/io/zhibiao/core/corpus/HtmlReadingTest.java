package io.zhibiao.core.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReadingTest {

    private static final String PAGE_BODY = """
            <body>
            <header><div>咸宁市人民政府门户网站</div></header>
            <nav><ul><li>首页</li><li>政务公开</li></ul></nav>
            <div class="breadcrumb">首页 &gt; 政府工作报告</div>
            <div id="content">
              <h1>2023年咸宁市政府工作报告</h1>
              <p>各位代表：</p>
              <p>地区生产总值增长6.5%，<br>一般公共预算收入完成96.03亿元。</p>
              <ul><li>新增就业1.2万人</li><li>粮食产量24.16亿斤</li></ul>
              <table><tr><td>指标</td><td>目标</td></tr><tr><td>GDP增长</td><td>8%</td></tr></table>
              <script>document.write('注入的脚本文字');</script>
              <style>.x { color: red }</style>
            </div>
            <div class="bdsharebuttonbox">分享到微信</div>
            <div class="comment-list">网友评论：好</div>
            <form><input value="搜索"><label>站内搜索框</label></form>
            <aside>热点新闻</aside>
            <footer>版权所有 咸宁市人民政府 鄂ICP备05003322号</footer>
            </body>
            """;

    @TempDir
    Path dir;

    private final ReportFileReader reader = new ReportFileReader();

    @Test
    void keepsTheReportAndDropsPageChrome() throws Exception {
        Path file = Files.writeString(dir.resolve("page.html"),
                "<html><head><meta charset=\"utf-8\"><title>报告</title></head>" + PAGE_BODY + "</html>");
        RawText raw = reader.read(file);
        String text = raw.text();
        assertEquals("html", raw.format());
        assertEquals("UTF-8", raw.encoding());
        assertTrue(text.startsWith("2023年咸宁市政府工作报告"), text);
        assertTrue(text.contains("各位代表：\n\n地区生产总值增长6.5%，\n一般公共预算收入完成96.03亿元。"), text);
        assertTrue(text.contains("新增就业1.2万人\n粮食产量24.16亿斤"), text);
        assertTrue(text.contains("指标\t目标\nGDP增长\t8%"), text);
        for (String noise : new String[] {"门户网站", "政务公开", "首页", "注入", "color", "分享", "评论", "搜索", "热点", "版权所有"}) {
            assertFalse(text.contains(noise), "kept page chrome '" + noise + "' in:\n" + text);
        }
    }

    @Test
    void respectsAGb2312MetaCharsetOnAGbkEncodedPage() throws Exception {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + PAGE_BODY.replace("各位代表", "各位代表（镕）") + "</html>";
        Path file = Files.write(dir.resolve("gbk.htm"), page.getBytes(Charset.forName("GBK")));
        RawText raw = reader.read(file);
        assertEquals("GB18030", raw.encoding());
        assertTrue(raw.text().contains("各位代表（镕）：\n\n地区生产总值增长6.5%"), raw.text());
    }

    @Test
    void detectsTheEncodingWhenNoCharsetIsDeclared() throws Exception {
        String page = "<html><body><p>固定资产投资增长16%以上。</p></body></html>";
        Path file = Files.write(dir.resolve("plain.html"), page.getBytes(Charset.forName("GB18030")));
        RawText raw = reader.read(file);
        assertEquals("固定资产投资增长16%以上。", raw.text());
        assertEquals("GB18030", raw.encoding());
    }

    @Test
    void fallsBackToDetectionWhenTheDeclaredCharsetIsWrong() throws Exception {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><p>金融机构贷款净增186亿元</p></body></html>";
        Path file = Files.write(dir.resolve("lying.html"), page.getBytes(Charset.forName("GBK")));
        assertEquals("金融机构贷款净增186亿元", reader.read(file).text());
    }

    @Test
    void keepsTheArticleEvenIfItsWrapperHasANoisyLookingClass() throws Exception {
        String page = "<html><body><div class=\"page has-sidebar\"><p>城镇新增就业10000人以上。</p></div></body></html>";
        Path file = Files.writeString(dir.resolve("wrapped.html"), page, StandardCharsets.UTF_8);
        assertEquals("城镇新增就业10000人以上。", reader.read(file).text());
    }
}
