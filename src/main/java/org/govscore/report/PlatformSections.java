package org.govscore.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govscore.render.text.Formats;
import org.govscore.render.text.Messages;
import org.govscore.render.text.Vocabulary;
import org.govscore.report.model.PlatformSection;
import org.govscore.report.model.Term;
import org.govscore.store.CheckRecord;
import org.govscore.store.RankGroup;
import org.govscore.store.ResourceStatusRecord;
import org.govscore.store.ScoreRecord;

/**
 * "One code, two networks, six libraries" (一码、二网、六库) per region, from the results store: one code
 * is the region's pooled EX_SUBJECT_ID check (person and entity exchanges with a valid identifier),
 * two networks its pooled EX_EXTRANET check (exchanges on the e-government extranet), and each of
 * the six libraries is RSR restricted to that library's resources provided by departments of the
 * region and of the regions below it (same credits: served 1, unrequested {@code credit.no_demand},
 * refused and not shared 0, exempt left out).
 */
final class PlatformSections {
  /** The six base libraries in the seed's order; OTHER is not one of them. */
  static final List<String> LIBRARIES =
      List.of("POPULATION", "LEGAL_ENTITY", "ECONOMY", "CREDIT", "LICENSE", "BUSINESS");

  static final String ONE_CODE = "EX_SUBJECT_ID";
  static final String TWO_NETWORKS = "EX_EXTRANET";

  private final Vocabulary words;
  private final Messages msg;
  private final Formats fmt;
  private final ReportData data;
  private final UnitDirectory dir;

  PlatformSections(Vocabulary words, Formats fmt, ReportData data, UnitDirectory dir) {
    this.words = words;
    this.msg = words.messages();
    this.fmt = fmt;
    this.data = data;
    this.dir = dir;
  }

  /**
   * Whether a department's region lies in {@code region} of {@code level}. The store keeps no
   * region tree, so this follows the administrative division code (GB/T 2260): a province covers
   * the codes sharing its first two digits, a city its first four, a county only itself.
   */
  static boolean within(String deptRegion, String region, String level) {
    if (deptRegion == null || region == null || deptRegion.length() != 6 || region.length() != 6) {
      return region != null && region.equals(deptRegion);
    }
    int digits =
        switch (level == null ? "" : level) {
          case "PROVINCE" -> 2;
          case "CITY" -> 4;
          default -> 6;
        };
    return deptRegion.startsWith(region.substring(0, digits));
  }

  /**
   * RSR of a set of resource states: credits over non-exempt resources; null when none, or when a
   * status is unknown (no exchanges log: every status is null, as RSR is N/A).
   */
  static Double sharingRate(List<ResourceStatusRecord> resources, double noDemandCredit) {
    double credits = 0;
    int counted = 0;
    for (ResourceStatusRecord r : resources) {
      if (r.status() == null) {
        return null;
      }
      switch (r.status()) {
        case "EXEMPT" -> {}
        case "SERVED" -> {
          credits += 1;
          counted++;
        }
        case "UNREQUESTED" -> {
          credits += noDemandCredit;
          counted++;
        }
        default -> counted++;
      }
    }
    return counted == 0 ? null : credits / counted;
  }

  PlatformSection build() {
    List<Term> libraries =
        LIBRARIES.stream().map(l -> new Term(l, msg.get("library." + l))).toList();
    Optional<Map<String, String>> libraryOf = data.baseLibraries();
    double credit = data.current().manifest().numericParameter("credit.no_demand");
    Map<String, String> deptRegion = new LinkedHashMap<>();
    for (ScoreRecord u : data.current().scores()) {
      if (u.isDepartment()) {
        deptRegion.put(u.unitCode(), u.groupRegionCode());
      }
    }
    List<ScoreRecord> regions =
        new ArrayList<>(data.current().scores().stream().filter(u -> !u.isDepartment()).toList());
    regions.sort(
        Comparator.comparing((ScoreRecord u) -> RankGroup.parse(u.rankGroup()))
            .thenComparing(ScoreRecord::unitCode));
    List<PlatformSection.RegionRow> rows = new ArrayList<>();
    for (ScoreRecord region : regions) {
      Optional<CheckRecord> oneCode = check(region, ONE_CODE);
      Optional<CheckRecord> twoNetworks = check(region, TWO_NETWORKS);
      List<String> rates = new ArrayList<>();
      List<String> nothing = new ArrayList<>();
      if (libraryOf.isPresent()) {
        List<ResourceStatusRecord> own =
            data.current().resources().stream()
                .filter(
                    r ->
                        within(
                            deptRegion.get(r.providerDeptCode()),
                            region.unitCode(),
                            region.level()))
                .toList();
        for (String library : LIBRARIES) {
          List<ResourceStatusRecord> of =
              own.stream()
                  .filter(r -> library.equals(libraryOf.get().get(r.resourceCode())))
                  .toList();
          Double rate = sharingRate(of, credit);
          rates.add(rate == null ? fmt.na() : fmt.percent(rate));
          boolean anyShareable = of.stream().anyMatch(r -> !"EXEMPT".equals(r.status()));
          if (rate != null
              && anyShareable
              && of.stream().noneMatch(r -> "SERVED".equals(r.status()))) {
            nothing.add(msg.get("library." + library));
          }
        }
      }
      rows.add(
          new PlatformSection.RegionRow(
              dir.link(region),
              words.level(region.level()),
              rate(oneCode),
              counts(oneCode),
              rate(twoNetworks),
              counts(twoNetworks),
              rates,
              nothing));
    }
    return new PlatformSection(libraries, libraryOf.isPresent(), rows);
  }

  private Optional<CheckRecord> check(ScoreRecord unit, String id) {
    return data.current().checksOf(unit.key()).stream()
        .filter(c -> c.checkId().equals(id))
        .findFirst();
  }

  private String rate(Optional<CheckRecord> c) {
    return c.filter(r -> r.applicable() > 0)
        .map(r -> fmt.percent((double) r.passed() / r.applicable()))
        .orElse(fmt.na());
  }

  private String counts(Optional<CheckRecord> c) {
    return c.map(
            r -> msg.format("platform.counts", fmt.count(r.passed()), fmt.count(r.applicable())))
        .orElse("");
  }
}
