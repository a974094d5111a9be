-- govscore benchmark baseline: the four headline indicators, the ten checks and the ratings
-- indicators SAT, BRR, RCR (METHODOLOGY.md v2) per department,
-- in DuckDB SQL over the same Parquet files evaluate reads (METHODOLOGY.md v1). Placeholders
-- {{...}} are filled in by DuckDbBaseline. A light validation mirrors DATA-CONTRACT.md's row rules
-- (exact duplicates, required values, enums, known departments, conflicting keys) so the numbers
-- are comparable; it is not the engine's full validation (no row references, no rejects table).

CREATE MACRO prov_ok(c) AS c IN ('11','12','13','14','15','21','22','23','31','32','33','34','35','36','37',
  '41','42','43','44','45','46','50','51','52','53','54','61','62','63','64','65','71','81','82','83','91');

CREATE MACRO citizen_id_ok(id, d) AS
  id IS NOT NULL AND regexp_full_match(id, '[0-9]{17}[0-9X]')
  AND substr('10X98765432', ((
      7*TRY_CAST(substr(id,1,1) AS INTEGER) + 9*TRY_CAST(substr(id,2,1) AS INTEGER) + 10*TRY_CAST(substr(id,3,1) AS INTEGER)
    + 5*TRY_CAST(substr(id,4,1) AS INTEGER) + 8*TRY_CAST(substr(id,5,1) AS INTEGER) + 4*TRY_CAST(substr(id,6,1) AS INTEGER)
    + 2*TRY_CAST(substr(id,7,1) AS INTEGER) + 1*TRY_CAST(substr(id,8,1) AS INTEGER) + 6*TRY_CAST(substr(id,9,1) AS INTEGER)
    + 3*TRY_CAST(substr(id,10,1) AS INTEGER) + 7*TRY_CAST(substr(id,11,1) AS INTEGER) + 9*TRY_CAST(substr(id,12,1) AS INTEGER)
    + 10*TRY_CAST(substr(id,13,1) AS INTEGER) + 5*TRY_CAST(substr(id,14,1) AS INTEGER) + 8*TRY_CAST(substr(id,15,1) AS INTEGER)
    + 4*TRY_CAST(substr(id,16,1) AS INTEGER) + 2*TRY_CAST(substr(id,17,1) AS INTEGER)) % 11) + 1, 1) = substr(id, 18, 1)
  AND coalesce(try_strptime(substr(id, 7, 8), '%Y%m%d')::DATE BETWEEN DATE '1900-01-01' AND d, false)
  AND (prov_ok(substr(id, 1, 2)) OR (substr(id, 1, 1) = '9' AND prov_ok(substr(id, 2, 2))));

CREATE MACRO uscc_value(id, i) AS strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(id, i, 1)) - 1;

CREATE MACRO uscc_ok(id) AS
  id IS NOT NULL AND regexp_full_match(id, '[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}')
  AND substr('0123456789ABCDEFGHJKLMNPQRTUWXY', ((31 - (
      1*uscc_value(id,1) + 3*uscc_value(id,2) + 9*uscc_value(id,3) + 27*uscc_value(id,4) + 19*uscc_value(id,5)
    + 26*uscc_value(id,6) + 16*uscc_value(id,7) + 17*uscc_value(id,8) + 20*uscc_value(id,9) + 29*uscc_value(id,10)
    + 25*uscc_value(id,11) + 13*uscc_value(id,12) + 8*uscc_value(id,13) + 24*uscc_value(id,14) + 10*uscc_value(id,15)
    + 30*uscc_value(id,16) + 28*uscc_value(id,17)) % 31) % 31) + 1, 1) = substr(id, 18, 1);

CREATE MACRO blank(s) AS s IS NULL OR trim(s) = '';

CREATE TEMP TABLE depts AS
  SELECT dept_code FROM read_parquet({{departments}}) WHERE NOT blank(dept_code)
  GROUP BY dept_code HAVING count(DISTINCT (dept_name, region_code)) = 1;

CREATE TEMP TABLE items AS
  WITH d AS (SELECT DISTINCT item_code, item_name, dept_code, item_type, online_depth, statutory_days,
                    promised_days, required_resources FROM read_parquet({{service_items}})),
       ok AS (SELECT * FROM d WHERE NOT blank(item_code) AND NOT blank(item_name) AND dept_code IN (SELECT dept_code FROM depts)
                AND item_type IN ('LICENSING','CONFIRMATION','PAYMENT','INSPECTION','PUBLIC_SERVICE','OTHER')
                AND online_depth BETWEEN 0 AND 4 AND coalesce(statutory_days >= 0, true) AND coalesce(promised_days >= 0, true))
  SELECT * FROM ok WHERE item_code IN (SELECT item_code FROM d GROUP BY item_code HAVING count(*) = 1);

CREATE TEMP TABLE resources AS
  WITH d AS (SELECT DISTINCT resource_code, resource_name, provider_dept_code, base_library, share_type, legal_basis,
                    standard_code FROM read_parquet({{resources}})),
       ok AS (SELECT * FROM d WHERE NOT blank(resource_code) AND NOT blank(resource_name)
                AND provider_dept_code IN (SELECT dept_code FROM depts)
                AND base_library IN ('POPULATION','LEGAL_ENTITY','ECONOMY','CREDIT','LICENSE','BUSINESS','OTHER')
                AND share_type IN ('UNCONDITIONAL','CONDITIONAL','NOT_SHARED'))
  SELECT * FROM ok WHERE resource_code IN (SELECT resource_code FROM d GROUP BY resource_code HAVING count(*) = 1);

CREATE TEMP TABLE exchanges AS
  WITH d AS (SELECT DISTINCT exchange_id, ts, consumer_dept_code, provider_dept_code, resource_code, case_id, network,
                    subject_type, subject_id, status, latency_ms, standard_code FROM read_parquet({{exchanges}})),
       keyed AS (SELECT *, count(*) OVER (PARTITION BY exchange_id) AS copies FROM d)
  SELECT exchange_id, ts, consumer_dept_code, provider_dept_code, resource_code, nullif(trim(case_id), '') AS case_id,
         network, subject_type, nullif(trim(subject_id), '') AS subject_id, status, latency_ms,
         nullif(trim(standard_code), '') AS standard_code
  FROM keyed
  WHERE copies = 1 AND NOT blank(exchange_id) AND ts IS NOT NULL
    AND consumer_dept_code IN (SELECT dept_code FROM depts) AND provider_dept_code IN (SELECT dept_code FROM depts)
    AND NOT blank(resource_code) AND network IN ('EXTRANET','INTERNET','PRIVATE')
    AND subject_type IN ('PERSON','ENTITY','NONE') AND status IN ('SUCCESS','FAILED','DENIED','TIMEOUT')
    AND coalesce(latency_ms >= 0, true);

CREATE TEMP TABLE cases AS
  WITH e AS (SELECT DISTINCT case_id, ts, activity, dept_code, nullif(trim(item_code), '') AS item_code,
                    nullif(trim(channel), '') AS channel, applicant_id FROM read_parquet({{case_events}})),
       ok AS (SELECT * FROM e WHERE NOT blank(case_id) AND ts IS NOT NULL AND NOT blank(activity)
                AND dept_code IN (SELECT dept_code FROM depts)
                AND (channel IS NULL OR channel IN ('ONLINE','MOBILE','WINDOW','SELF_SERVICE','POST')))
  SELECT case_id,
         min(ts) AS start,
         min({'t': ts, 'v': item_code}) FILTER (WHERE item_code IS NOT NULL).v AS item_code,
         min({'t': ts, 'v': channel}) FILTER (WHERE channel IS NOT NULL).v AS channel,
         min({'t': ts, 'v': dept_code}).v AS first_dept
  FROM ok GROUP BY case_id
  HAVING min(ts) >= {{period_start}} AND min(ts) < {{period_end}};

-- Ratings (好差评): rectified_ts before ts is a reject; level is an INT in Parquet, so 1..5 is the range rule.
CREATE TEMP TABLE ratings AS
  WITH d AS (SELECT DISTINCT rating_id, ts, dept_code, item_code, case_id, channel, level, rectified_ts, rater_id
             FROM read_parquet({{ratings}})),
       keyed AS (SELECT *, count(*) OVER (PARTITION BY rating_id) AS copies FROM d)
  SELECT rating_id, ts, dept_code, nullif(trim(case_id), '') AS case_id, level, rectified_ts
  FROM keyed
  WHERE copies = 1 AND NOT blank(rating_id) AND ts IS NOT NULL AND dept_code IN (SELECT dept_code FROM depts)
    AND channel IN ('ONLINE','MOBILE','WINDOW','SELF_SERVICE','PHONE') AND level BETWEEN 1 AND 5
    AND coalesce(rectified_ts >= ts, true);

-- Weekdays from a Monday up to and including d: wd(a, b) = wdays(b) - wdays(a), the dates in the job's zone
-- (weekdays only: the benchmark has no calendar file).
CREATE MACRO wdays(d) AS
  ((datediff('day', DATE '1970-01-05', d) - (((datediff('day', DATE '1970-01-05', d) % 7) + 7) % 7)) // 7) * 5
  + least((((datediff('day', DATE '1970-01-05', d) % 7) + 7) % 7), 4) + 1;

CREATE MACRO local_date(t) AS CAST(timezone({{zone}}, t) AS DATE);

CREATE TEMP TABLE ex_period AS
  SELECT x.*, r.resource_code IS NOT NULL AS catalogued, r.provider_dept_code AS cat_provider,
         nullif(trim(r.standard_code), '') AS cat_standard
  FROM exchanges x LEFT JOIN resources r USING (resource_code)
  WHERE x.ts >= {{period_start}} AND x.ts < {{period_end}};

-- SIR
CREATE TEMP TABLE sir AS
  WITH counts AS (SELECT item_code, count(*) FILTER (WHERE channel IN ('ONLINE','MOBILE')) AS online_cases,
                         count(*) AS all_cases FROM cases WHERE item_code IS NOT NULL GROUP BY item_code)
  SELECT i.dept_code,
         sum(CASE WHEN coalesce(c.online_cases, 0) >= 1 THEN 1.0
                  WHEN i.online_depth >= 3 AND coalesce(c.all_cases, 0) = 0 THEN {{credit_no_demand}}
                  ELSE 0.0 END) AS num,
         count(*) AS den
  FROM items i LEFT JOIN counts c USING (item_code) GROUP BY i.dept_code;

-- RSR
CREATE TEMP TABLE rsr AS
  WITH use AS (SELECT resource_code, count(*) AS requests, count(*) FILTER (WHERE status = 'SUCCESS') AS successes
               FROM ex_period WHERE consumer_dept_code <> provider_dept_code GROUP BY resource_code)
  SELECT r.provider_dept_code AS dept_code,
         sum(CASE WHEN r.share_type = 'NOT_SHARED' THEN 0.0
                  WHEN coalesce(u.successes, 0) >= 1 THEN 1.0
                  WHEN coalesce(u.requests, 0) = 0 THEN {{credit_no_demand}}
                  ELSE 0.0 END) AS num,
         count(*) AS den
  FROM resources r LEFT JOIN use u USING (resource_code)
  WHERE NOT (r.share_type = 'NOT_SHARED' AND NOT blank(r.legal_basis))
  GROUP BY r.provider_dept_code;

-- BCR
CREATE TEMP TABLE bcr AS
  WITH ext AS (SELECT i.item_code, i.dept_code, r.resource_code
               FROM items i, unnest(i.required_resources) AS u(req)
               JOIN resources r ON r.resource_code = trim(u.req)
               WHERE r.provider_dept_code <> i.dept_code
               GROUP BY ALL),
       need AS (SELECT c.case_id, e.dept_code, e.resource_code FROM cases c JOIN ext e USING (item_code)),
       served AS (SELECT DISTINCT case_id, resource_code FROM exchanges WHERE status = 'SUCCESS' AND case_id IS NOT NULL),
       per_case AS (SELECT n.case_id, n.dept_code, count(s.case_id) * 1.0 / count(*) AS score
                    FROM need n LEFT JOIN served s USING (case_id, resource_code) GROUP BY n.case_id, n.dept_code)
  SELECT dept_code, sum(score) AS num, count(*) AS den FROM per_case GROUP BY dept_code;

-- The ten checks: (dept_code, check_id, a, p)
CREATE TEMP TABLE checks AS
  SELECT consumer_dept_code AS dept_code, 'EX_SUBJECT_ID' AS check_id, count(*) AS a,
         count(*) FILTER (WHERE CASE subject_type WHEN 'PERSON' THEN citizen_id_ok(subject_id, CAST(timezone({{zone}}, ts) AS DATE))
                                                 ELSE uscc_ok(subject_id) END) AS p
  FROM ex_period WHERE subject_type IN ('PERSON', 'ENTITY') GROUP BY ALL
  UNION ALL
  SELECT consumer_dept_code, 'EX_EXTRANET', count(*), count(*) FILTER (WHERE network = 'EXTRANET') FROM ex_period GROUP BY ALL
  UNION ALL
  SELECT consumer_dept_code, 'EX_CATALOGUED', count(*), count(*) FILTER (WHERE catalogued) FROM ex_period GROUP BY ALL
  UNION ALL
  SELECT provider_dept_code, 'EX_PROVIDER_MATCH', count(*), count(*) FILTER (WHERE provider_dept_code = cat_provider)
  FROM ex_period WHERE catalogued GROUP BY ALL
  UNION ALL
  SELECT provider_dept_code, 'EX_STANDARD', count(*), count(*) FILTER (WHERE standard_code IS NOT DISTINCT FROM cat_standard)
  FROM ex_period WHERE status = 'SUCCESS' AND cat_standard IS NOT NULL GROUP BY ALL
  UNION ALL
  SELECT dept_code, 'CAT_TIME_LIMITS', count(*),
         count(*) FILTER (WHERE statutory_days IS NOT NULL AND promised_days IS NOT NULL AND promised_days BETWEEN 0 AND statutory_days)
  FROM items GROUP BY ALL
  UNION ALL
  SELECT i.dept_code, 'CAT_REQUIREMENTS', count(*),
         count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM unnest(i.required_resources) AS u(req)
                                            WHERE trim(u.req) <> '' AND trim(u.req) NOT IN (SELECT resource_code FROM resources)))
  FROM items i WHERE len(list_filter(i.required_resources, x -> trim(x) <> '')) > 0 GROUP BY ALL
  UNION ALL
  SELECT provider_dept_code, 'CAT_STANDARD', count(*), count(*) FILTER (WHERE NOT blank(standard_code)) FROM resources GROUP BY ALL
  UNION ALL
  SELECT provider_dept_code, 'CAT_NOT_SHARED_BASIS', count(*), count(*) FILTER (WHERE NOT blank(legal_basis))
  FROM resources WHERE share_type = 'NOT_SHARED' GROUP BY ALL
  UNION ALL
  SELECT first_dept, 'CASE_ITEM', count(*), count(*) FILTER (WHERE item_code IN (SELECT item_code FROM items))
  FROM cases GROUP BY ALL;

-- SAT, BRR per rated department over ratings with ts in the period
CREATE TEMP TABLE sat AS
  SELECT dept_code, count(*) FILTER (WHERE level >= 4) AS num, count(*) AS den
  FROM ratings WHERE ts >= {{period_start}} AND ts < {{period_end}} GROUP BY dept_code;

CREATE TEMP TABLE brr AS
  SELECT dept_code,
         count(*) FILTER (WHERE rectified_ts IS NOT NULL
                            AND wdays(local_date(rectified_ts)) - wdays(local_date(ts)) <= {{rectify_days}}) AS num,
         count(*) AS den
  FROM ratings WHERE ts >= {{period_start}} AND ts < {{period_end}} AND level <= 2 GROUP BY dept_code;

-- RCR per case department (the item's owner, else the earliest event's department): any accepted rating of the case
CREATE TEMP TABLE rcr AS
  SELECT coalesce(i.dept_code, c.first_dept) AS dept_code,
         count(*) FILTER (WHERE c.case_id IN (SELECT case_id FROM ratings WHERE case_id IS NOT NULL)) AS num,
         count(*) AS den
  FROM cases c LEFT JOIN items i USING (item_code) GROUP BY ALL;

CREATE TEMP TABLE scr AS
  SELECT dept_code, sum(p * 1.0 / a) AS num, count(*) AS den FROM checks WHERE a > 0 GROUP BY dept_code;

-- One row per (department, measure): the headline indicators, the ratings indicators, then the checks.
SELECT dept_code, 'SIR' AS measure, num, den FROM sir
UNION ALL SELECT dept_code, 'RSR', num, den FROM rsr
UNION ALL SELECT dept_code, 'BCR', num, den FROM bcr
UNION ALL SELECT dept_code, 'SCR', num, den FROM scr
UNION ALL SELECT dept_code, 'SAT', num, den FROM sat
UNION ALL SELECT dept_code, 'BRR', num, den FROM brr
UNION ALL SELECT dept_code, 'RCR', num, den FROM rcr
UNION ALL SELECT dept_code, check_id, p, a FROM checks
ORDER BY dept_code, measure;
