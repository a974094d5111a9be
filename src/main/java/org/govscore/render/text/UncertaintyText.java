package org.govscore.render.text;

import java.util.Locale;

/**
 * The one explanation of the rank interval, word for word the same in the report and on the site:
 * it names exactly what the Monte Carlo draws vary (the weights and the no-demand credit) and what
 * they do not (the evidence), because a reader who thinks the interval covers errors in the logs
 * would trust a rank more than the method allows.
 */
public final class UncertaintyText {
  private UncertaintyText() {}

  /** The explanation in {@code language} ("zh-CN" or "en") for a run's draws and seed. */
  public static String of(String language, int draws, long seed) {
    if (language.toLowerCase(Locale.ROOT).startsWith("zh")) {
      return String.format(
          Locale.ROOT,
          "排名区间反映方法中可调整的判断对名次的影响，而不是证据本身的不确定性。在 %d 次抽样（随机种子 %d）中，"
              + "每个综合指数构成指标的权重分别乘以 0.75 至 1.25 之间的独立随机系数，"
              + "无需求事项和资源的得分（credit.no_demand，影响服务纳入率和资源共享率）在 0 至 1 之间随机取值；"
              + "同一比较组的所有单位随后一起重新标准化、计分和排名。区间为该单位在各次抽样中名次的第 5 至第 95 百分位数。"
              + "日志数据本身不重新抽样：证据中的错误或缺漏不在区间的覆盖范围内。",
          draws,
          seed);
    }
    return String.format(
        Locale.ROOT,
        "The rank interval shows how far a unit's rank moves when the method's judgement calls vary, not how"
            + " uncertain the evidence is. In each of %d draws (seed %d), every composite member's weight is"
            + " multiplied by its own random factor between 0.75 and 1.25, and the credit for items and resources"
            + " without demand (credit.no_demand, which moves SIR and RSR) is drawn between 0 and 1; all units of"
            + " the group are then normalized, scored and ranked again together. The interval runs from the 5th to"
            + " the 95th percentile of the unit's ranks over the draws. The logs are not resampled: errors or gaps"
            + " in the evidence are not covered by the interval.",
        draws,
        seed);
  }
}
