package org.govscore.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The data contract as agencies read it (docs/data-contract.md), written from the declarations of
 * {@link DatasetKind}: the same declarations validation runs, so the document cannot say what the
 * engine does not do. Regenerate with {@code mvn -q compile exec:java
 * -Dexec.mainClass=org.govscore.contract.ContractDocument} or by running ContractDocumentTest with
 * {@code -Dgovscore.regenerateDocs=true}.
 */
public final class ContractDocument {
  /** Where the document lives in the project. */
  public static final String PATH = "docs/data-contract.md";

  private ContractDocument() {}

  /** Writes the document to {@code args[0]}, default {@link #PATH}. */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : PATH);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, render(), StandardCharsets.UTF_8);
  }

  /** The whole document, in Markdown. */
  public static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# Data contract\n\n")
        .append(
            "<!-- Generated from the engine's declarations (org.govscore.contract.DatasetKind) by"
                + " org.govscore.contract.ContractDocument; do not edit by hand. -->\n\n")
        .append(
            "What govscore reads. Every dataset may come as Parquet (preferred), CSV (UTF-8, header"
                + " row, RFC 4180 quoting) or JSON Lines; a path may be one file or a folder of"
                + " part files, on any file system Spark reads (local path, `file:`, `hdfs:`,"
                + " `s3a:`). Column names are exactly as below (snake_case). Extra columns are"
                + " allowed and ignored. Each CSV part file is read by the names in its own header,"
                + " so parts may list the columns in different orders. Enum values are upper case"
                + " as written.\n\n")
        .append(
            "A *department* (部门) is the unit that owns service items, provides data resources"
                + " and handles cases. A *region* (行政区划) groups departments; regions form a"
                + " tree.\n\n");
    md.append("| dataset | required | kind | primary key |\n|---|---|---|---|\n");
    for (DatasetKind kind : DatasetKind.values()) {
      md.append("| [")
          .append(kind.datasetName())
          .append("](#")
          .append(kind.datasetName())
          .append(") | ")
          .append(kind.mandatory() ? "yes" : "no")
          .append(" | ")
          .append(kind.scale() == DatasetKind.Scale.CATALOGUE ? "reference data" : "log")
          .append(" | ")
          .append(
              kind.keyColumns().isEmpty()
                  ? "none"
                  : "(" + String.join(", ", kind.keyColumns()) + ")")
          .append(" |\n");
    }
    md.append('\n');
    for (DatasetKind kind : DatasetKind.values()) {
      dataset(md, kind);
    }
    rules(md);
    md.append("## Reject reasons\n\n| reason | meaning |\n|---|---|\n");
    for (RejectReason r : RejectReason.values()) {
      md.append("| ").append(r.name()).append(" | ").append(r.meaning()).append(" |\n");
    }
    return md.toString();
  }

  private static void dataset(StringBuilder md, DatasetKind kind) {
    md.append("## ").append(kind.datasetName()).append("\n\n").append(kind.description());
    md.append(kind.mandatory() ? " Required." : " Optional: may be absent.").append("\n\n");
    md.append("| column | type | required | rule | reject reasons |\n|---|---|---|---|---|\n");
    for (ContractColumn c : kind.columns()) {
      List<String> rule = new ArrayList<>();
      List<String> reasons = new ArrayList<>();
      if (c.required()) {
        reasons.add(RejectReason.MISSING_VALUE.name());
      }
      typeReason(c.type()).ifPresent(reasons::add);
      if (c.type() == ColumnType.ENUM) {
        rule.add("one of " + String.join(", ", c.enumValues()));
      }
      if (kind.keyColumns().equals(List.of(c.name()))) {
        rule.add("unique");
        reasons.add(RejectReason.CONFLICTING_DUPLICATE.name());
      }
      for (ColumnCheck check : c.checks()) {
        rule.add(check.describe());
        add(reasons, check.reason().name());
      }
      for (ColumnReference ref : kind.references()) {
        if (ref.column().equals(c.name())) {
          rule.add(referenceRule(kind, ref));
          add(reasons, ref.unknownReason().name());
          if (ref.isParent()) {
            add(reasons, RejectReason.BAD_PARENT_LEVEL.name());
          }
          add(reasons, RejectReason.REFERENCE_REJECTED.name());
        }
      }
      if (c.personal()) {
        rule.add("personal data: redacted in rejects, never published");
      }
      if (!c.carried()) {
        rule.add("validated, then dropped: no indicator reads it, so the run does not keep it");
      }
      if (!c.note().isEmpty()) {
        rule.add(c.note());
      }
      md.append("| ")
          .append(c.name())
          .append(" | ")
          .append(typeName(c.type()))
          .append(" | ")
          .append(c.required() ? "yes" : "no (blank reads as null)")
          .append(" | ")
          .append(cell(String.join("; ", rule)))
          .append(" | ")
          .append(String.join(", ", reasons))
          .append(" |\n");
    }
    if (kind.keyColumns().size() > 1) {
      md.append("\nPrimary key (")
          .append(String.join(", ", kind.keyColumns()))
          .append("): rows sharing it are all rejected (CONFLICTING_DUPLICATE).\n");
    }
    md.append('\n');
  }

  private static String referenceRule(DatasetKind kind, ColumnReference ref) {
    DatasetKind target = ref.targetKind();
    String code = target.primaryKey().orElseThrow();
    if (ref.isParent()) {
      return "an accepted "
          + code
          + " of "
          + target.datasetName()
          + " of a higher "
          + ref.levelColumn()
          + " ("
          + String.join(" > ", kind.column(ref.levelColumn()).enumValues())
          + ")";
    }
    String rule = "an accepted " + code + " of " + target.datasetName();
    return ref.whenColumn() == null
        ? rule
        : rule + " when " + ref.whenColumn() + " is " + ref.whenValue();
  }

  /** A table cell: a pipe in a pattern would end the cell, so it is escaped. */
  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  private static void add(List<String> list, String value) {
    if (!list.contains(value)) {
      list.add(value);
    }
  }

  private static Optional<String> typeReason(ColumnType type) {
    return Optional.ofNullable(
        switch (type) {
          case INT, LONG, DOUBLE -> RejectReason.BAD_NUMBER.name();
          case TIMESTAMP -> RejectReason.BAD_TIMESTAMP.name();
          case ENUM -> RejectReason.BAD_ENUM.name();
          case STRING, STRING_LIST -> null;
        });
  }

  private static String typeName(ColumnType type) {
    return switch (type) {
      case STRING -> "string";
      case ENUM -> "enum";
      case INT -> "int (32-bit)";
      case LONG -> "long (64-bit)";
      case DOUBLE -> "double (finite)";
      case TIMESTAMP -> "timestamp";
      case STRING_LIST -> "list of string";
    };
  }

  private static void rules(StringBuilder md) {
    md.append("## How rows are judged\n\n")
        .append(
            "A row that breaks a rule above is *rejected*: it is left out of all computation and"
                + " written to the run's rejects table with the dataset, the source file, the row"
                + " reference (`file#n`: the n-th data row of the file, its header not counted, so"
                + " row 1 of a CSV file is on its line 2; a large file read in parts may add the"
                + " part's first byte, `file@offset#n`, n then counting from that part's start for"
                + " JSON Lines and from the file's for Parquet), a reason code, and an"
                + " excerpt with every personal-data column redacted. Every dataset reconciles:"
                + " rows read = rows accepted + rows rejected + exact duplicates removed. A text"
                + " value is *blank* when it is empty or only spaces (U+0020); a tab or an"
                + " ideographic space (U+3000) is a value like any other.\n\n")
        .append(
            "1. Exact duplicate rows (equal on every contract column; extra columns ignored) are"
                + " removed first: one copy is kept, the others are counted as duplicates removed,"
                + " not rejected. Rows are compared as logged, before any value is typed or a blank"
                + " one read as null: a blank value and an empty one differ, as do `4` and ` 4`, so"
                + " two such rows with one primary key are both rejected under 2.\n")
        .append(
            "2. Each remaining row gets the first reason that applies, in this order: a record that"
                + " does not parse (CORRUPT_RECORD); per column in the order above, a missing"
                + " required value (blank counts as missing) then a value not of the column's type;"
                + " per column in the order above, its further rules; rows still sharing a primary"
                + " key (CONFLICTING_DUPLICATE: all of them, the engine never guesses which is"
                + " true); then the references, in the order above.\n")
        .append(
            "3. A reference must name a code of an accepted row: a row referring to a department"
                + " or region that was itself rejected is rejected too (REFERENCE_REJECTED), so a"
                + " reject cascades down the region tree and to the departments' rows.\n")
        .append(
            "4. A value that is structurally fine but breaks a *standard* (an invalid ID check"
                + " digit, the wrong network, an uncatalogued resource, ...) is accepted and"
                + " counted by the compliance checks of the methodology"
                + " ([methodology.md](methodology.md)).\n")
        .append(
            "5. If a dataset's reject share (rows rejected / rows read) exceeds the job's limit"
                + " (`validation.max_reject_share`, default 0.05), the run fails with exit code 3"
                + " before writing results, naming the dataset, the share and the top reasons.\n")
        .append(
            "6. regions and departments are required: a missing or empty one is an error naming"
                + " it. Every other dataset may be absent: what needs it is then N/A for all units"
                + " (not zero), and the report says which datasets were missing.\n\n");
  }
}
