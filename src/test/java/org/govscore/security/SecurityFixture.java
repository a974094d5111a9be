package org.govscore.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.govscore.contract.Identifiers;
import org.govscore.testing.Fixtures;
import org.govscore.testing.GovscoreProcess;
import org.govscore.testing.TempDirs;

/**
 * One hostile input set and one run of evaluate, report and publish for both security tests (child
 * JVMs cost ~20-60 s each, so the two tests share them): the q3 fixture with every code and name
 * replaced by hostile text (HostileTextTest), plus planted personal identifiers in accepted,
 * rejected, misaligned, corrupt and extra-column form (PrivacyScanTest). Each command runs in a
 * child JVM with its own Spark log and console output under {@code logs/}, its Spark scratch space
 * under {@code spark-local/} and its working folder {@code work/}.
 */
final class SecurityFixture {
  static final String PERIOD = "2026-Q3";

  // --- hostile text ------------------------------------------------------------------------------
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "\"><img src=x onerror=alert(1)>";
  static final String FM_EXPR = "${7*7}";
  static final String FM_ASSIGN = "<#assign x=1>${x}";
  static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
  static final String PLUS = "+1";
  static final String MINUS = "-1";
  static final String AT = "@SUM(A1)";
  static final String MESSAGE_FORMAT = "{0}'{1}' it''s";
  static final String NEWLINES = "第一行\n第二行\r\nthird";
  static final String TAB = "\tTAB";
  static final String LONG_CODE = "x".repeat(300);

  /** Codes of the fixture and what they become (dept, item, resource, standard). */
  static final Map<String, String> CODES = new LinkedHashMap<>();

  /** Names (and other free text) of the fixture and what they become. */
  static final Map<String, String> TEXTS = new LinkedHashMap<>();

  /** Departments added with no activity: codes whose safe file names collide, and more names. */
  static final Map<String, String> EXTRA_DEPTS = new LinkedHashMap<>();

  static {
    CODES.putAll(Map.of("D1", "../../x", "D2", "a/b", "D3", "CON", "D4", ".."));
    CODES.putAll(
        Map.of(
            "I1", FM_EXPR, "I2", SCRIPT, "I3", HYPERLINK, "I4", "../../i", "I5", AT, "IX", PLUS));
    CODES.putAll(
        Map.of(
            "R1", AT, "R2", FM_ASSIGN, "R3", IMG, "R4", "CON", "R5", "../../x", "R6", MINUS, "R7",
            PLUS, "RX", "..", "RZ", "=1+1"));
    CODES.putAll(Map.of("GB/T 1", FM_EXPR, "GB/T 2", SCRIPT, "GB/T 3", HYPERLINK, "GB/T 9", AT));
    TEXTS.putAll(Map.of("四川省", SCRIPT, "广安市", IMG, "广安区", FM_EXPR));
    TEXTS.putAll(
        Map.of(
            "广安市公安局",
            HYPERLINK,
            "广安市市场监督管理局",
            FM_ASSIGN,
            "广安区人力资源和社会保障局",
            PLUS + "\n第二行",
            "广安区民政局",
            MINUS));
    TEXTS.putAll(
        Map.of(
            "户口迁移",
            IMG,
            "居民身份证换领",
            FM_ASSIGN,
            "企业设立登记",
            SCRIPT,
            "社会保障卡申领",
            AT,
            "最低生活保障审核",
            MESSAGE_FORMAT));
    TEXTS.putAll(
        Map.of(
            "居民户籍信息",
            SCRIPT + "1",
            "企业营业执照信息",
            HYPERLINK,
            "社会保险参保信息",
            FM_EXPR,
            "涉密户籍信息",
            IMG,
            "内部管理信息",
            NEWLINES,
            "婚姻登记信息",
            TAB,
            "就业登记信息",
            AT));
    TEXTS.put("《中华人民共和国保守国家秘密法》", SCRIPT + FM_EXPR);
    EXTRA_DEPTS.put("a\\b", AT);
    EXTRA_DEPTS.put("a_b", MESSAGE_FORMAT);
    EXTRA_DEPTS.put("con", TAB);
    EXTRA_DEPTS.put(LONG_CODE, NEWLINES);
    EXTRA_DEPTS.put(LONG_CODE + "y", "long twin");
    EXTRA_DEPTS.put("<script>alert(2)</script>", SCRIPT);
    EXTRA_DEPTS.put("=1+1", IMG);
    EXTRA_DEPTS.put("-5", FM_EXPR + " dept");
    EXTRA_DEPTS.put("部门", "@" + FM_ASSIGN);
  }

  // --- personal identifiers ----------------------------------------------------------------------
  // Valid citizen IDs (check digit computed), one ending in X; invalid ones (check, date).
  static final String CIT_A = citizen("32010219880715461");
  static final String CIT_B = citizen("44030519790228637");
  static final String CIT_C = citizen("51160219650911258");
  static final String CIT_D = citizen("11010820010101093");
  static final String CIT_X = citizenEndingInX("330106198305160");
  static final String CIT_F = citizen("37021219920317555");
  static final String CIT_G = citizen("21010219741122334");
  static final String CIT_H = citizen("42010619960829716");
  static final String CIT_BAD_CHECK = wrongLast(citizen("35020319870623481"));
  static final String CIT_BAD_DATE = citizen("61010319770631882");
  // Unified social credit codes: valid ones and one with a wrong check character.
  static final String USCC_A = uscc("91320100MA1N7QKD3");
  static final String USCC_B = uscc("12440300MB2C8XJ6P");
  static final String USCC_C = uscc("91510000MA61WTH2A");
  static final String USCC_D = uscc("52330100MJ8F4E7RL");
  static final String USCC_BAD = wrongLast(uscc("91350100MA2Y8WK4B"));
  // Applicant IDs of case events: citizen IDs and passport-like numbers.
  static final String APP_A = citizen("23010319681207445");
  static final String APP_B = citizen("45010219900415338");
  static final String APP_C = citizen("13010419550808127");
  static final String APP_D = citizen("62010219870926774");
  static final String APP_E = citizen("15010219930314552");
  static final String APP_F = citizen("36010219790712339");
  static final String APP_NUMBER = digitCitizen("37010219850612441");
  static final String PASSPORT_A = "E87345129";
  static final String PASSPORT_B = "G58273914";
  // Rater IDs of ratings (好差评): in an accepted row, in two rejected rows, and a phone number.
  static final String RATER_A = citizen("50010319860214337");
  static final String RATER_B = citizen("53010219780530226");
  static final String RATER_C = citizen("64010419920707118");
  static final String RATER_PHONE = "13912345678";

  /** The identifiers already in the q3 fixture's logs. */
  static final List<String> FIXTURE_IDS =
      List.of(
          "11010519491231002X",
          "511602199003071232",
          "91350100M000100Y43",
          "110105194912310021",
          "91350100M000100I43");

  static List<String> planted() {
    List<String> all =
        new ArrayList<>(
            List.of(
                CIT_A,
                CIT_B,
                CIT_C,
                CIT_D,
                CIT_X,
                CIT_F,
                CIT_G,
                CIT_H,
                CIT_BAD_CHECK,
                CIT_BAD_DATE,
                USCC_A,
                USCC_B,
                USCC_C,
                USCC_D,
                USCC_BAD,
                APP_A,
                APP_B,
                APP_C,
                APP_D,
                APP_E,
                APP_F,
                APP_NUMBER,
                PASSPORT_A,
                PASSPORT_B,
                RATER_A,
                RATER_B,
                RATER_C,
                RATER_PHONE));
    all.addAll(FIXTURE_IDS);
    return all;
  }

  // --- the run -----------------------------------------------------------------------------------
  final Path root;
  final Path inputs;
  final Path results;
  final Path report;
  final Path site;
  final Path logs;
  final Path work;
  final Path sparkLocal;
  final Map<String, Double> seconds = new TreeMap<>();

  private static SecurityFixture instance;

  static synchronized SecurityFixture get() throws Exception {
    if (instance == null) {
      instance = new SecurityFixture();
    }
    return instance;
  }

  private SecurityFixture() throws Exception {
    root = TempDirs.create("govscore-security");
    inputs = Files.createDirectories(root.resolve("inputs"));
    results = root.resolve("results");
    report = root.resolve("report");
    site = root.resolve("site");
    logs = Files.createDirectories(root.resolve("logs"));
    work = Files.createDirectories(root.resolve("work"));
    sparkLocal = root.resolve("spark-local");
    writeInputs(inputs);
    String local = "spark.local.dir=" + sparkLocal;
    run(
        Map.of(
            "evaluate",
            List.of(
                "evaluate",
                "--inputs",
                inputs.toString(),
                "--results",
                results.toString(),
                "--period",
                PERIOD,
                "--set",
                "validation.max_reject_share=0.5",
                "--set",
                "uncertainty.draws=40",
                "--conf",
                local,
                "--conf",
                "spark.sql.shuffle.partitions=2")));
    // Report and publish only read the store and may run side by side (README): it saves time.
    run(
        Map.of(
            "report",
                List.of(
                    "report",
                    "--results",
                    results.toString(),
                    "--period",
                    PERIOD,
                    "--out",
                    report.toString(),
                    "--conf",
                    local),
            "publish",
                List.of(
                    "publish",
                    "--results",
                    results.toString(),
                    "--out",
                    site.toString(),
                    "--conf",
                    local)));
  }

  private void run(Map<String, List<String>> commands) throws Exception {
    long t = System.nanoTime();
    Map<String, GovscoreProcess> started = new TreeMap<>();
    try {
      for (Map.Entry<String, List<String>> c : commands.entrySet()) {
        started.put(
            c.getKey(),
            GovscoreProcess.start(
                work,
                logs.resolve(c.getKey() + ".out"),
                logs.resolve(c.getKey() + "-spark.log"),
                c.getValue()));
      }
      for (Map.Entry<String, GovscoreProcess> p : started.entrySet()) {
        int code = p.getValue().waitFor(Duration.ofMinutes(4));
        assertEquals(0, code, p.getKey() + " failed:\n" + p.getValue().output());
      }
    } finally {
      started.values().forEach(GovscoreProcess::close);
    }
    double s = (System.nanoTime() - t) / 1e9;
    seconds.put(String.join("+", commands.keySet()), s);
    System.out.printf("SecurityFixture: %s in child JVMs took %.1f s%n", commands.keySet(), s);
  }

  // --- inputs ------------------------------------------------------------------------------------

  static void writeInputs(Path in) throws IOException {
    Path q3 = Fixtures.fixture("q3");
    Function<String, String> code = v -> CODES.getOrDefault(v, v);
    Function<String, String> text = v -> TEXTS.getOrDefault(v, v);
    Function<String, String> list =
        v -> v.isEmpty() ? v : Stream.of(v.split(";")).map(code).collect(Collectors.joining(";"));
    rewrite(
        q3,
        in,
        "regions",
        Map.of("region_name", text),
        List.of(List.of("../../r", "CON" + SCRIPT, "COUNTY", "511600"))); // #4 BAD_CODE
    List<List<String>> extra = new ArrayList<>();
    EXTRA_DEPTS.forEach((c, n) -> extra.add(List.of(c, n, "511602")));
    extra.add(List.of("", "no code " + SCRIPT, "511602")); // #14 MISSING_VALUE
    rewrite(q3, in, "departments", Map.of("dept_code", code, "dept_name", text), extra);
    rewrite(
        q3,
        in,
        "service_items",
        Map.of("item_code", code, "item_name", text, "dept_code", code, "required_resources", list),
        List.of());
    rewrite(
        q3,
        in,
        "resources",
        Map.of(
            "resource_code",
            code,
            "resource_name",
            text,
            "provider_dept_code",
            code,
            "legal_basis",
            text,
            "standard_code",
            code),
        List.of());
    writeExchanges(q3, in);
    writeCaseEvents(q3, in);
    writeRatings(in);
  }

  /**
   * ratings.csv: rater IDs in accepted rows (#1, #4) and in rejected ones (#2 level 9, #3 rectified
   * before the rating).
   */
  private static void writeRatings(Path in) throws IOException {
    String t = "2026-07-10T10:00:00+08:00";
    StringBuilder b =
        new StringBuilder(
                "rating_id,ts,dept_code,item_code,case_id,channel,level,rectified_ts,rater_id\n")
            .append(
                csvLine(
                    List.of(
                        "${G1}",
                        t,
                        code("D1"),
                        code("I1"),
                        caseId("C1"),
                        "ONLINE",
                        "1",
                        "",
                        RATER_A)))
            .append(
                csvLine(List.of("G2", t, code("D1"), code("I1"), "", "WINDOW", "9", "", RATER_B)))
            .append(
                csvLine(
                    List.of(
                        "G3",
                        t,
                        code("D2"),
                        code("I3"),
                        "",
                        "PHONE",
                        "2",
                        "2026-07-09T10:00:00+08:00",
                        RATER_C)))
            .append(
                csvLine(
                    List.of(
                        "G4",
                        t,
                        code("D2"),
                        code("I3"),
                        caseId("C3"),
                        "MOBILE",
                        "5",
                        "",
                        RATER_PHONE)))
            .append(
                csvLine(List.of("G5", t, code("D3"), code("IX"), "", "SELF_SERVICE", "4", "", "")))
            .append(
                csvLine(
                    List.of("G6", t, code("D1"), code("I2"), caseId("C2"), "WINDOW", "2", t, "")));
    Files.writeString(in.resolve("ratings.csv"), b.toString(), StandardCharsets.UTF_8);
  }

  private static String caseId(String v) {
    return v.isEmpty() ? v : "<b>" + v + "</b>";
  }

  /**
   * exchanges.csv: the fixture's rows (hostile exchange IDs, case IDs and codes) and planted
   * subject IDs, with an extra column "note" (ignored by the contract) that carries one too.
   */
  private static void writeExchanges(Path q3, Path in) throws IOException {
    List<String> lines = Files.readAllLines(q3.resolve("exchanges.csv"));
    StringBuilder b = new StringBuilder(lines.get(0)).append(",note\n");
    for (String line : lines.subList(1, lines.size())) {
      String[] v = line.split(",", -1);
      b.append(
          exchange(
              "${" + v[0] + "}",
              v[1],
              v[2],
              v[3],
              v[4],
              caseId(v[5]),
              v[6],
              v[7],
              v[8],
              v[9],
              v[10],
              v[11],
              ""));
    }
    String t = "2026-07-10T10:00:00+08:00";
    b.append(
            exchange(
                "P01",
                t,
                "D1",
                "D2",
                "R2",
                caseId("C1"),
                "EXTRANET",
                "PERSON",
                CIT_A,
                "SUCCESS",
                "120",
                "GB/T 2",
                "")) // #12
        .append(
            exchange(
                "P02",
                t,
                "D2",
                "D1",
                "R1",
                "",
                "EXTRANET",
                "ENTITY",
                USCC_A,
                "SUCCESS",
                "80",
                "GB/T 1",
                ""))
        .append(
            exchange(
                "P03",
                t,
                "D1",
                "D3",
                "R3",
                "",
                "EXTRANET",
                "PERSON",
                CIT_BAD_CHECK,
                "SUCCESS",
                "90",
                "",
                ""))
        .append(
            exchange(
                "P04",
                t,
                "D3",
                "D1",
                "R1",
                "",
                "EXTRANET",
                "ENTITY",
                USCC_BAD,
                "FAILED",
                "60",
                "GB/T 1",
                ""))
        .append(
            exchange(
                "P05",
                t,
                "D1",
                "D2",
                "R2",
                "",
                "EXTRANET",
                "PERSON",
                CIT_X.toLowerCase(),
                "SUCCESS",
                "70",
                "",
                ""))
        // #17 bad timestamp, #18 bad status, #19 unknown consumer, #20/#21 one key, two subjects
        .append(
            exchange(
                "P06",
                "2026-13-45T10:00:00+08:00",
                "D1",
                "D2",
                "R2",
                "",
                "EXTRANET",
                "PERSON",
                CIT_B,
                "SUCCESS",
                "1",
                "",
                ""))
        .append(
            exchange(
                "P07", t, "D1", "D2", "R2", "", "EXTRANET", "PERSON", CIT_C, "OK", "1", "", ""))
        .append(
            exchange(
                "P08",
                t,
                "D99",
                "D2",
                "R2",
                "",
                "EXTRANET",
                "ENTITY",
                USCC_B,
                "SUCCESS",
                "1",
                "",
                ""))
        .append(
            exchange(
                "P09",
                t,
                "D1",
                "D2",
                "R2",
                "",
                "EXTRANET",
                "PERSON",
                CIT_D,
                "SUCCESS",
                "1",
                "",
                ""))
        .append(
            exchange(
                "P09",
                t,
                "D1",
                "D2",
                "R2",
                "",
                "EXTRANET",
                "PERSON",
                CIT_F,
                "SUCCESS",
                "1",
                "",
                ""))
        // #22 negative latency
        .append(
            exchange(
                "P10",
                t,
                "D1",
                "D2",
                "R2",
                "",
                "EXTRANET",
                "PERSON",
                CIT_G,
                "SUCCESS",
                "-5",
                "",
                ""))
        // #23 a field short (case_id left out): the ID would land in subject_type
        .append(
            csvLine(
                List.of(
                    "P11",
                    t,
                    code("D1"),
                    code("D2"),
                    code("R2"),
                    "EXTRANET",
                    "PERSON",
                    CIT_H,
                    "SUCCESS",
                    "100",
                    code("GB/T 2"),
                    "")))
        // #24 a field too many before subject_id: the credit code would land in status
        .append(
            csvLine(
                List.of(
                    "P12",
                    t,
                    code("D2"),
                    code("D1"),
                    code("R1"),
                    "",
                    "EXTRANET",
                    "ENTITY",
                    "extra",
                    USCC_C,
                    "SUCCESS",
                    "50",
                    code("GB/T 1"),
                    "")))
        // #25 exact duplicate of #12
        .append(
            exchange(
                "P01",
                t,
                "D1",
                "D2",
                "R2",
                caseId("C1"),
                "EXTRANET",
                "PERSON",
                CIT_A,
                "SUCCESS",
                "120",
                "GB/T 2",
                ""))
        // #26 an identifier in the extra column only
        .append(
            exchange(
                "P14",
                t,
                "D2",
                "D3",
                "R3",
                "",
                "EXTRANET",
                "NONE",
                "",
                "SUCCESS",
                "30",
                "",
                "holder " + USCC_D))
        // #27 no exchange_id
        .append(
            exchange(
                "",
                t,
                "D1",
                "D2",
                "R2",
                "",
                "EXTRANET",
                "PERSON",
                CIT_BAD_DATE,
                "SUCCESS",
                "1",
                "",
                ""));
    Files.writeString(in.resolve("exchanges.csv"), b.toString(), StandardCharsets.UTF_8);
  }

  private static String code(String v) {
    return CODES.getOrDefault(v, v);
  }

  private static String exchange(
      String id,
      String ts,
      String consumer,
      String provider,
      String resource,
      String caseId,
      String network,
      String subjectType,
      String subjectId,
      String status,
      String latency,
      String standard,
      String note) {
    return csvLine(
        List.of(
            id,
            ts,
            code(consumer),
            code(provider),
            code(resource),
            caseId,
            network,
            subjectType,
            subjectId,
            status,
            latency,
            code(standard),
            note));
  }

  /**
   * case_events.jsonl: the fixture's 17 events (hostile codes), planted applicant IDs, then more.
   */
  private static void writeCaseEvents(Path q3, Path in) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> csv = Files.readAllLines(q3.resolve("case_events.csv"));
    String[] header = csv.get(0).split(",");
    StringBuilder b = new StringBuilder();
    for (String line : csv.subList(1, csv.size())) {
      String[] v = line.split(",", -1);
      Map<String, String> event = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        String value =
            switch (header[i]) {
              case "case_id" -> caseId(v[i]);
              case "dept_code", "item_code" -> code(v[i]);
              default -> v[i];
            };
        if (!value.isEmpty()) {
          event.put(header[i], value);
        }
      }
      b.append(json.writeValueAsString(event)).append('\n');
    }
    Map<String, String> c7 =
        event(json, "C7", "2026-07-20T09:00:00+08:00", "SUBMIT", "D1", "ONLINE", PASSPORT_A);
    c7.put("item_code", code("I1"));
    b.append(json.writeValueAsString(c7))
        .append('\n') // #18
        .append(
            line(
                json,
                event(json, "C7", "2026-07-21T09:00:00+08:00", "APPROVE", "D1", null, PASSPORT_B)))
        .append(line(json, event(json, "C8", "yesterday", "SUBMIT", "D1", "ONLINE", APP_A))) // #20
        .append(
            line(
                json,
                event(
                    json,
                    "C9",
                    "2026-07-22T09:00:00+08:00",
                    "SUBMIT",
                    "D99",
                    "ONLINE",
                    APP_B))) // #21
        .append(
            line(
                json,
                event(
                    json, "C10", "2026-07-22T09:00:00+08:00", null, "D1", "ONLINE", APP_C))) // #22
        .append(
            line(
                json,
                event(
                    json, "C11", "2026-07-22T09:00:00+08:00", "SUBMIT", "D1", "FAX", APP_D))) // #23
        // #24 a JSON line cut short
        .append("{\"case_id\":\"C12\",\"ts\":\"2026-07-22T09:00:00+08:00\",\"applicant_id\":\"")
        .append(APP_E)
        .append("\"\n");
    Map<String, String> c13 =
        event(json, "C13", "2026-07-23T09:00:00+08:00", "SUBMIT", "D2", null, null);
    c13.put("applicant_note", APP_F); // #25 an identifier in a key the contract does not know
    b.append(line(json, c13))
        // #26 the applicant ID as a JSON number
        .append(
            "{\"case_id\":\"C14\",\"ts\":\"2026-07-23T09:00:00+08:00\",\"activity\":\"SUBMIT\",\"dept_code\":\"")
        .append(code("D2"))
        .append("\",\"applicant_id\":")
        .append(APP_NUMBER)
        .append("}\n")
        .append(json.writeValueAsString(c7))
        .append('\n') // #27 exact duplicate of #18
        // #28 a non-canonical activity is kept (and ignored by the indicators)
        .append(
            line(json, event(json, "C1", "2026-07-04T09:00:00+08:00", SCRIPT, "D1", null, null)));
    Files.writeString(in.resolve("case_events.jsonl"), b.toString(), StandardCharsets.UTF_8);
  }

  private static Map<String, String> event(
      ObjectMapper json,
      String caseId,
      String ts,
      String activity,
      String dept,
      String channel,
      String applicant) {
    Map<String, String> e = new LinkedHashMap<>();
    e.put("case_id", caseId(caseId));
    e.put("ts", ts);
    if (activity != null) {
      e.put("activity", activity);
    }
    e.put("dept_code", code(dept));
    if (channel != null) {
      e.put("channel", channel);
    }
    if (applicant != null) {
      e.put("applicant_id", applicant);
    }
    return e;
  }

  private static String line(ObjectMapper json, Map<String, String> event) throws IOException {
    return json.writeValueAsString(event) + "\n";
  }

  /** Rewrites a q3 CSV (plain, no quoting) with per-column functions, then appends rows. */
  private static void rewrite(
      Path q3,
      Path in,
      String dataset,
      Map<String, Function<String, String>> columns,
      List<List<String>> extraRows)
      throws IOException {
    List<String> lines = Files.readAllLines(q3.resolve(dataset + ".csv"));
    String[] header = lines.get(0).split(",");
    StringBuilder b = new StringBuilder(lines.get(0)).append('\n');
    for (String line : lines.subList(1, lines.size())) {
      String[] v = line.split(",", -1);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < header.length; i++) {
        out.add(columns.getOrDefault(header[i], x -> x).apply(v[i]));
      }
      b.append(csvLine(out));
    }
    extraRows.forEach(r -> b.append(csvLine(r)));
    Files.writeString(in.resolve(dataset + ".csv"), b.toString(), StandardCharsets.UTF_8);
  }

  /** RFC 4180: a field with a quote, comma or line break is quoted, quotes doubled. */
  static String csvLine(List<String> cells) {
    return cells.stream()
            .map(c -> c.matches("(?s).*[\",\r\n].*") ? "\"" + c.replace("\"", "\"\"") + "\"" : c)
            .collect(Collectors.joining(","))
        + "\n";
  }

  // --- identifiers -------------------------------------------------------------------------------

  static String citizen(String first17) {
    return first17 + Identifiers.citizenCheckChar(first17);
  }

  /**
   * A valid citizen ID ending in X: the 15-digit prefix plus the first two sequence digits that
   * give X.
   */
  static String citizenEndingInX(String first15) {
    for (int i = 10; i < 100; i++) {
      String id = citizen(first15 + i);
      if (id.endsWith("X")) {
        return id;
      }
    }
    throw new IllegalStateException("no X check digit for " + first15);
  }

  /** A valid citizen ID whose check character is a digit (it is written as a JSON number). */
  static String digitCitizen(String first17) {
    String id = citizen(first17);
    if (id.endsWith("X")) {
      throw new IllegalStateException(id);
    }
    return id;
  }

  static String uscc(String first17) {
    return first17 + Identifiers.usccCheckChar(first17);
  }

  static String wrongLast(String id) {
    char last = id.charAt(17);
    return id.substring(0, 17) + (last == '1' ? '2' : '1');
  }
}
