package org.govscore.methodology;

import java.util.List;
import java.util.Optional;
import org.govscore.config.Parameters;

/**
 * The one place an indicator, a check, a finding kind, a grade or a parameter description is
 * defined. Ids, published order, headline members, dataset needs and the texts of report, site and
 * docs/methodology.md all derive from here; adding an indicator is its calculation class, one entry
 * here, and its tests.
 *
 * <p>Texts live here rather than in messages*.properties so that an entry cannot exist without its
 * name and definition in both languages ({@link Text} refuses a blank); the properties keep the
 * general wording of report and site. Indicators measured outside the logs are not listed: their
 * names and sources come from the run that read them.
 */
public final class MethodologyRegistry {
  private MethodologyRegistry() {}

  // Published order of the indicators table: headline first, then the secondary indicators.
  private static final List<IndicatorEntry> INDICATORS =
      List.of(
          new IndicatorEntry(
              "SIR",
              Role.HEADLINE,
              new Text("服务纳入率", "Service inclusion rate"),
              new Text(
                  "清单事项得分之和除以事项数：有在线办件的事项得 1 分；声明可网办但本期无办件的事项得无需求分；声明可网办但办件均未在线的事项及线下事项得 0 分。",
                  "Credits of the catalogued service items over their number: 1 for an item with an online case, the no-demand credit for an item declared online with no case at all, 0 for an item declared online whose cases were all offline, or offline."),
              MeasureUnit.SHARE,
              Direction.HIGHER_IS_BETTER,
              List.of(Dataset.SERVICE_ITEMS, Dataset.CASE_EVENTS),
              "The four headline indicators"),
          new IndicatorEntry(
              "RSR",
              Role.HEADLINE,
              new Text("资源共享率", "Resource sharing rate"),
              new Text(
                  "目录资源得分之和除以资源数（有法律依据不予共享的资源不计）：其他部门成功获取得 1 分，无人请求得无需求分，被拒绝或无依据不予共享得 0 分。",
                  "Credits of the catalogued data resources (those withheld with a legal basis left out) over their number: 1 when another department got a successful exchange, the no-demand credit when nobody asked, 0 when refused or withheld without a legal basis."),
              MeasureUnit.SHARE,
              Direction.HIGHER_IS_BETTER,
              List.of(Dataset.RESOURCES, Dataset.EXCHANGES),
              "The four headline indicators"),
          new IndicatorEntry(
              "BCR",
              Role.HEADLINE,
              new Text("业务协同率", "Business collaboration rate"),
              new Text(
                  "跨部门办件中，所需外部资源为该办件成功交换的比例的平均值。",
                  "Mean over the cross-department cases of the share of required external resources that were successfully exchanged for the case."),
              MeasureUnit.SHARE,
              Direction.HIGHER_IS_BETTER,
              List.of(
                  Dataset.SERVICE_ITEMS, Dataset.RESOURCES, Dataset.EXCHANGES, Dataset.CASE_EVENTS),
              "The four headline indicators"),
          new IndicatorEntry(
              "SCR",
              Role.HEADLINE,
              new Text("标准规范率", "Standard compliance rate"),
              new Text(
                  "适用于该单位的各项检查通过率的平均值（每项检查一票）。",
                  "Mean pass rate of the compliance checks that applied to the unit (each check one vote)."),
              MeasureUnit.SHARE,
              Direction.HIGHER_IS_BETTER,
              List.of(),
              "The four headline indicators"),
          new IndicatorEntry(
              "OCR",
              Role.SECONDARY,
              new Text("网上办件率", "Online case rate"),
              new Text(
                  "网上或移动端办件数除以有渠道记录的办件数。", "Online or mobile cases over cases with a channel."),
              MeasureUnit.SHARE,
              Direction.HIGHER_IS_BETTER,
              List.of(Dataset.CASE_EVENTS),
              "Secondary indicators"),
          new IndicatorEntry(
              "ZVR",
              Role.SECONDARY,
              new Text("零跑动率", "Zero-visit rate"),
              new Text("无现场到访的办件数除以办件数。", "Cases without a visit over cases."),
              MeasureUnit.SHARE,
              Direction.HIGHER_IS_BETTER,
              List.of(Dataset.CASE_EVENTS),
              "Secondary indicators"),
          new IndicatorEntry(
              "MOV",
              Role.SECONDARY,
              new Text("最多跑一次率", "At-most-one-visit rate"),
              new Text("现场到访不超过一次的办件数除以办件数。", "Cases with at most one visit over cases."),
              MeasureUnit.SHARE,
              Direction.HIGHER_IS_BETTER,
              List.of(Dataset.CASE_EVENTS),
              "Secondary indicators"),
          new IndicatorEntry(
              "OTR",
              Role.SECONDARY,
              new Text("按时办结率", "On-time rate"),
              new Text(
                  "在承诺工作日内办结的办件数除以有承诺时限且已办结的办件数。",
                  "Completed cases within their promised working days over completed cases whose item promises a time limit."),
              MeasureUnit.SHARE,
              Direction.HIGHER_IS_BETTER,
              List.of(Dataset.SERVICE_ITEMS, Dataset.CASE_EVENTS),
              "Secondary indicators"),
          new IndicatorEntry(
              "TCR",
              Role.SECONDARY,
              new Text("时限压缩率", "Time-limit compression"),
              new Text(
                  "法定时限与承诺时限之差的合计除以法定时限合计（仅计两者齐全的事项）。",
                  "Statutory days minus promised days over statutory days, over the items having both."),
              MeasureUnit.SHARE,
              Direction.HIGHER_IS_BETTER,
              List.of(Dataset.SERVICE_ITEMS),
              "Secondary indicators"),
          new IndicatorEntry(
              "FCR",
              Role.SECONDARY,
              new Text("完全协同办件率", "Fully collaborative case rate"),
              new Text(
                  "外部资源需求全部满足的跨部门办件数除以跨部门办件数。",
                  "Cross-department cases with every external requirement served over cross-department cases."),
              MeasureUnit.SHARE,
              Direction.HIGHER_IS_BETTER,
              List.of(
                  Dataset.SERVICE_ITEMS, Dataset.RESOURCES, Dataset.EXCHANGES, Dataset.CASE_EVENTS),
              "Secondary indicators"),
          new IndicatorEntry(
              "ESR",
              Role.SECONDARY,
              new Text("交换成功率", "Exchange success rate"),
              new Text(
                  "作为提供方的成功交换次数除以交换总次数。",
                  "Successful exchanges over exchanges to the department as provider."),
              MeasureUnit.SHARE,
              Direction.HIGHER_IS_BETTER,
              List.of(Dataset.EXCHANGES),
              "Secondary indicators"),
          new IndicatorEntry(
              "HOR",
              Role.SECONDARY,
              new Text("跨部门流转率", "Handover rate"),
              new Text(
                  "涉及两个及以上部门的办件数除以办件数。",
                  "Cases whose events involve two or more departments over cases."),
              MeasureUnit.SHARE,
              Direction.NEITHER,
              List.of(Dataset.CASE_EVENTS),
              "Secondary indicators"),
          new IndicatorEntry(
              "LAT_P50",
              Role.SECONDARY,
              new Text("交换时延中位数", "Exchange latency, median"),
              new Text(
                  "该单位提供的交换时延的第 50 百分位数（毫秒）。",
                  "50th percentile of the latency of the exchanges served by the unit (ms)."),
              MeasureUnit.MILLISECONDS,
              Direction.LOWER_IS_BETTER,
              List.of(Dataset.EXCHANGES),
              "Secondary indicators"),
          new IndicatorEntry(
              "LAT_P95",
              Role.SECONDARY,
              new Text("交换时延第 95 百分位数", "Exchange latency, 95th percentile"),
              new Text(
                  "该单位提供的交换时延的第 95 百分位数（毫秒）。",
                  "95th percentile of the latency of the exchanges served by the unit (ms)."),
              MeasureUnit.MILLISECONDS,
              Direction.LOWER_IS_BETTER,
              List.of(Dataset.EXCHANGES),
              "Secondary indicators"),
          new IndicatorEntry(
              "SAT",
              Role.SECONDARY,
              new Text("好评率", "Satisfaction rate"),
              new Text(
                  "期内评价中\"满意\"\"非常满意\"（4、5 级）的评价数除以期内评价数，按被评价部门统计。",
                  "Ratings of the good-or-bad review system in the period with level 4 or 5 (satisfied, very satisfied) over ratings in the period, per rated department."),
              MeasureUnit.SHARE,
              Direction.HIGHER_IS_BETTER,
              List.of(Dataset.RATINGS),
              "From the ratings log"),
          new IndicatorEntry(
              "BRR",
              Role.SECONDARY,
              new Text("差评整改率", "Bad-rating rectification rate"),
              new Text(
                  "期内差评（1、2 级）中在 ratings.rectify_days 个工作日内整改完成的差评数除以期内差评数，按被评价部门统计。",
                  "Bad ratings (level 1 or 2) in the period rectified within ratings.rectify_days working days over bad ratings in the period, per rated department."),
              MeasureUnit.SHARE,
              Direction.HIGHER_IS_BETTER,
              List.of(Dataset.RATINGS),
              "From the ratings log"),
          new IndicatorEntry(
              "RCR",
              Role.SECONDARY,
              new Text("评价覆盖率", "Rating coverage"),
              new Text(
                  "期内办件中至少有一条评价（任何时间、等级或被评价部门）带有其办件编号的办件数除以期内办件数。",
                  "Cases in the period with at least one rating carrying their case ID (of any time, level or rated department) over cases in the period."),
              MeasureUnit.SHARE,
              Direction.HIGHER_IS_BETTER,
              List.of(Dataset.CASE_EVENTS, Dataset.RATINGS),
              "From the ratings log"));

  private static final List<CheckEntry> CHECKS =
      List.of(
          new CheckEntry(
              "EX_SUBJECT_ID",
              new Text("主体标识有效", "Valid subject identifier"),
              new Text(
                  "涉及个人或法人的交换须带有效的公民身份号码（GB 11643）或统一社会信用代码（GB 32100）。",
                  "Exchanges about a person or an entity carry a valid citizen ID (GB 11643) or unified social credit code (GB 32100)."),
              "exchanges in period with subject_type PERSON or ENTITY",
              "consumer",
              List.of(Dataset.EXCHANGES)),
          new CheckEntry(
              "EX_EXTRANET",
              new Text("经电子政务外网", "Over the government extranet"),
              new Text("交换须经电子政务外网传输。", "Exchanges travel over the e-government extranet."),
              "exchanges in period",
              "consumer",
              List.of(Dataset.EXCHANGES)),
          new CheckEntry(
              "EX_CATALOGUED",
              new Text("资源已编目", "Catalogued resource"),
              new Text("交换请求的资源须在资源目录中。", "Exchanges request a resource of the catalogue."),
              "exchanges in period",
              "consumer",
              List.of(Dataset.RESOURCES, Dataset.EXCHANGES)),
          new CheckEntry(
              "EX_PROVIDER_MATCH",
              new Text("提供方与目录一致", "Provider as catalogued"),
              new Text(
                  "日志中的提供方须为目录登记的提供部门。",
                  "The logged provider is the catalogue provider of the resource."),
              "exchanges in period with a catalogued resource",
              "provider as logged",
              List.of(Dataset.RESOURCES, Dataset.EXCHANGES)),
          new CheckEntry(
              "EX_STANDARD",
              new Text("数据标准一致", "Payload standard"),
              new Text(
                  "成功交换须声明目录资源规定的数据标准。",
                  "Successful exchanges declare the data standard of the catalogued resource."),
              "SUCCESS exchanges in period whose catalogued resource has a standard_code",
              "provider as logged",
              List.of(Dataset.RESOURCES, Dataset.EXCHANGES)),
          new CheckEntry(
              "CAT_TIME_LIMITS",
              new Text("办理时限完整", "Time limits declared"),
              new Text(
                  "事项须有法定时限和承诺时限，且承诺时限不超过法定时限。",
                  "Items have statutory and promised days, with promised no more than statutory."),
              "service items",
              "item owner",
              List.of(Dataset.SERVICE_ITEMS)),
          new CheckEntry(
              "CAT_REQUIREMENTS",
              new Text("所需资源已编目", "Requirements catalogued"),
              new Text(
                  "事项所需的每项资源均须在资源目录中。", "Every resource an item requires is in the catalogue."),
              "items with required_resources",
              "item owner",
              List.of(Dataset.SERVICE_ITEMS, Dataset.RESOURCES)),
          new CheckEntry(
              "CAT_STANDARD",
              new Text("资源标准已声明", "Resource standard declared"),
              new Text("资源须注明数据标准。", "Resources name their data standard."),
              "resources",
              "provider",
              List.of(Dataset.RESOURCES)),
          new CheckEntry(
              "CAT_NOT_SHARED_BASIS",
              new Text("不予共享有依据", "Legal basis for not sharing"),
              new Text(
                  "不予共享的资源须注明法律依据。", "Resources withheld from sharing name their legal basis."),
              "resources with share_type NOT_SHARED",
              "provider",
              List.of(Dataset.RESOURCES)),
          new CheckEntry(
              "CASE_ITEM",
              new Text("办件对应清单事项", "Case of a catalogued item"),
              new Text("办件须对应清单中的事项。", "Cases are for an item of the catalogue."),
              "cases in period",
              "department of the case's earliest event",
              List.of(Dataset.SERVICE_ITEMS, Dataset.CASE_EVENTS)));

  private static final List<FindingKind> FINDINGS =
      List.of(
          new FindingKind(
              "DECLARED_ONLY_ITEM",
              new Text("仅声明未落实的事项", "Declared-only item"),
              "an item declared online in the catalogue whose cases in the period were all offline (with their case count)"),
          new FindingKind(
              "REFUSED_RESOURCE",
              new Text("请求未获满足的资源", "Refused resource"),
              "a shareable resource requested by other departments with no successful exchange (with the request count)"),
          new FindingKind(
              "NOT_SHARED_RESOURCE",
              new Text("无依据不予共享的资源", "Resource withheld"),
              "a resource withheld from sharing without a legal basis (with the request count)"),
          new FindingKind(
              "INFORMATION_ISLAND",
              new Text("信息孤岛", "Information island"),
              "a department with no successful cross-department exchange in either direction in the period"),
          new FindingKind(
              "FAILING_CHECK",
              new Text("未通过的检查", "Failing check"),
              "the checks with the most failures"),
          new FindingKind(
              "FALL",
              new Text("下降", "Fall"),
              "the largest falls of the composite and of SIR, RSR, BCR, SCR and SAT against the previous period of the same length (a value lower by more than 1e-9 of the previous one, at least 1e-9: not the last bits of rounding)"),
          new FindingKind(
              "UNRECTIFIED_BAD_RATING",
              null,
              "bad ratings not rectified within ratings.rectify_days working days, naming the worst-rated items"));

  private static final List<GradeEntry> GRADES =
      List.of(
          new GradeEntry("VERY_HIGH", new Text("非常高", "Very high"), Parameters.GRADE_VERY_HIGH),
          new GradeEntry("HIGH", new Text("高", "High"), Parameters.GRADE_HIGH),
          new GradeEntry("MEDIUM", new Text("中", "Medium"), Parameters.GRADE_MEDIUM),
          new GradeEntry("LOW", new Text("低", "Low"), null));

  /** Descriptions of the parameters that have one (the others show none, as before). */
  private static final List<ParameterText> PARAMETER_TEXTS =
      List.of(
          new ParameterText(
              "time.zone",
              new Text("评估期、日期及本报告使用的时区", "Time zone of periods, dates and this report")),
          new ParameterText(
              "time.calendar",
              new Text("工作日历文件（无：周一至周五）", "Working-day calendar file (none: Monday to Friday)")),
          new ParameterText(
              "validation.max_reject_share",
              new Text("数据集允许的最大拒收比例", "Largest share of rejected rows a dataset may have")),
          new ParameterText(
              "inclusion.min_depth",
              new Text(
                  "视为声明可网办的最低网办深度", "Online depth from which an item counts as declared online")),
          new ParameterText(
              "credit.no_demand",
              new Text("无需求事项或资源的得分", "Credit of an item or resource without demand")),
          new ParameterText(
              "weights.SIR", new Text("SIR 在综合指数中的权重", "Weight of SIR in the composite")),
          new ParameterText(
              "weights.RSR", new Text("RSR 在综合指数中的权重", "Weight of RSR in the composite")),
          new ParameterText(
              "weights.BCR", new Text("BCR 在综合指数中的权重", "Weight of BCR in the composite")),
          new ParameterText(
              "weights.SCR", new Text("SCR 在综合指数中的权重", "Weight of SCR in the composite")),
          new ParameterText(
              "ranking.min_indicators",
              new Text(
                  "得出综合指数和名次所需的核心指标数",
                  "Headline indicators a unit needs for a composite and a rank")),
          new ParameterText(
              "grades.very_high", new Text("评为“非常高”的最低综合指数", "Lowest composite graded very high")),
          new ParameterText(
              "grades.high", new Text("评为“高”的最低综合指数", "Lowest composite graded high")),
          new ParameterText(
              "grades.medium", new Text("评为“中”的最低综合指数", "Lowest composite graded medium")),
          new ParameterText(
              "uncertainty.draws",
              new Text("排名区间的蒙特卡洛抽样次数", "Monte Carlo draws for rank intervals")),
          new ParameterText("uncertainty.seed", new Text("抽样随机种子", "Seed of the draws")),
          new ParameterText("quadrant.x", new Text("象限图 RSR 阈值", "RSR threshold of the quadrant")),
          new ParameterText("quadrant.y", new Text("象限图 BCR 阈值", "BCR threshold of the quadrant")));

  /** Every built-in indicator, in published order. */
  public static List<IndicatorEntry> indicators() {
    return INDICATORS;
  }

  /** Every check, in published order. */
  public static List<CheckEntry> checks() {
    return CHECKS;
  }

  public static List<FindingKind> findingKinds() {
    return FINDINGS;
  }

  /** The grades, best first. */
  public static List<GradeEntry> grades() {
    return GRADES;
  }

  public static List<ParameterText> parameterTexts() {
    return PARAMETER_TEXTS;
  }

  /** The built-in indicator ids, in published order. */
  public static List<String> indicatorIds() {
    return INDICATORS.stream().map(IndicatorEntry::id).toList();
  }

  /** The v1 headline indicators (the default composite members), in published order. */
  public static List<String> headlineIds() {
    return INDICATORS.stream().filter(IndicatorEntry::headline).map(IndicatorEntry::id).toList();
  }

  public static List<String> checkIds() {
    return CHECKS.stream().map(CheckEntry::id).toList();
  }

  /** The built-in indicator with this id, if it is one (an external indicator is not). */
  public static Optional<IndicatorEntry> findIndicator(String id) {
    return INDICATORS.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The built-in indicator with this id; an unknown id is a programming error naming it. */
  public static IndicatorEntry indicator(String id) {
    return findIndicator(id)
        .orElseThrow(
            () -> new IllegalArgumentException("No indicator '" + id + "' in the registry"));
  }

  public static Optional<CheckEntry> findCheck(String id) {
    return CHECKS.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The check with this id; an unknown id is a programming error naming it. */
  public static CheckEntry check(String id) {
    return findCheck(id)
        .orElseThrow(() -> new IllegalArgumentException("No check '" + id + "' in the registry"));
  }

  public static Optional<FindingKind> findFindingKind(String id) {
    return FINDINGS.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  public static Optional<GradeEntry> findGrade(String code) {
    return GRADES.stream().filter(e -> e.code().equals(code)).findFirst();
  }

  public static Optional<ParameterText> findParameterText(String key) {
    return PARAMETER_TEXTS.stream().filter(e -> e.key().equals(key)).findFirst();
  }
}
