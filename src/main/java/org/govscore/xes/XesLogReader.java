package org.govscore.xes;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an IEEE 1849 (XES) log with StAX and hands over one trace at a time, with the log's
 * {@code <global>} defaults applied. Only top-level attributes of traces and events are kept:
 * nested attributes (meta-attributes, list items, container children) are skipped, and so are
 * extensions, classifiers and log-level attributes, none of which a case event needs.
 */
public final class XesLogReader {
  /** Receives each trace as soon as its closing tag is read. */
  @FunctionalInterface
  public interface TraceHandler {
    void onTrace(XesTrace trace);
  }

  /**
   * What the log held besides its traces.
   *
   * @param traces traces handed over
   * @param eventsOutsideTraces events written directly under {@code <log>}: they belong to no case,
   *     so they are skipped and only counted
   */
  public record Result(long traces, long eventsOutsideTraces) {}

  private final XMLStreamReader xml;
  private final XesAttributes traceDefaults = new XesAttributes();
  private final XesAttributes eventDefaults = new XesAttributes();
  private long traces;
  private long eventsOutsideTraces;

  private XesLogReader(XMLStreamReader xml) {
    this.xml = xml;
  }

  /** Reads {@code file} (.xes or gzip data) to the end, calling {@code handler} per trace. */
  public static Result read(Path file, TraceHandler handler) {
    try (XesInput in = XesInput.open(file)) {
      try {
        XMLStreamReader xml = newFactory().createXMLStreamReader(in);
        try {
          return new XesLogReader(xml).readLog(file, handler);
        } finally {
          xml.close();
        }
      } catch (XMLStreamException e) {
        throw new ImportException(describe(file, e, in.failure()), e);
      }
    } catch (NoSuchFileException e) {
      throw new ImportException(file + ": no such file", e);
    } catch (ZipException e) {
      throw new ImportException(file + ": corrupt gzip data: " + oneLine(e), e);
    } catch (IOException e) {
      throw new ImportException(file + ": cannot read: " + oneLine(e), e);
    }
  }

  /** The JDK's own StAX parser, not whatever a library on the class path registers. */
  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return f;
  }

  private Result readLog(Path file, TraceHandler handler) throws XMLStreamException {
    if (!nextStartElement()) {
      throw new ImportException(file + ": not an XES log: no root element");
    }
    if (!"log".equals(xml.getLocalName())) {
      throw new ImportException(
          file
              + ": not an XES log: the root element is <"
              + xml.getLocalName()
              + "> at line "
              + line()
              + ", expected <log>");
    }
    while (nextChild()) {
      switch (xml.getLocalName()) {
        case "global" -> readGlobal();
        case "trace" -> {
          XesTrace trace = readTrace();
          traces++;
          handler.onTrace(trace);
        }
        case "event" -> {
          eventsOutsideTraces++;
          skipElement();
        }
        default -> skipElement();
      }
    }
    // Reading on to the end lets the parser report anything malformed after </log>.
    while (xml.hasNext()) {
      xml.next();
    }
    return new Result(traces, eventsOutsideTraces);
  }

  /** XES: scope is "trace" or "event", and "event" when absent. Other scopes are not ours. */
  private void readGlobal() throws XMLStreamException {
    String scope = xml.getAttributeValue(null, "scope");
    XesAttributes target =
        scope == null || scope.equals("event")
            ? eventDefaults
            : scope.equals("trace") ? traceDefaults : null;
    if (target == null) {
      skipElement();
      return;
    }
    readAttributesInto(target, null);
  }

  private XesTrace readTrace() throws XMLStreamException {
    int line = line();
    XesAttributes attributes = new XesAttributes();
    List<XesAttributes> events = new ArrayList<>();
    readAttributesInto(attributes, events);
    attributes.fillFrom(traceDefaults);
    return new XesTrace(attributes, events, line);
  }

  /**
   * Reads the children of the current element: attributes into {@code target}, events (when {@code
   * events} is not null) into that list, anything else skipped.
   */
  private void readAttributesInto(XesAttributes target, List<XesAttributes> events)
      throws XMLStreamException {
    while (nextChild()) {
      String name = xml.getLocalName();
      Optional<XesType> type = XesType.ofElement(name);
      if (type.isPresent()) {
        readAttribute(type.get(), target);
      } else if (events != null && name.equals("event")) {
        XesAttributes event = new XesAttributes();
        readAttributesInto(event, null);
        event.fillFrom(eventDefaults);
        events.add(event);
      } else {
        skipElement();
      }
    }
  }

  /** An attribute without a key cannot be looked up by anyone, so it is dropped, not fatal. */
  private void readAttribute(XesType type, XesAttributes target) throws XMLStreamException {
    String key = xml.getAttributeValue(null, "key");
    String value = xml.getAttributeValue(null, "value");
    skipElement();
    if (key != null) {
      target.add(new XesAttribute(key, type, value, false));
    }
  }

  /** Moves to the next start element of the document; false at its end. */
  private boolean nextStartElement() throws XMLStreamException {
    while (xml.hasNext()) {
      if (xml.next() == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
    }
    return false;
  }

  /** Moves to the next child element of the current one; false at the current one's end tag. */
  private boolean nextChild() throws XMLStreamException {
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
        return false;
      }
    }
  }

  /** Skips the current element with everything inside it, including nested attributes. */
  private void skipElement() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private int line() {
    Location l = xml.getLocation();
    return l == null ? -1 : l.getLineNumber();
  }

  /**
   * One line naming the file and position; the JDK's message spans several lines. A failed read
   * underneath (corrupt gzip, disk error) is what the user must hear about, not its XML symptom.
   */
  static String describe(Path file, XMLStreamException e, IOException readFailure) {
    Location loc = e.getLocation();
    String where =
        loc != null && loc.getLineNumber() > 0
            ? " at line " + loc.getLineNumber() + ", column " + loc.getColumnNumber()
            : "";
    if (readFailure instanceof ZipException || readFailure instanceof EOFException) {
      return file + ": corrupt or truncated gzip data" + where + ": " + oneLine(readFailure);
    }
    if (readFailure != null) {
      return file + ": cannot read" + where + ": " + oneLine(readFailure);
    }
    String message = e.getMessage() == null ? "" : e.getMessage();
    int m = message.indexOf("Message: ");
    if (m >= 0) {
      message = message.substring(m + "Message: ".length());
    }
    return file + ": malformed XML" + where + ": " + firstLine(message);
  }

  private static String oneLine(Throwable t) {
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : firstLine(m);
  }

  private static String firstLine(String s) {
    String t = s.strip();
    int nl = t.indexOf('\n');
    return (nl < 0 ? t : t.substring(0, nl)).strip();
  }
}
