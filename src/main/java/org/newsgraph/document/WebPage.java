package org.newsgraph.document;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a news web page says about its article, in the markup made for that: Open Graph and article
 * meta tags ({@code og:title}, {@code og:site_name}, {@code article:published_time}), schema.org
 * microdata, the canonical link, {@code <html lang>} and the author meta tag; then the article's own text
 * ({@link MainText}). A field the page does not mark up stays empty, and the text may still state it.
 *
 * @param text     the article text, paragraphs separated by blank lines; empty when the page has none
 * @param metadata headline, outlet, date, URL, language and author as the page marks them up
 */
record WebPage(String text, Document.Metadata metadata) {

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:]\\s+");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*");

    /** Reads a parsed page; its tree is changed on the way. */
    static WebPage read(org.jsoup.nodes.Document page) {
        Optional<String> marked = meta(page, "meta[property=og:site_name], meta[name=application-name]");
        Optional<String> title = meta(page, "meta[property=og:title], meta[name=twitter:title]")
                .or(() -> text(page, "h1"))
                .or(() -> Optional.of(page.title()).filter(t -> !t.isBlank()).map(t -> withoutSiteName(t, marked)));
        Optional<String> outlet = marked.or(() -> title.flatMap(t -> siteNameAfter(page.title(), t)));
        Optional<LocalDate> published = meta(page, "meta[property=article:published_time], "
                + "meta[itemprop=datePublished], meta[name=pubdate], meta[name=publishdate], meta[name=date], "
                + "meta[name=DC.date.issued], meta[name=dcterms.date]")
                .or(() -> Optional.of(page.select("time[itemprop=datePublished], time[pubdate], article time[datetime]")
                        .attr("datetime")).filter(d -> !d.isBlank()))
                .flatMap(WebPage::date);
        Optional<String> url = Optional.of(page.select("link[rel=canonical]").attr("abs:href")).filter(WebPage::isWebUrl)
                .or(() -> meta(page, "meta[property=og:url]").filter(WebPage::isWebUrl));
        Optional<String> language = Optional.of(page.select("html").attr("lang").strip())
                .filter(l -> LANGUAGE_TAG.matcher(l).matches());
        Optional<String> author = meta(page, "meta[name=author], meta[property=article:author]")
                .filter(a -> !isWebUrl(a));
        String text = new MainText(PageFurniture.SHIPPED).of(page.body());
        // The headline often stands outside the article body; news text starts with it.
        if (title.isPresent() && !text.isEmpty() && !text.startsWith(title.get())) {
            text = title.get() + "\n\n" + text;
        }
        return new WebPage(text, new Document.Metadata(title, outlet, published, url, language, author));
    }

    /** "Headline | The Daily Example" names the site after the headline, where no meta tag does. */
    private static Optional<String> siteNameAfter(String pageTitle, String headline) {
        String rest = pageTitle.strip();
        if (!rest.startsWith(headline) || rest.length() == headline.length()) {
            return Optional.empty();
        }
        String after = rest.substring(headline.length());
        return TITLE_SEPARATOR.matcher(after).lookingAt()
                ? Optional.of(TITLE_SEPARATOR.matcher(after).replaceFirst("").strip()).filter(n -> !n.isEmpty())
                : Optional.empty();
    }

    private static Optional<String> meta(Element page, String query) {
        for (Element e : page.select(query)) {
            String content = e.attr("content").replaceAll("\\s+", " ").strip();
            if (!content.isEmpty()) {
                return Optional.of(content);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(Element page, String query) {
        return Optional.ofNullable(page.selectFirst(query)).map(Element::text).map(String::strip).filter(t -> !t.isEmpty());
    }

    /** "Army retakes Aleppo district | Reuters" is the headline "Army retakes Aleppo district". */
    private static String withoutSiteName(String title, Optional<String> outlet) {
        String[] parts = TITLE_SEPARATOR.split(title.strip());
        if (parts.length < 2) {
            return title.strip();
        }
        String last = parts[parts.length - 1];
        boolean siteNamed = outlet.map(o -> o.equalsIgnoreCase(last)).orElse(last.split("\\s+").length <= 3);
        return siteNamed ? title.strip().substring(0, title.strip().lastIndexOf(last)).replaceAll("\\s+[|\\-–—:]\\s*$", "")
                : title.strip();
    }

    private static Optional<LocalDate> date(String value) {
        try {
            // Page markup writes ISO dates; the order only matters for all-numeric dates, which it does not use.
            return Optional.of(PublicationDates.parse(value, DateOrder.MDY));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isWebUrl(String value) {
        return value.startsWith("http://") || value.startsWith("https://");
    }
}
