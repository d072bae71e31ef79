package org.newsgraph.link;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point on the earth in WGS 84 degrees.
 *
 * @param latitude  -90 to 90, north positive
 * @param longitude -180 to 180, east positive
 */
public record Coordinates(double latitude, double longitude) {
    private static final Pattern WKT_POINT = Pattern.compile(
            "\\s*(?:<[^>]*>\\s*)?Point\\s*\\(\\s*(-?[0-9.]+(?:[eE]-?[0-9]+)?)\\s+(-?[0-9.]+(?:[eE]-?[0-9]+)?)\\s*\\)\\s*",
            Pattern.CASE_INSENSITIVE);

    public Coordinates {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be within [-90, 90], got " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be within [-180, 180], got " + longitude);
        }
    }

    /**
     * Reads Wikidata's {@code wdt:P625} form, a GeoSPARQL WKT point with longitude first:
     * {@code Point(37.16 36.2)}, optionally preceded by a CRS IRI. Anything else (a point on the
     * moon, garbage) gives empty.
     */
    public static Optional<Coordinates> fromWkt(String wkt) {
        Matcher m = WKT_POINT.matcher(wkt);
        if (!m.matches() || (wkt.contains("<") && !wkt.contains("opengis.net/def/crs/OGC/1.3/CRS84"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Coordinates(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
