package org.govscore.site.model;

import java.util.List;

/**
 * A line chart drawn inline as SVG by the template (numbers only come from here; every text is
 * escaped there). Text is set in the page's font at a size readable on a phone, which a scaled PNG
 * cannot be; the table beside each chart holds the same numbers.
 *
 * @param segments per series, runs of consecutive periods with a value (a gap never drops to 0)
 */
public record SvgChart(
    String id,
    String title,
    String description,
    int width,
    int height,
    List<Tick> yTicks,
    List<Tick> xTicks,
    List<Series> series) {

  public record Tick(String label, String x, String y) {}

  public record Series(String label, String cssClass, List<String> segments, List<Point> points) {}

  public record Point(String x, String y, String label) {}
}
