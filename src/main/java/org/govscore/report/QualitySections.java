package org.govscore.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govscore.render.results.DatasetQuality;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Vocabulary;
import org.govscore.report.model.QualitySection;
import org.govscore.report.model.QualitySection.DatasetRow;
import org.govscore.report.model.QualitySection.MissingDataset;
import org.govscore.report.model.QualitySection.ReasonCount;

/**
 * Data quality from the data_quality table and the manifest: counts and reasons only, never
 * rejected rows.
 */
final class QualitySections {
  private final Vocabulary words;
  private final Formats fmt;
  private final ReportData data;
  private final DatasetNeeds needs;

  QualitySections(Vocabulary words, Formats fmt, ReportData data, DatasetNeeds needs) {
    this.words = words;
    this.fmt = fmt;
    this.data = data;
    this.needs = needs;
  }

  QualitySection build() {
    List<DatasetRow> rows = new ArrayList<>();
    long rejected = 0;
    for (DatasetQuality q : data.current().quality()) {
      List<ReasonCount> reasons = new ArrayList<>();
      // Largest first, whatever order the manifest kept.
      for (Map.Entry<String, Long> r :
          q.rejectedByReason().entrySet().stream()
              .sorted(
                  Map.Entry.<String, Long>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .toList()) {
        reasons.add(new ReasonCount(r.getKey(), words.reason(r.getKey()), fmt.count(r.getValue())));
      }
      rejected += q.rowsRejected();
      rows.add(
          new DatasetRow(
              q.dataset(),
              words.dataset(q.dataset()),
              fmt.count(q.rowsRead()),
              fmt.count(q.rowsAccepted()),
              fmt.count(q.rowsRejected()),
              fmt.count(q.duplicatesRemoved()),
              fmt.percent(q.rowsRead() == 0 ? null : q.rejectShare()),
              reasons));
    }
    List<MissingDataset> missing = new ArrayList<>();
    for (String dataset : data.current().manifest().missingEvidence()) {
      missing.add(
          new MissingDataset(
              dataset,
              words.dataset(dataset),
              needs.indicatorsWithout(dataset).stream()
                  .map(id -> id + " " + words.indicator(id))
                  .toList(),
              needs.checksWithout(dataset).stream()
                  .map(id -> id + " " + words.check(id))
                  .toList()));
    }
    return new QualitySection(
        rows,
        missing,
        fmt.count(rejected),
        SummaryWriter.warningLines(words, fmt, data, DataWarnings.of(data)));
  }
}
