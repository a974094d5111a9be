package org.govscore.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govscore.render.text.Messages;
import org.govscore.render.text.Vocabulary;
import org.govscore.site.model.Pages.CodeList;
import org.govscore.site.model.Pages.Definition;
import org.govscore.site.model.Pages.Licence;
import org.govscore.store.Manifest;

/**
 * datapackage.json: a Frictionless Tabular Data Package (https://specs.frictionlessdata.io/) that
 * describes every CSV and JSON download for machines: its path, bytes and SHA-256, the CSV dialect,
 * and a Table Schema (field names, types, units, descriptions, code lists as enum constraints, an
 * empty cell as the missing value), plus the licence. In English, from the same {@link Codebook} as
 * the codebook page.
 */
final class DataPackage {
  private DataPackage() {}

  static Map<String, Object> describe(
      SiteData data, Licence licence, List<OpenData.Download> files) {
    Messages en = Messages.of(Locale.forLanguageTag("en"));
    Codebook book = new Codebook(data, new Vocabulary(en));
    Map<String, CodeList> lists = book.codeLists();
    Manifest m = data.latest().manifest();
    Map<String, Object> pkg = new LinkedHashMap<>();
    pkg.put("profile", "tabular-data-package");
    pkg.put("name", "govscore-open-data");
    pkg.put("title", en.get("site.title"));
    pkg.put("description", en.get("site.downloads.lead"));
    pkg.put("version", m.engineVersion());
    if (m.finished() != null) {
      pkg.put("created", m.finished().toString());
    }
    pkg.put(
        "licenses",
        List.of(Map.of("name", licence.id(), "title", licence.title(), "path", licence.url())));
    List<Object> resources = new ArrayList<>();
    for (OpenData.Download d : files) {
      String file = d.relative().substring(d.relative().lastIndexOf('/') + 1);
      int dot = file.lastIndexOf('.');
      if (dot < 0 || !d.relative().contains("/")) {
        continue;
      }
      String table = file.substring(0, dot);
      String format = file.substring(dot + 1);
      if (!Codebook.TABLES.containsKey(table)) {
        continue;
      }
      Map<String, Object> r = new LinkedHashMap<>();
      String folder = d.relative().substring(0, d.relative().indexOf('/'));
      r.put(
          "name",
          (table + "-" + folder + "-" + format)
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^a-z0-9._-]", "-"));
      r.put("path", d.relative());
      r.put("profile", "tabular-data-resource");
      r.put(
          "title",
          table + ", " + (d.period().isEmpty() ? en.get("site.downloads.allPeriods") : d.period()));
      r.put("description", en.get("site.codebook.table." + table));
      r.put("format", format);
      r.put("mediatype", format.equals("csv") ? "text/csv" : "application/json");
      r.put("encoding", "utf-8");
      r.put("bytes", d.size());
      r.put("hash", "sha256:" + d.sha256());
      if (format.equals("csv")) {
        r.put(
            "dialect",
            Map.of(
                "delimiter",
                ",",
                "lineTerminator",
                "\r\n",
                "quoteChar",
                "\"",
                "doubleQuote",
                true,
                "header",
                true));
      }
      r.put("schema", schema(book, table, lists));
      resources.add(r);
    }
    pkg.put("resources", resources);
    return pkg;
  }

  private static Map<String, Object> schema(
      Codebook book, String table, Map<String, CodeList> lists) {
    List<Object> fields = new ArrayList<>();
    for (Codebook.Column c : Codebook.TABLES.get(table)) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("name", c.name());
      f.put("type", c.type());
      f.put("description", book.description(table, c.name()));
      String unit = book.unit(c);
      if (!unit.isEmpty()) {
        f.put("unit", unit);
      }
      CodeList list = lists.get(c.codeList());
      if (list != null && !c.codeList().equals("period")) {
        List<String> codes =
            list.codes().stream().map(Definition::id).filter(id -> !id.isEmpty()).toList();
        // Indicator, check and rank-group lists name what this store holds; others are closed.
        if (List.of("unit_type", "level", "grade", "quadrant").contains(c.codeList())) {
          f.put("constraints", Map.of("enum", codes));
        }
        Map<String, String> meanings = new LinkedHashMap<>();
        list.codes().stream()
            .filter(d -> !d.id().isEmpty())
            .forEach(
                d ->
                    meanings.put(
                        d.id(), d.text().isEmpty() ? d.name() : d.name() + ": " + d.text()));
        f.put("codes", meanings);
      }
      fields.add(f);
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("fields", fields);
    schema.put("missingValues", List.of(""));
    return schema;
  }
}
