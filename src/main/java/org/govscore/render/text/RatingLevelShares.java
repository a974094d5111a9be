package org.govscore.render.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.govscore.store.RatingLevelRecord;

/**
 * A unit's ratings in the period by level 1 (worst) to 5 (best), as shares for the small stacked
 * bar beside SAT and BRR, and the bar's text alternative in the reader's language: the five
 * percentages and the count.
 */
public final class RatingLevelShares {
  /** One level's part of the bar. */
  public record Share(int level, long ratings, double share) {
    /** The share as a CSS width, e.g. "25.0%": locale-free, since it is markup, not text. */
    public String width() {
      return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
  }

  private final List<Share> shares;
  private final long total;

  private RatingLevelShares(List<Share> shares, long total) {
    this.shares = shares;
    this.total = total;
  }

  /** The unit's shares, or empty when it had no ratings in the period. */
  public static Optional<RatingLevelShares> of(List<RatingLevelRecord> levels) {
    long total = levels.stream().mapToLong(RatingLevelRecord::ratings).sum();
    if (total <= 0) {
      return Optional.empty();
    }
    List<Share> out = new ArrayList<>();
    for (RatingLevelRecord r : levels) {
      out.add(new Share(r.level(), r.ratings(), (double) r.ratings() / total));
    }
    out.sort(Comparator.comparingInt(Share::level));
    return Optional.of(new RatingLevelShares(List.copyOf(out), total));
  }

  /** Every level in order, 0s included. */
  public List<Share> shares() {
    return shares;
  }

  /** The levels that have ratings, in order: the bar's visible parts. */
  public List<Share> drawn() {
    return shares.stream().filter(s -> s.ratings() > 0).toList();
  }

  public long total() {
    return total;
  }

  /** E.g. "Ratings by level, of 4 ratings: 1 (worst) 25.0%, 2 0.0%, ... 5 (best) 50.0%". */
  public String alternative(Vocabulary words, Formats fmt) {
    Messages msg = words.messages();
    List<String> parts = new ArrayList<>();
    for (Share s : shares) {
      parts.add(msg.format("levels.part", String.valueOf(s.level()), fmt.percent(s.share())));
    }
    return msg.format(
        "levels.alternative", fmt.count(total), String.join(msg.get("list.separator"), parts));
  }
}
