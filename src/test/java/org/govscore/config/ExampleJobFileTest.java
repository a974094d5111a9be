package org.govscore.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The example job file the README points to lists every methodology parameter with its default
 * (PRODUCT.md, the job file), so an agency that copies it starts from exactly the published
 * methodology and sees every knob it may turn.
 */
class ExampleJobFileTest {
  @Test
  void listsEveryMethodologyParameterWithItsDefault() {
    JobFile job = JobFile.read("jobs/example.yaml");
    assertEquals(new TreeMap<>(Parameters.defaultsOnly().asMap()), new TreeMap<>(job.parameters()));
    // and it parses as it stands
    Map<String, String> inForce = Parameters.of(job.parameters()).asMap();
    assertEquals(new TreeMap<>(Parameters.defaultsOnly().asMap()), new TreeMap<>(inForce));
  }
}
