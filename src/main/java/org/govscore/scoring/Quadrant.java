package org.govscore.scoring;

/** The data sharing / business collaboration quadrant (x = RSR, y = BCR). */
public enum Quadrant {
  COLLABORATIVE,
  DATA_ISLAND,
  STARVED,
  SILOED,
  UNCLASSIFIED;

  public static Quadrant of(Double rsr, Double bcr, double tx, double ty) {
    if (rsr == null || bcr == null) {
      return UNCLASSIFIED;
    }
    boolean x = rsr >= tx;
    boolean y = bcr >= ty;
    if (x && y) {
      return COLLABORATIVE;
    }
    if (x) {
      return DATA_ISLAND;
    }
    return y ? STARVED : SILOED;
  }
}
