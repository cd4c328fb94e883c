package io.zhibiao.core.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;

/** Removes the parts of a web page that are not the report: scripts, menus, footers, share bars, comments. */
final class HtmlNoiseFilter {

    private static final Set<String> NOISE_TAGS = Set.of(
            "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
            "nav", "header", "footer", "aside", "form", "input", "button", "select", "textarea", "link", "meta");

    /** Substrings of class or id values that mark page chrome. */
    private static final List<String> NOISE_NAME_PARTS = List.of(
            "breadcrumb", "crumb", "share", "comment", "footer", "navbar", "navigation", "sidebar",
            "copyright", "toolbar", "pagination");

    /** Whole words of class or id values that mark page chrome (too short to match as substrings). */
    private static final Set<String> NOISE_NAME_WORDS = Set.of("nav", "menu", "foot", "bottom", "topbar", "location");

    /**
     * A wrapper whose class happens to look noisy (say "has-sidebar") must not take the report with it:
     * elements holding more than this share of the page text are kept.
     */
    private static final double MAX_NOISE_SHARE = 0.4;

    private HtmlNoiseFilter() {
    }

    static void removeNoise(Element root) {
        List<Element> byTag = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root && NOISE_TAGS.contains(e.normalName())) {
                byTag.add(e);
            }
        }
        byTag.forEach(Element::remove);

        int pageTextLength = root.text().length();
        List<Element> byName = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e != root && hasNoisyName(e)) {
                byName.add(e);
            }
        }
        for (Element e : byName) {
            if (e.parent() != null && e.text().length() <= pageTextLength * MAX_NOISE_SHARE) {
                e.remove();
            }
        }
    }

    private static boolean hasNoisyName(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        for (String part : NOISE_NAME_PARTS) {
            if (names.contains(part)) {
                return true;
            }
        }
        for (String word : names.split("[^a-z0-9]+")) {
            if (NOISE_NAME_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
